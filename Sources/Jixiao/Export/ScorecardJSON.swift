import Foundation

/// `score --format json`: the scorecard as pretty-printed JSON with sorted keys, so that the same
/// inputs always give the same bytes. Amounts and scores are JSON numbers (exact decimals);
/// `executionRate` is a percentage. `deviations[]` lists the rows below full points and the
/// over-achievements, each with its 偏差原因 or `explained: false`.
///
/// Written with `JSONOutput` (keys in sorted order by hand) rather than `JSONEncoder`, which is
/// several times slower on a province's scorecard; the bytes are the same (golden files).
public enum ScorecardJSON {
    /// `plans` (from `--need`) are written as `need[]` when given.
    public static func encode(_ scorecard: Scorecard, language: Language, plans: [GradePlan]? = nil) -> Data {
        // The projects and the diagnostics are written in fragments and spliced in (see `elements`),
        // which size the buffer exactly; the rest (deviations, the unit) is sized here.
        let out = JSONOutput(capacity: 65_536 + scorecard.deviations.count * 400)
        write(scorecard, language: language, plans: plans, into: out)
        return out.data()
    }

    /// The same bytes as `encode`, handed to `emit` piece by piece as they are made (a wave of
    /// project fragments at a time, see `elements`), so that a province's scorecard of hundreds
    /// of megabytes is never held whole: `score --format json -o FILE` streams it into the file.
    public static func stream(_ scorecard: Scorecard, language: Language, plans: [GradePlan]? = nil,
                              to emit: @escaping (UnsafeRawBufferPointer) -> Void) {
        let out = JSONOutput(capacity: 1 << 20)
        out.drain = emit
        write(scorecard, language: language, plans: plans, into: out)
        out.flush()
    }

    static func write(_ scorecard: Scorecard, language: Language, plans: [GradePlan]?, into out: JSONOutput) {
        // Fragments are sized from what the sample writes per item (about 640 bytes an indicator),
        // so that they are not regrown.
        let rows = scorecard.projects.reduce(0) { $0 + $1.indicators.count }
        out.beginObject()
        // The 自评失真 findings (`Auditor`), red first, each with its figures (the message's values).
        out.key("audit")
        out.beginArray()
        // The checks' own findings (JX520–JX528); a diagnostic that is an audit question too (JX507,
        // JX514) keeps its place in `diagnostics` with its `level`, rather than being written twice.
        // Written in fragments on all cores, as the diagnostics are: a province has tens of thousands.
        let all = scorecard.diagnostics
        let audited = AuditLevel.allCases.flatMap { level in all.indices.filter { all[$0].auditLevel == level && all[$0].code.isAuditCheck } }
        elements(audited, into: out, bytesEach: 400) { index, fragment in
            write(all[index], level: all[index].auditLevel ?? .yellow, fragment, language)
        }
        out.endArray()
        if let department = scorecard.department {
            out.key("department")
            write(department, out, MessageCatalog.for(language))
        }
        out.key("deviations")
        out.beginArray()
        for deviation in scorecard.deviations { write(deviation, out) }
        out.endArray()
        out.key("diagnostics")
        out.beginArray()
        // In output order by index: the findings themselves are not copied into a sorted array.
        let diagnostics = scorecard.diagnostics
        elements(diagnostics.outputOrder(), into: out, bytesEach: 500) { index, fragment in
            write(DiagnosticRecord(diagnostics[index], language: language), fragment)
        }
        out.endArray()
        if let plans {
            out.key("need")
            out.beginArray()
            for plan in plans { write(plan, out) }
            out.endArray()
        }
        out.key("projects")
        out.beginArray()
        let catalog = MessageCatalog.for(language)
        elements(scorecard.projects, into: out, bytesEach: 1_500 + 720 * rows / max(scorecard.projects.count, 1)) { project, fragment in
            write(project, fragment, catalog)
        }
        out.endArray()
        out.key("rules")
        write(scorecard.rules, out)
        out.key("unit")
        write(scorecard.unit, out)
        out.endObject()
        out.newlineAtEnd()
    }

