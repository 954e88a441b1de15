import Foundation

/// Lines two years up: projects by name, and within a project indicators by name (names compared
/// as the matcher compares them: white space, width and punctuation variants aside). An indicator
/// declared twice is paired in order. A new target is below last year when it is quantitative with
/// ≥ or > (more is better), and last year's actual, read in the new target's unit, is above it:
/// 指标值设定明显偏低 (warned about) when by more than `comparison.lowMargin` percent of the target,
/// 略低 (listed) otherwise — `≥95%` after a year at 96 % is 略低 under the default 10. An `=`
/// target is not flagged: `=0(次)` of accidents is a ceiling, `=100(%)` a goal, and the sign does
/// not say which.
enum YearComparer {
    static func compare(last: YearSide, this: YearSide, lastName: String, thisName: String, thisFile: String,
                        rules: RuleSet) -> (YearComparison, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var lastByKey: [MatchKey: YearSide.Project] = [:]
        for project in last.projects where lastByKey[MatchKey(project.name)] == nil { lastByKey[MatchKey(project.name)] = project }
        let thisKeys = Set(this.projects.map { MatchKey($0.name) })
        var projects: [YearComparison.ProjectChange] = []
        for project in this.projects {
            guard let before = lastByKey[MatchKey(project.name)] else {
                projects.append(.init(name: project.name, change: .added, lastBudget: nil, thisBudget: project.budget, lastTotal: nil,
                                      thisTotal: project.total, indicators: project.indicators.map { added($0) }))
                continue
            }
            var pool = before.indicators
            var rows: [YearComparison.IndicatorChange] = []
            for indicator in project.indicators {
                guard let index = pool.firstIndex(where: { MatchKey($0.name) == MatchKey(indicator.name) }) else {
                    rows.append(added(indicator))
                    continue
                }
                let old = pool.remove(at: index)
                let gap = shortfall(target: indicator.target, lastActual: old.actual, indicator: indicator.name, rules: rules)
                let low = gap != nil
                // above the target by more than lowMargin % of it: excess × 100 > margin × target, without dividing.
                let clearly = gap.map { $0.excess * 100 > rules.comparisonLowMargin * $0.target } ?? false
                // An adjustment during the year that took a target below last year's actual, where the
                // target declared at the start was not below it: said apart (JX913).
                if gap != nil, let declared = indicator.declaredTarget,
                   shortfall(target: declared, lastActual: old.actual, indicator: indicator.name, rules: rules) == nil {
                    diagnostics.append(Diagnostic(.compareAdjustedBelow, at: SourceLocation(file: thisFile, line: this.isScorecard ? 0 : indicator.line),
                                                  project.name, indicator.name, declared, indicator.target ?? "", old.actual ?? "")
                        .about(project: project.name, indicator: indicator.name))
                }
                if clearly {
                    diagnostics.append(Diagnostic(.compareTargetLow, at: SourceLocation(file: thisFile, line: this.isScorecard ? 0 : indicator.line),
                                                  project.name, indicator.name, indicator.target ?? "", old.actual ?? "")
                        .about(project: project.name, indicator: indicator.name))
                }
                rows.append(.init(category: indicator.category, name: indicator.name, change: .kept, lastTarget: old.target,
                                  thisTarget: indicator.target, lastActual: old.actual, thisActual: indicator.actual,
                                  lastScore: old.score, thisScore: indicator.score,
                                  targetChanged: compact(old.target) != compact(indicator.target), belowLastActual: low,
                                  clearlyBelow: clearly))
            }
            rows += pool.map { dropped($0) }
            projects.append(.init(name: project.name, change: .kept, lastBudget: before.budget, thisBudget: project.budget,
                                  lastTotal: before.total, thisTotal: project.total, indicators: rows))
        }
        for project in last.projects where !thisKeys.contains(MatchKey(project.name)) {
            projects.append(.init(name: project.name, change: .dropped, lastBudget: project.budget, thisBudget: nil,
                                  lastTotal: project.total, thisTotal: nil, indicators: project.indicators.map { dropped($0) }))
        }
        return (YearComparison(last: lastName, this: thisName, thisIsScorecard: this.isScorecard, unit: this.unit.isEmpty ? last.unit : this.unit,
                               lastYear: last.year, thisYear: this.year, lowMargin: rules.comparisonLowMargin, projects: projects), diagnostics)
    }

    static func added(_ indicator: YearSide.Indicator) -> YearComparison.IndicatorChange {
        .init(category: indicator.category, name: indicator.name, change: .added, lastTarget: nil, thisTarget: indicator.target,
              lastActual: nil, thisActual: indicator.actual, lastScore: nil, thisScore: indicator.score, targetChanged: false,
              belowLastActual: false, clearlyBelow: false)
    }

    static func dropped(_ indicator: YearSide.Indicator) -> YearComparison.IndicatorChange {
        .init(category: indicator.category, name: indicator.name, change: .dropped, lastTarget: indicator.target, thisTarget: nil,
              lastActual: indicator.actual, thisActual: nil, lastScore: indicator.score, thisScore: nil, targetChanged: false,
              belowLastActual: false, clearlyBelow: false)
    }

    static func compact(_ text: String?) -> String { PrintedText.compact(PrintedText.foldWidth(text ?? "")) }

    /// How far last year's actual, read in the new target's unit, is above a ≥ or > target, with
    /// the target's value; nil when it is not above one.
    static func shortfall(target text: String?, lastActual: String?, indicator: String, rules: RuleSet) -> (excess: Decimal, target: Decimal)? {
        guard let text, let lastActual else { return nil }
        let target = TargetParser.parse(text).target
        guard target.kind == .quantitative, let value = target.value, let op = target.operator,
              [.atLeast, .greater].contains(op) else { return nil }
        var ignored: [Diagnostic] = []
        let row = ActualRow(line: 0, row: 0, cells: [.actual: lastActual], fieldIndex: [:])
        guard case .number(let actual) = ActualInterpreter.interpret(row, target: target, indicator: indicator, file: "",
                                                                      vocabulary: rules.qualitative.vocabulary,
                                                                      diagnostics: &ignored),
              value < actual.decimal else { return nil }
        return (actual.decimal - value, value)
    }
}
