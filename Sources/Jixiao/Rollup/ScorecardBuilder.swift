import Foundation

/// Scores every project of a declaration against its matched actuals (`ActualsMatch`) and rolls them
/// up into the unit's line, on the tables the data path holds (`DeclarationTable`, `ActualsTable`):
/// every score comes from `ScoringCore`; strings are made only for the scorecard's values. Reports
/// what the scorer flags (over-achievement, out-of-band percentages, points that do not add up) at
/// the row it concerns (`ScorecardBuilder+Findings`).
struct ScorecardBuilder {
    let declaration: DeclarationTable
    let actuals: ActualsTable
    let match: ActualsMatch
    let context: ScoringContext
    let files: Files
    /// The rule-file block that scores each label of the declaration as a 一级指标, and whether a
    /// pair of labels is 成本指标.
    let blockOfLabel: [Int?]
    let costLabel: [Bool]
    var diagnostics: [Diagnostic] = []
    var deviations: [Deviation] = []

    struct Files: Sendable {
        var rules: String
        var declaration: String
        var actuals: String
    }

    var rules: RuleSet { context.rules }

    init(declaration: DeclarationTable, actuals: ActualsTable, match: ActualsMatch, context: ScoringContext, files: Files) {
        self.declaration = declaration
        self.actuals = actuals
        self.match = match
        self.context = context
        self.files = files
        blockOfLabel = declaration.labels.map { context.rules.blockIndex(for: $0) }
        costLabel = declaration.labels.map { $0 == "成本指标" }
    }

