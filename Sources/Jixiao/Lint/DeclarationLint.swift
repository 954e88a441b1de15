import Foundation

/// `jixiao check`: what is wrong or doubtful in a declaration before the year starts, beyond
/// what the reader already reports (no target, repeated rows, unreadable targets): unknown units,
/// empty or all-qualitative blocks, rows under a label their name does not suggest, cost ceilings
/// against the money asked for, money parts that do not add up, dates outside the year, empty goals.
/// Every finding names the project (and indicator) and has a fix hint in the message catalogs.
enum DeclarationLint {
    static func run(_ declaration: Declaration, lint: LintRules, rules: RuleSet?, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for project in declaration.projects {
            let at = SourceLocation(file: file, line: project.line)
            out += units(project, file: file)
            out += labels(project, lint: lint, file: file)
            if let rules { out += blocks(project, rules: rules, file: file) }
            out += CostCeilingLint.run(project, lint: lint.cost, file: file)
            let f = project.funds
            // A total of 0 is left alone: an unreadable amount was reported by the reader already.
            if f.total != 0 && f.fiscal + f.carryover + f.other != f.total {
                out.append(Diagnostic(.fundsDoNotAddUp, at: at, project.name, Rounding.grouped(f.fiscal),
                                      Rounding.grouped(f.carryover), Rounding.grouped(f.other),
                                      Rounding.grouped(f.fiscal + f.carryover + f.other), Rounding.grouped(f.total))
                    .about(project: project.name))
            }
            if let year = project.year {
                for (label, date) in [("计划开始日期", project.startDate), ("计划完成日期", project.endDate)]
                where !date.isEmpty && !date.hasPrefix("\(year)") {
                    out.append(Diagnostic(.dateOutsideYear, at: at, project.name, label, date, String(year)).about(project: project.name))
                }
            }
            if project.goal.jixiaoTrimmed.isEmpty {
                out.append(Diagnostic(.emptyGoal, at: at, project.name).about(project: project.name))
            }
        }
        return out
    }

    static func units(_ project: Project, file: String) -> [Diagnostic] {
        project.indicators.flatMap { indicator -> [Diagnostic] in
            guard let target = indicator.target else {
                // No target: is one written into the name?
                guard let (name, written) = TargetInName.split(indicator.name) else { return [] }
                return [Diagnostic(.targetInName, at: SourceLocation(file: file, line: indicator.line), indicator.name, name, written)
                    .about(project: project.name, indicator: indicator.name)]
            }
            let at = SourceLocation(file: file, line: indicator.line)
            var out: [Diagnostic] = []
            // A deadline's unit (年月日, 月日) is jixiao's own scale for dates, not a unit the form wrote.
            if target.operator != .by, let unit = target.parsedUnit, !unit.isKnown {
                out.append(Diagnostic(.unknownUnit, at: at, target.text, indicator.name, unit.symbol)
                    .about(project: project.name, indicator: indicator.name))
            }
            if let value = target.value, value < 0 {
                out.append(Diagnostic(.negativeTarget, at: at, target.text, indicator.name)
                    .about(project: project.name, indicator: indicator.name))
            }
            return out
        }
    }

    static func labels(_ project: Project, lint: LintRules, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for indicator in project.indicators {
            for keyword in lint.keywords {
                guard let word = keyword.words.first(where: { indicator.name.contains($0) }) else { continue }
                let isCategory = IndicatorLabels.categories.contains(keyword.reads)
                let sitsUnder = isCategory ? indicator.category : indicator.subcategory
                if sitsUnder != keyword.reads {
                    let printed = [indicator.category, indicator.subcategory].filter { !$0.isEmpty }.joined(separator: "/")
                    out.append(Diagnostic(.misplacedRow, at: SourceLocation(file: file, line: indicator.line), indicator.name,
                                          printed, keyword.reads, word).about(project: project.name, indicator: indicator.name))
                }
                break
            }
        }
        return out
    }

    static func blocks(_ project: Project, rules: RuleSet, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let at = SourceLocation(file: file, line: project.line)
        for category in IndicatorLabels.categories where rules.blockIndex(for: category) != nil
            && !project.indicators.contains(where: { $0.category == category }) && category != "成本指标" {
            out.append(Diagnostic(.emptyCategory, at: at, project.name, category).about(project: project.name))
        }
        for block in rules.blocks {
            let rows = project.indicators.filter { block.categories.contains($0.category) }
            if !rows.isEmpty && rows.allSatisfy({ $0.target?.kind != .quantitative }) {
                out.append(Diagnostic(.onlyQualitativeBlock, at: SourceLocation(file: file, line: rows[0].line), project.name,
                                      block.name, String(rows.count)).about(project: project.name))
            }
        }
        return out
    }
}