    /// Writes the elements of the open array `out` in chunks on all cores and splices the chunks in
    /// order: the same bytes as writing them one by one.
    static func elements<Item: Sendable>(_ items: [Item], into out: JSONOutput, bytesEach: Int,
                                         _ write: @escaping @Sendable (Item, JSONOutput) -> Void) {
        guard items.count > 64 else {
            for item in items { write(item, out) }
            return
        }
        // In waves of one chunk per core: each wave's fragments are spliced and freed before the
        // next is written, so the output is never held twice.
        let cores = max(ProcessInfo.processInfo.activeProcessorCount, 1)
        let chunks = min(items.count, max(cores * 4, items.count / 512))
        let depth = out.currentDepth
        var first = 0
        while first < chunks {
            let wave = min(cores, chunks - first)
            let fragments = ChunkResults<JSONOutput>(count: wave)
            let start = first
            DispatchQueue.concurrentPerform(iterations: wave) { slot in
                let chunk = start + slot
                let range = (chunk * items.count / chunks)..<((chunk + 1) * items.count / chunks)
                let fragment = JSONOutput(elementsAt: depth, afterElements: chunk > 0, capacity: range.count * bytesEach)
                for index in range { write(items[index], fragment) }
                fragments[slot] = fragment
            }
            for slot in 0..<wave {
                if let fragment = fragments[slot] { out.splice(fragment) }
                fragments[slot] = nil
            }
            first += wave
        }
    }

    static func write(_ finding: Diagnostic, level: AuditLevel, _ out: JSONOutput, _ language: Language) {
        out.element()
        out.beginObject()
        out.member("code", finding.code.rawValue)
        out.key("figures")
        out.beginArray()
        for argument in finding.arguments {
            out.element()
            out.string(MessageCatalog.for(language).resolved(argument))
        }
        out.endArray()
        out.memberOrNull("indicator", finding.indicator)
        out.member("level", level.rawValue)
        out.member("line", finding.location.line)
        out.member("message", finding.message(in: language))
        out.memberOrNull("project", finding.project)
        out.endObject()
    }

    static func write(_ d: Deviation, _ out: JSONOutput) {
        out.element()
        out.beginObject()
        out.memberIfPresent("actual", d.actual)
        out.memberIfPresent("actualLine", d.actualLine)
        out.member("explained", d.explained)
        out.member("indicator", d.indicator)
        out.member("kind", d.kind.rawValue)
        out.member("line", d.line)
        out.member("points", d.points)
        out.member("project", d.project)
        out.memberIfPresent("ratio", d.ratio)
        out.memberIfPresent("reason", d.reason)
        out.member("score", d.score)
        out.memberIfPresent("target", d.target)
        out.endObject()
    }

    static func write(_ r: DiagnosticRecord, _ out: JSONOutput) {
        out.element()
        out.beginObject()
        out.memberIfPresent("cell", r.cell)
        out.member("code", r.code)
        out.memberIfPresent("column", r.column)
        out.member("file", r.file)
        out.memberIfPresent("hint", r.hint)
        out.memberIfPresent("indicator", r.indicator)
        out.memberIfPresent("level", r.level?.rawValue)
        out.member("line", r.line)
        out.member("message", r.message)
        out.memberIfPresent("project", r.project)
        out.member("severity", r.severity.rawValue)
        out.endObject()
    }

    static func write(_ plan: GradePlan, _ out: JSONOutput) {
        out.element()
        out.beginObject()
        out.member("cutoff", plan.cutoff)
        out.member("gap", plan.gap)
        out.member("grade", plan.grade)
        out.member("project", plan.project)
        out.member("reachable", plan.reachable)
        out.key("steps")
        out.beginArray()
        for step in plan.steps {
            out.element()
            out.beginObject()
            out.member("indicator", step.indicator)
            out.member("lost", step.lost)
            out.endObject()
        }
        out.endArray()
        out.member("total", plan.total)
        out.member("wanted", plan.wanted)
        out.endObject()
    }

    static func write(_ p: ProjectScore, _ out: JSONOutput, _ c: MessageCatalog) {
        out.element()
        out.beginObject()
        out.member("budget", p.budget)
        out.member("declaredBudget", p.declaredBudget)
        out.member("executionPoints", p.executionPoints)
        out.memberIfPresent("executionRate", p.executionRate)
        out.member("executionScore", p.executionScore)
        out.key("funds")
        out.beginObject()
        out.member("carryover", p.funds.carryover)
        out.member("fiscal", p.funds.fiscal)
        out.member("other", p.funds.other)
        out.member("total", p.funds.total)
        out.endObject()
        out.member("goal", p.goal)
        out.memberIfPresent("goalOutcome", p.goalOutcome)
        out.member("grade", p.grade)
        out.key("indicators")
        out.beginArray()
        for row in p.indicators { write(row, out, c) }
        out.endArray()
        out.member("name", p.name)
        out.memberIfPresent("rescaledFrom", p.rescaledFrom)
        if let sources = p.sources {
            out.key("sources")
            out.beginArray()
            for (source, row) in zip(["fiscal", "carryover", "other"], sources) {
                out.element()
                out.beginObject()
                out.memberIfPresent("budget", row.budget)
                out.member("declared", row.declared)
                out.memberIfPresent("rate", row.rate)
                out.member("source", source)
                out.memberIfPresent("spent", row.spent)
                out.endObject()
            }
            out.endArray()
        }
        out.memberIfPresent("spent", p.spent)
        out.member("supervisor", p.supervisor)
        out.member("total", p.total)
        out.member("unit", p.unit)
        out.memberIfPresent("year", p.year)
        out.endObject()
    }