    static func build(declaration: DeclarationTable, actuals: ActualsTable, match: ActualsMatch, context: ScoringContext,
                      files: Files) -> Scorecard {
        let template = ScorecardBuilder(declaration: declaration, actuals: actuals, match: match, context: context, files: files)
        // Projects are independent: score them in chunks on all cores, then put the results back in
        // declaration order, so the output does not depend on the scheduling.
        let count = declaration.projects.count
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, count / 64))
        let results = ChunkResults<Part>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var builder = template
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            var projects: [ProjectScore] = []
            projects.reserveCapacity(range.count)
            for index in range {
                let first = builder.diagnostics.count
                let project = builder.project(index)
                for i in first..<builder.diagnostics.count where builder.diagnostics[i].project == nil {
                    builder.diagnostics[i].project = project.name
                }
                projects.append(project)
            }
            results[chunk] = Part(projects: projects, diagnostics: builder.diagnostics, deviations: builder.deviations)
        }
        let parts = results.values
        let projects = parts.flatMap(\.projects)
        let rules = context.rules
        return Scorecard(unit: UnitRollup.unit(projects, rules: rules),
                         rules: Scorecard.Rules(name: rules.name, title: rules.title, file: files.rules, grades: rules.grades),
                         ruleSet: rules, projects: projects, deviations: parts.flatMap(\.deviations),
                         diagnostics: parts.flatMap(\.diagnostics))
    }

    /// The scorecard of a match, scored by `rules`.
    static func build(_ matched: ActualsMatcher.Result, rules: RuleSet, rulesFile: String, declarationFile: String,
                      actualsFile: String) -> Scorecard {
        build(declaration: matched.declaration, actuals: matched.actuals, match: matched.match, context: ScoringContext(rules),
              files: Files(rules: rulesFile, declaration: declarationFile, actuals: actualsFile))
    }

    /// What one chunk of projects gave.
    struct Part {
        var projects: [ProjectScore] = []
        var diagnostics: [Diagnostic] = []
        var deviations: [Deviation] = []
    }

    /// One project: 分值 allocated, each row scored, 预算执行, the totals.
    mutating func project(_ index: Int) -> ProjectScore {
        let record = declaration.projects[index]
        let range = record.indicatorRange
        let name = declaration.string(record.name)
        let blocks = range.map { blockOfLabel[Int(declaration.indicators[$0].category)] }
        let allocation = PointsAllocator.allocate(blockOf: blocks, explicit: Array(match.explicitPoints[range]), rules: rules)
        for mismatch in allocation.mismatches { reportMismatch(mismatch, allocation: allocation, range: range, project: name) }

        var rows: [IndicatorScore] = []
        rows.reserveCapacity(range.count)
        var rowPoints = Fixed.zero
        var rowScores = Fixed.zero
        for (slot, i) in range.enumerated() {
            let indicator = declaration.indicators[i]
            let points = allocation.points[slot]
            let block = allocation.blockOfIndicator[slot]
            let targetIndex = Int(indicator.target)
            let cost = costLabel[Int(indicator.category)] || costLabel[Int(indicator.subcategory)]
            let result = ScoringCore.row(target: targetIndex >= 0 ? declaration.scoredTargets[targetIndex] : nil, cost: cost,
                                         actual: match.inputs[i], points: points, inBlock: block != nil, context: context)
            rowPoints += points
            rowScores += result.score
            let row = Row(index: i, actualRow: Int(match.rows[i]), project: name, name: declaration.string(indicator.name))
            if block == nil {
                diagnostics.append(Diagnostic(.unscoredCategory, at: declarationLocation(i), row.name, name,
                                              declaration.labels[Int(indicator.category)]).about(project: name, indicator: row.name))
            }
            flag(result, row)
            compareJudged(match.judged[i], result, row)
            deviate(result, row, points: points)
            var number: Decimal?
            if case .number(let typed) = match.inputs[i] { number = typed.decimal }
            rows.append(IndicatorScore(
                category: declaration.labels[Int(indicator.category)], subcategory: declaration.labels[Int(indicator.subcategory)],
                name: row.name, target: targetIndex >= 0 ? declaration.scoredTargets[targetIndex].shownText : nil,
                actual: value(row, .actual), points: points.decimal, score: result.score.decimal, status: result.status, basis: "",
                reason: value(row, .reason), remedy: value(row, .remedy), line: Int(indicator.line),
                actualLine: row.actualRow >= 0 ? Int(actuals.lines[row.actualRow]) : nil, block: block.map { rules.blocks[$0].name },
                working: result.working, declared: targetIndex >= 0 ? declaration.targets[targetIndex] : nil,
                reading: match.readings[i], actualValue: number, evenSplit: block.map { !allocation.given[$0] }, judged: result.isJudged ? true : nil,
                overAchievement: result.overAchievement?.decimal))
            if let declared = declaration.adjustedFrom[Int32(i)] { rows[rows.count - 1].declaredTarget = declaration.scoredTargets[Int(declared)].shownText }
        }

        let budget = match.budgetOverrides[index] ?? record.total
        let executionPoints = match.executionPoints[index] ?? Fixed(rules.executionPoints)
        let spent = match.spent[index]
        let execution = ScoringCore.execution(spent: spent, budget: budget, points: executionPoints, context: context)
        let spentRow = Int(match.spentRows[index])
        reportExecution(execution, spent: spent, budget: budget, spentRow: spentRow, project: name)
        let totals = ScoringCore.totals(rowPoints: rowPoints, rowScores: rowScores, execution: execution, context: context)
        reportPoints(name, totals, execution: execution,
                     at: spentRow >= 0 ? actuals.location(spentRow, .points, file: files.actuals) : noCell)
        let funds = Funds(total: record.total.decimal, fiscal: record.fiscal.decimal, carryover: record.carryover.decimal,
                          other: record.other.decimal)
        let goalOutcome = match.goalOutcomes[index]
        if goalOutcome.isEmpty { diagnostics.append(Diagnostic(.noGoalOutcome, at: noCell, name).about(project: name, indicator: nil)) }
        var score = ProjectScore(name: name, unit: declaration.string(record.unit), supervisor: declaration.string(record.supervisor),
                                 budget: budget.decimal, declaredBudget: funds.total, funds: funds, spent: spent?.decimal,
                                 executionRate: execution.ratePercent?.decimal, executionPoints: executionPoints.decimal,
                                 executionScore: execution.score.decimal, total: totals.total.decimal,
                                 rescaledFrom: totals.rescaled ? totals.sum.decimal : nil, grade: totals.grade,
                                 year: record.year == 0 ? nil : Int(record.year), goal: declaration.string(record.goal),
                                 goalOutcome: goalOutcome.isEmpty ? nil : actuals.text.string(goalOutcome), indicators: rows)
        score.sources = SourceMoney.rows(declared: [record.fiscal, record.carryover, record.other], given: match.sources[index],
                                         budgetAdjusted: budget != record.total, spent: spent)
        checkSources(match.sources[index], budget: budget, spent: spent, project: name,
                     at: spentRow >= 0 ? actuals.location(spentRow, .actual, file: files.actuals) : noCell)
        score.execution = execution
        score.totals = totals
        score.blockPoints = allocation.held.map(\.decimal)
        return score
    }

    /// The 其中 rows the actuals give against the project's figures: three given that do not add up
    /// to the whole, or some given that already pass it, is a warning (JX515).
    mutating func checkSources(_ given: [Fixed?]?, budget: Fixed, spent: Fixed?, project: String, at place: SourceLocation) {
        guard let given else { return }
        for (parts, whole, label) in [(Array(given[0..<3]), Optional(budget), ActualRow.Special.budget.rawValue),
                                      (Array(given[3..<6]), spent, ActualRow.Special.spent.rawValue)] {
            let known = parts.compactMap { $0 }
            guard let whole, !known.isEmpty, let sum = known.dropFirst().reduce(Optional(known[0]), { total, part in total.flatMap { Fixed.sum($0, part) } })
            else { continue }
            if known.count == 3 ? sum != whole : sum > whole {
                diagnostics.append(Diagnostic(.sourcesDoNotAddUp, at: place, project, label, sum.fixedText(), whole.fixedText())
                    .about(project: project, indicator: nil))
            }
        }
    }

    /// One row on its way through the findings: its indicator, its actuals row (-1 for none) and names.
    struct Row {
        var index: Int
        var actualRow: Int
        var project: String
        var name: String
    }

    /// A cell of the row's actuals row, or nil.
    func value(_ row: Row, _ column: ActualsColumn) -> String? {
        row.actualRow >= 0 ? actuals.value(row.actualRow, column) : nil
    }

    func declarationLocation(_ indicator: Int) -> SourceLocation {
        SourceLocation(file: files.declaration, line: Int(declaration.indicators[indicator].line))
    }

    /// The actuals file, for a finding about a row it lacks.
    var noCell: SourceLocation { SourceLocation(file: files.actuals, line: 0) }
}
