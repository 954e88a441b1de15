import Foundation

/// Scores every project of a declaration against its matched actuals and rolls them up into the
/// unit's line. Reports what the scorer flags (over-achievement, out-of-band percentages, points
/// that do not add up) at the row it concerns.
struct ScorecardBuilder {
    let rules: RuleSet
    let rulesFile: String
    let declarationFile: String
    let actualsFile: String
    var diagnostics: [Diagnostic] = []
    var deviations: [Deviation] = []

    static func build(declaration: Declaration, matched: [MatchedProject], rules: RuleSet, rulesFile: String,
                             declarationFile: String, actualsFile: String) -> Scorecard {
        // Projects are independent: score them in as many chunks as there are cores, then put the
        // results back in declaration order, so the output does not depend on the scheduling.
        let pairs = Array(zip(declaration.projects, matched))
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, pairs.count / 64))
        let results = ChunkResults<Part>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var builder = ScorecardBuilder(rules: rules, rulesFile: rulesFile, declarationFile: declarationFile,
                                           actualsFile: actualsFile)
            let range = (pairs.count * chunk / chunks)..<(pairs.count * (chunk + 1) / chunks)
            var projects: [ProjectScore] = []
            projects.reserveCapacity(range.count)
            for (project, matchedProject) in pairs[range] {
                let first = builder.diagnostics.count
                projects.append(builder.project(project, matchedProject))
                for i in first..<builder.diagnostics.count where builder.diagnostics[i].project == nil {
                    builder.diagnostics[i].project = project.name
                }
            }
            results[chunk] = Part(projects: projects, diagnostics: builder.diagnostics, deviations: builder.deviations)
        }
        let parts = results.values
        let projects = parts.flatMap(\.projects)
        let unit = UnitRollup.unit(projects, rules: rules)
        let cutoffs = rules.grades
        return Scorecard(unit: unit, rules: Scorecard.Rules(name: rules.name, title: rules.title, file: rulesFile,
                                                            grades: cutoffs), ruleSet: rules,
                         projects: projects, deviations: parts.flatMap(\.deviations),
                         diagnostics: parts.flatMap(\.diagnostics))
    }

    /// What one chunk of projects gave.
    struct Part {
        var projects: [ProjectScore] = []
        var diagnostics: [Diagnostic] = []
        var deviations: [Deviation] = []
    }

    mutating func project(_ project: Project, _ matched: MatchedProject) -> ProjectScore {
        let allocation = PointsAllocator.allocate(categories: project.indicators.map(\.category),
                                                  explicit: matched.explicitPoints, rules: rules)
        for mismatch in allocation.mismatches {
            // Point at the first 分值 cell given in the block (or the declaration's row when the
            // points came from declaration JSON).
            let first = project.indicators.indices.first {
                allocation.blockOfIndicator[$0] == mismatch.block && matched.explicitPoints[$0] != nil
            }
            let at = first.flatMap { i in matched.rows[i].flatMap { $0.value(.points) == nil ? nil : $0.location(.points, file: actualsFile) } }
                ?? first.map { declarationLocation(project.indicators[$0]) } ?? SourceLocation(file: actualsFile, line: 0)
            diagnostics.append(Diagnostic(.blockPointsMismatch, at: at,
                                          project.name, rules.blocks[mismatch.block].name, "\(mismatch.sum)",
                                          "\(allocation.blockPoints[mismatch.block])"))
        }
        var rows: [IndicatorScore] = []
        for (index, indicator) in project.indicators.enumerated() {
            let row = matched.rows[index]
            let points = allocation.points[index]
            let block = allocation.blockOfIndicator[index]
            let result = ScoringCore.row(target: indicator.target, category: indicator.category, subcategory: indicator.subcategory,
                                         actual: matched.inputs[index], points: points, inBlock: block != nil, rules: rules)
            if block == nil {
                diagnostics.append(Diagnostic(.unscoredCategory, at: declarationLocation(indicator), indicator.name,
                                              project.name, indicator.category).about(project: project.name, indicator: indicator.name))
            }
            flag(result, input: matched.inputs[index], indicator: indicator, project: project, row: row)
            compareJudged(matched.judged[index], result, indicator: indicator, project: project, row: row)
            deviate(result, indicator: indicator, project: project, row: row, points: points)
            rows.append(IndicatorScore(
                category: indicator.category, subcategory: indicator.subcategory, name: indicator.name,
                target: indicator.target?.shownText, actual: row?.value(.actual), points: points, score: result.score,
                status: result.status, basis: "", reason: row?.value(.reason), remedy: row?.value(.remedy),
                line: indicator.line, actualLine: row?.line, block: block.map { rules.blocks[$0].name },
                working: result.working, declared: indicator.target, reading: matched.readings[index],
                evenSplit: block.map { !allocation.given[$0] }, judged: result.isJudged ? true : nil))
        }

        let budget = matched.budgetOverride ?? project.funds.total
        let executionPoints = matched.executionPoints ?? rules.executionPoints
        let execution = ScoringCore.execution(spent: matched.spent, budget: budget, points: executionPoints, rules: rules)
        let spentCell = matched.spentRow.map { $0.location(.actual, file: actualsFile) } ?? SourceLocation(file: actualsFile, line: 0)
        if matched.spentRow == nil {
            // A blank or unreadable 全年执行数 was reported at its cell by the matcher.
            diagnostics.append(Diagnostic(.noSpending, at: spentCell, project.name))
        } else if matched.spent != nil, budget <= 0 {
            diagnostics.append(Diagnostic(.zeroBudget, at: spentCell, project.name))
        } else if let spent = matched.spent, spent > budget, let rate = execution.ratePercent {
            diagnostics.append(Diagnostic(.overspent, at: spentCell, project.name, Rounding.fixed(spent), Rounding.fixed(budget),
                                          Rounding.fixed(rate)))
        }
        let totals = ScoringCore.totals(rows: rows.map { ($0.points, $0.score) }, execution: execution, rules: rules)
        reportPoints(project, totals, execution: execution,
                     at: matched.spentRow.map { $0.location(.points, file: actualsFile) } ?? spentCell)
        var score = ProjectScore(name: project.name, unit: project.unit, supervisor: project.supervisor, budget: budget,
                                 declaredBudget: project.funds.total, funds: project.funds, spent: matched.spent,
                                 executionRate: execution.ratePercent, executionPoints: executionPoints,
                                 executionScore: execution.score, total: totals.total, rescaledFrom: totals.rescaled ? totals.sum : nil,
                                 grade: totals.grade,
                                 year: project.year, goal: project.goal, goalOutcome: matched.goalOutcome, indicators: rows)
        score.execution = execution
        score.totals = totals
        score.blockPoints = allocation.held
        return score
    }

    /// Turns what the scorer noticed into diagnostics at the actual's cell.
    mutating func flag(_ result: RowScore, input: ActualInput, indicator: Indicator, project: Project, row: ActualRow?) {
        let at = row.map { $0.location(.actual, file: actualsFile) } ?? declarationLocation(indicator)
        if indicator.target == nil {
            let code: DiagnosticCode = rules.noTarget == .full ? .noTargetFull
                : row?.value(.actual) == nil ? .noTargetScored : .actualForUntargeted
            diagnostics.append(Diagnostic(code, at: at, indicator.name, project.name).about(project: project.name, indicator: indicator.name))
        }
        if let ratio = result.overAchievement, let row, let target = indicator.target {
            diagnostics.append(Diagnostic(.overAchievement, at: at, indicator.name, project.name,
                                          row.value(.actual) ?? "", Rounding.fixed(ratio), target.text)
                .about(project: project.name, indicator: indicator.name))
        }
        if let band = result.bandViolation, let row, case .level(let level, let percent?) = input {
            diagnostics.append(Diagnostic(.actualPercentOutOfBand, at: at, row.value(.actual) ?? "", indicator.name,
                                          "\(percent)", level.rawValue, band).about(project: project.name, indicator: indicator.name))
        }
    }

    /// The unit's 自评得分: out of range for a judged row, or different from the computed score of a
    /// row the rules score themselves (the computed score stands).
    mutating func compareJudged(_ judged: Decimal?, _ result: RowScore, indicator: Indicator, project: Project, row: ActualRow?) {
        guard let judged, let row else { return }
        let at = row.location(.judged, file: actualsFile)
        if case .judgedOutOfRange(_, let band) = result.working.rule {
            diagnostics.append(Diagnostic(.judgedOutOfRange, at: at, indicator.name, project.name, "\(judged)", band)
                .about(project: project.name, indicator: indicator.name))
        } else if !result.isJudged, abs(judged - result.score) > Decimal(string: "0.01")! {
            diagnostics.append(Diagnostic(.judgedDiffers, at: at, indicator.name, project.name, "\(judged)", Rounding.fixed(result.score))
                .about(project: project.name, indicator: indicator.name))
        }
    }

    /// Lists a row below full points or over its target, and reports it when it has no 偏差原因.
    mutating func deviate(_ result: RowScore, indicator: Indicator, project: Project, row: ActualRow?, points: Decimal) {
        let kind: Deviation.Kind
        if result.score < Rounding.halfUp(points) {
            kind = .belowPoints
        } else if result.overAchievement != nil {
            kind = .overAchievement
        } else {
            return
        }
        let reason = row?.value(.reason)
        deviations.append(Deviation(kind: kind, project: project.name, indicator: indicator.name, target: indicator.target?.shownText,
                                    actual: row?.value(.actual), points: points, score: result.score,
                                    ratio: result.overAchievement.map { Rounding.halfUp($0) }, reason: reason,
                                    explained: reason != nil, line: indicator.line, actualLine: row?.line))
        if row == nil && indicator.target != nil {
            // No row at all: say so, rather than asking for a reason.
            diagnostics.append(Diagnostic(.noActualRow, at: declarationLocation(indicator), indicator.name, project.name)
                .about(project: project.name, indicator: indicator.name))
        } else if reason == nil && kind == .belowPoints && row?.value(.actual) != nil {
            // The empty 偏差原因 cell when the file has that column, else the actual's cell.
            let at = row.map { $0.location($0.fieldIndex[.reason] != nil ? .reason : .actual, file: actualsFile) }
                ?? declarationLocation(indicator)
            diagnostics.append(Diagnostic(.noDeviationReason, at: at, indicator.name, project.name, Rounding.fixed(result.score),
                                          Rounding.fixed(points)).about(project: project.name, indicator: indicator.name))
        }
    }

    func declarationLocation(_ indicator: Indicator) -> SourceLocation {
        SourceLocation(file: declarationFile, line: indicator.line)
    }
}