    /// The department's form: as a project's, with its money by line, its tasks, and per row the
    /// targets declared and adjusted and the 核心指标 flag (`core`).
    static func write(_ d: DepartmentScore, _ out: JSONOutput, _ c: MessageCatalog) {
        out.beginObject()
        out.member("budget", d.budget)
        out.member("executionPoints", d.executionPoints)
        out.memberIfPresent("executionRate", d.executionRate)
        out.member("executionScore", d.executionScore)
        out.member("goal", d.goal)
        out.memberIfPresent("goalOutcome", d.goalOutcome)
        out.member("grade", d.grade)
        out.key("indicators")
        out.beginArray()
        for row in d.rows { write(row.score, out, c, department: row) }
        out.endArray()
        out.key("money")
        out.beginArray()
        for line in d.money {
            out.element()
            out.beginObject()
            out.member("adjusted", line.adjusted)
            out.member("declared", line.declared)
            out.member("kind", line.kind.rawValue)
            out.member("label", line.label)
            out.memberIfPresent("spent", line.spent)
            out.endObject()
        }
        out.endArray()
        out.member("name", d.name)
        out.memberIfPresent("rescaledFrom", d.rescaledFrom)
        out.memberIfPresent("spent", d.spent)
        out.key("tasks")
        out.beginArray()
        for task in d.tasks {
            out.element()
            out.beginObject()
            out.memberIfPresent("budget", task.budget)
            out.member("content", task.content)
            out.member("name", task.name)
            out.memberOrNull("outcome", task.outcome)
            out.endObject()
        }
        out.endArray()
        out.member("total", d.total)
        out.memberIfPresent("year", d.year)
        out.endObject()
    }

    /// A row; a department's row has its targets declared and adjusted and its 核心指标 flag too.
    static func write(_ r: IndicatorScore, _ out: JSONOutput, _ c: MessageCatalog, department: DepartmentScore.Row? = nil) {
        out.element()
        out.beginObject()
        out.memberOrNull("actual", r.actual)
        out.memberOrNull("actualLine", r.actualLine)
        if let department { out.memberOrNull("adjustedTarget", department.adjusted) }
        out.member("basis", WorkingText.render(r, c))
        out.memberOrNull("block", r.block)
        out.member("category", r.category)
        if let department {
            out.member("core", department.core)
            out.memberOrNull("declaredTarget", department.declared)
        } else if let declared = r.declaredTarget {
            out.member("declaredTarget", declared)
        }
        if r.judged == true { out.member("judged", true) }
        out.member("line", r.line)
        out.member("name", r.name)
        out.member("points", r.points)
        out.memberOrNull("reason", r.reason)
        out.memberOrNull("remedy", r.remedy)
        out.member("score", r.score)
        out.member("status", r.status.rawValue)
        out.member("subcategory", r.subcategory)
        out.memberOrNull("target", r.target)
        out.endObject()
    }

    static func write(_ rules: Scorecard.Rules, _ out: JSONOutput) {
        out.beginObject()
        out.member("file", rules.file)
        out.key("grades")
        out.beginArray()
        for cutoff in rules.grades {
            out.element()
            out.beginObject()
            out.member("grade", cutoff.grade)
            out.member("min", cutoff.minimum)
            out.endObject()
        }
        out.endArray()
        out.member("name", rules.name)
        out.member("title", rules.title)
        out.endObject()
    }

    static func write(_ u: UnitScore, _ out: JSONOutput) {
        out.beginObject()
        out.member("budget", u.budget)
        out.memberIfPresent("executionRate", u.executionRate)
        out.member("grade", u.grade)
        out.key("grades")
        out.beginObject()
        for count in u.grades.sorted(by: { $0.name < $1.name }) { out.member(count.name, count.count) }
        out.endObject()
        out.member("name", u.name)
        out.memberIfPresent("projectAverage", u.projectAverage)
        out.memberIfPresent("projectAverageGrade", u.projectAverageGrade)
        out.member("projects", u.projects)
        out.member("score", u.score)
        out.member("spent", u.spent)
        out.key("statuses")
        out.beginObject()
        for count in u.statuses.sorted(by: { $0.name < $1.name }) { out.member(count.name, count.count) }
        out.endObject()
        out.endObject()
    }
}
