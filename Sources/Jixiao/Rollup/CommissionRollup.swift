import Foundation

/// Combines the JSON scorecards of several units into the commission's summary. The commission
/// score is the budget-weighted mean of unit scores (Σ budget·score / Σ budget, half-up 0.01),
/// graded by the first scorecard's cut-offs; scorecards made with different rule files are
/// warned about. Two scorecards of the same unit are an error, and the second is left out.
///
/// A scorecard that cannot be used at all — missing, not a scorecard, no projects, no unit name,
/// money that does not hold (`ScorecardFigures`: a budget of 0 or below, sums that differ) —
/// makes the roll-up unusable (`isUsable` false: the CLI writes nothing). A scorecard made from
/// inputs with errors is used, with a warning naming its error count.
public enum CommissionRollup {
    public struct Result: Sendable {
        public var summary: CommissionSummary
        public var diagnostics: [Diagnostic]
        /// False when any scorecard could not be used.
        public var isUsable: Bool
    }

    public static func combine(paths: [String], sample: Int = 5) -> Result {
        var diagnostics: [Diagnostic] = []
        var files: [(path: String, card: ScorecardFile)] = []
        var usable = true
        for path in paths {
            let data: Data
            switch InputFile.read(path) {
            case .success(let bytes): data = bytes
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                usable = false
                continue
            }
            switch JSONErrorText.decode(ScorecardFile.self, from: Array(data), json5: false) {
            case .success(let card):
                let at = SourceLocation(file: path, line: 0)
                // A unit that handed in its 部门整体 form alone has no project, and is counted.
                let empty = card.projects.isEmpty && card.department == nil
                if empty || PrintedText.compact(card.unit.name).isEmpty {
                    diagnostics.append(Diagnostic(empty ? .scorecardNoProjects : .scorecardNoUnit, at: at))
                    usable = false
                    continue
                }
                let figures = ScorecardFigures.check(card, bytes: Array(data), file: path)
                diagnostics += figures
                if figures.hasErrors {
                    usable = false
                    continue
                }
                if card.errorCount > 0 {
                    diagnostics.append(Diagnostic(.scorecardHasErrors, at: at, String(card.errorCount)))
                }
                if let first = files.first(where: { $0.card.unit.name == card.unit.name }) {
                    diagnostics.append(Diagnostic(.duplicateUnit, at: SourceLocation(file: path, line: 0), card.unit.name, first.path))
                    continue
                }
                files.append((path, card))
            case .failure(let failure):
                diagnostics.append(Diagnostic(.scorecardJSON, at: SourceLocation(file: path, line: failure.line, column: failure.column),
                                              failure.message))
                usable = false
            }
        }
        let ruleNames = Array(Set(files.map(\.card.rules.name))).sorted()
        if ruleNames.count > 1, let path = files.first?.path {
            diagnostics.append(Diagnostic(.mixedRules, at: SourceLocation(file: path, line: 0), ruleNames.joined(separator: ", ")))
        }
        let cutoffs = files.first?.card.rules.grades ?? []
        func grade(_ total: Decimal) -> String { cutoffs.grade(for: total) }

        let units = files.map { file in
            CommissionSummary.UnitLine(name: file.card.unit.name, file: file.path, budget: file.card.unit.budget,
                                       spent: file.card.unit.spent, executionRate: file.card.unit.executionRate,
                                       score: file.card.unit.score, grade: file.card.unit.grade,
                                       projects: file.card.projects.count,
                                       red: file.card.findings.filter { $0.level == .red }.count,
                                       yellow: file.card.findings.filter { $0.level == .yellow }.count,
                                       projectAverage: file.card.unit.projectAverage)
        }
        let projects = files.flatMap { file in
            file.card.projects.map {
                CommissionSummary.ProjectLine(unit: file.card.unit.name, name: $0.name, budget: $0.budget, spent: $0.spent,
                                              total: $0.total, grade: $0.grade)
            }
        }
        let belowFull = files.flatMap { file in
            file.card.projects.flatMap { project in
                project.indicators.filter { $0.score < $0.points }.map {
                    CommissionSummary.RowLine(unit: file.card.unit.name, project: project.name, indicator: $0.name,
                                              target: $0.target, actual: $0.actual, points: $0.points, score: $0.score,
                                              status: $0.status, reason: $0.reason, remedy: $0.remedy)
                }
            }
        }
        let budget = units.reduce(Decimal(0)) { $0 + $1.budget }
        let spent = units.reduce(Decimal(0)) { $0 + $1.spent }
        let score = Rounding.halfUp(UnitRollup.weightedMean(units.map { ($0.score, $0.budget) }, weighting: .budget))
        var gradeCounts: [String: Int] = [:]
        for cutoff in cutoffs { gradeCounts[cutoff.grade] = 0 }
        for project in projects { gradeCounts[project.grade, default: 0] += 1 }
        let summary = CommissionSummary(
            score: score, grade: grade(score), budget: budget, spent: spent,
            executionRate: budget > 0 ? Rounding.halfUp(spent / budget * 100) : nil, rules: ruleNames, units: units,
            projects: projects, grades: gradeCounts, cutoffs: cutoffs, belowFull: belowFull,
            years: Array(Set(files.flatMap { $0.card.projects.compactMap(\.year) })).sorted(),
            supervisors: files.flatMap { $0.card.projects.map(\.supervisor) }.reduce(into: [String]()) { seen, name in
                if !name.isEmpty && !seen.contains(name) { seen.append(name) }
            })
        var result = summary
        result.recheck = Array(recheck(files.map(\.card)).prefix(sample))
        return Result(summary: result, diagnostics: diagnostics, isUsable: usable && !files.isEmpty)
    }

    /// Every project with an audit finding, ranked for re-checking: more red findings first, then
    /// more yellow ones, then more money at stake (全年预算数), then unit and project names — the
    /// same order for the same inputs. The reason is the project's first red finding (else yellow).
    static func recheck(_ cards: [ScorecardFile]) -> [CommissionSummary.RecheckLine] {
        var lines: [CommissionSummary.RecheckLine] = []
        for card in cards {
            let byProject = Dictionary(grouping: card.findings) { $0.project ?? "" }
            for project in card.projects {
                let findings = byProject[project.name] ?? []
                guard !findings.isEmpty else { continue }
                let first = findings.first { $0.level == .red } ?? findings[0]
                lines.append(CommissionSummary.RecheckLine(unit: card.unit.name, project: project.name,
                                                           red: findings.filter { $0.level == .red }.count,
                                                           yellow: findings.filter { $0.level == .yellow }.count,
                                                           budget: project.budget, code: first.code, figures: first.figures ?? [],
                                                           reason: first.message))
            }
        }
        return lines.sorted { a, b in
            if a.red != b.red { return a.red > b.red }
            if a.yellow != b.yellow { return a.yellow > b.yellow }
            if a.budget != b.budget { return a.budget > b.budget }
            return (a.unit, a.project) < (b.unit, b.project)
        }
    }
}
