import Foundation

/// Judges each row of a declaration at month M from a progress file matched to it (`ActualsMatcher`).
///
/// - Execution: rate to date = 执行数 / 全年预算数; `behind` when below time progress (M/12) by
///   more than `monitoring.executionTolerance` percentage points.
/// - Cumulative rows — amounts that add up over the year: ≥, >, = (above 0) targets in money,
///   counts, area, volume, mass, length or days and hours (`=365.00(天)` of service), and ≤, <
///   ceilings in the same but for durations (a ≤ duration is a time limit); not rates, nor a figure
///   named per month, average or unit price (`levelWords`): expected = target × M/12. A ≥ or =
///   row is `likely` at or above expected × (1 − t) — on track, so not flagged — `at-risk` below
///   it, `unlikely` when a forecast below the target is given. A ceiling is `unlikely` once the
///   value (or the forecast) has broken it — passed it, or reached it for a strict `<`, since a
///   running total does not go down — `at-risk` above expected × (1 + t), else `likely`
///   (t = `monitoring.progressTolerance` %).
/// - `= 0` (nothing may happen: 事故 =0(次)): `unlikely` once the value is above 0, else `likely`.
/// - Other rows with a value: scored as they stand (`IndicatorScorer`): met is `likely`, anything
///   less `at-risk`; a forecast that would not be met is `unlikely`.
/// - No value: the unit's judgement (完成目标可能性), else `unknown`.
/// A judgement that differs from the computed likelihood is a warning; a row at risk or unlikely
/// without 偏差原因 and 改进措施 is a warning, as at year end. Comparisons use the exact figures;
/// the report carries rates, time progress and expected values rounded half-up to 0.01.
enum ProgressAssessor {
    static func assess(_ declaration: Declaration, matched: [MatchedProject], rules: RuleSet, month: Int,
                       file: String) -> (ProgressReport, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let fraction = Decimal(month) / 12
        let timeProgress = Decimal(month) * 100 / 12
        var projects: [ProgressProject] = []
        let context = ScoringContext(rules)
        for (project, match) in zip(declaration.projects, matched) {
            let budget = match.budgetOverride?.decimal ?? project.funds.total
            let spent = match.spent?.decimal
            let rate = spent.flatMap { spent in budget > 0 ? spent / budget * 100 : nil }
            let behind = rate.map { timeProgress - $0 > rules.monitoring.executionTolerance } ?? false
            if behind, let rate {
                diagnostics.append(Diagnostic(.monitorBehind, at: match.spentRow?.location(.actual, file: file) ?? SourceLocation(file: file, line: 0),
                                              project.name, Rounding.fixed(rate), String(month), Rounding.fixed(timeProgress),
                                              DecimalText.string(rules.monitoring.executionTolerance)).about(project: project.name, indicator: nil))
            }
            var forecastSpent: Decimal?
            if let row = match.spentRow, let text = row.value(.forecast) {
                forecastSpent = Quantity.parse(text)?.value(inUnitOf: "元")
                if forecastSpent == nil {
                    diagnostics.append(Diagnostic(.actualBadAmount, at: row.location(.forecast, file: file), "全年预计执行数", text))
                }
            }
            var rows: [ProgressRow] = []
            // The rows' points as at year end: a row judged as it stands is scored as `score` scores it.
            let allocation = PointsAllocator.allocate(categories: project.indicators.map(\.category), explicit: match.explicitPoints,
                                                      rules: rules)
            for (index, indicator) in project.indicators.enumerated() {
                let row = match.rows[index]
                var judged: Likelihood?
                if let text = row?.value(.likelihood) {
                    judged = Likelihood(judgement: text)
                    if judged == nil {
                        diagnostics.append(Diagnostic(.monitorBadJudgement, at: row!.location(.likelihood, file: file), text)
                            .about(project: project.name, indicator: indicator.name))
                    }
                }
                var forecast: ActualInput = .missing
                if let row, let text = row.value(.forecast) {
                    let cells: [ActualsColumn: String] = [.project: project.name, .indicator: indicator.name, .actual: text]
                    let shifted = ActualRow(line: row.line, row: row.row, cells: cells,
                                            fieldIndex: [.actual: row.fieldIndex[.forecast] ?? 0])
                    forecast = ActualInterpreter.interpret(shifted, target: indicator.target, indicator: indicator.name, file: file,
                                                           vocabulary: rules.qualitative.vocabulary, diagnostics: &diagnostics)
                }
                let (likelihood, basis, expected) = judge(indicator.target, actual: match.inputs[index], forecast: forecast,
                                                          judged: judged, fraction: fraction, rules: rules, name: indicator.name,
                                                          category: indicator.category, subcategory: indicator.subcategory,
                                                          points: allocation.points[index], context: context)
                let progress = ProgressRow(category: indicator.category, subcategory: indicator.subcategory, name: indicator.name,
                                           target: indicator.target?.shownText, actual: row?.value(.actual),
                                           forecast: row?.value(.forecast), expected: expected.map { Rounding.halfUp($0) },
                                           likelihood: likelihood,
                                           basis: basis, judged: judged, reason: row?.value(.reason), remedy: row?.value(.remedy))
                let place = row?.location(.actual, file: file) ?? SourceLocation(file: file, line: 0)
                if let judged, basis != .judgement, basis != .nothing, judged != likelihood {
                    diagnostics.append(Diagnostic(.monitorJudgementDiffers, at: row?.location(.likelihood, file: file) ?? place,
                                                  project.name, indicator.name, judged.chinese, likelihood.chinese)
                        .about(project: project.name, indicator: indicator.name))
                }
                // A more-is-better target lowered during the year below what was done to date.
                if let declared = indicator.declaredTarget, let target = indicator.target, let before = declared.value, let after = target.value,
                   [TargetOperator.atLeast, .greater, .equal].contains(target.operator ?? .by), after < before,
                   case .number(let done) = match.inputs[index], done.decimal > after {
                    diagnostics.append(Diagnostic(.monitorAdjustedBelow, at: place, project.name, indicator.name, declared.shownText, target.shownText,
                                                  String(month), row?.value(.actual) ?? DecimalText.string(done.decimal))
                        .about(project: project.name, indicator: indicator.name))
                }
                if likelihood.needsReason && (progress.reason == nil || progress.remedy == nil) {
                    diagnostics.append(Diagnostic(.monitorNoReason, at: place, project.name, indicator.name, likelihood.chinese)
                        .about(project: project.name, indicator: indicator.name))
                }
                rows.append(progress)
            }
            projects.append(ProgressProject(name: project.name, unit: project.unit, supervisor: project.supervisor,
                                            declaredBudget: project.funds.total, budget: budget, spent: spent,
                                            forecastSpent: forecastSpent,
                                            execution: .init(rate: rate.map { Rounding.halfUp($0) },
                                                             timeProgress: Rounding.halfUp(timeProgress), behind: behind),
                                            indicators: rows))
        }
        let years = Set(declaration.projects.compactMap(\.year))
        var report = ProgressReport(month: month, timeProgress: Rounding.halfUp(timeProgress), rules: rules.name, projects: projects)
        report.year = years.count == 1 ? years.first : nil
        report.supervisors = declaration.projects.map(\.supervisor).reduce(into: []) { seen, name in
            if !name.isEmpty && !seen.contains(name) { seen.append(name) }
        }
        return (report, diagnostics)
    }

    /// Words in a name that make a figure a level, not a running total: 每月用户投诉 ≤2(笔) is per
    /// month, 平均响应时长 an average.
    static let levelWords = ["每月", "月均", "每季", "季均", "每日", "日均", "每周", "周均", "平均", "单价", "均价", "人均"]

    /// True for a target whose value adds up over the year (see above), for an indicator not named
    /// as a level.
    static func isCumulative(_ target: Target, name: String = "") -> Bool {
        guard !levelWords.contains(where: { name.contains($0) }) else { return false }
        guard target.kind == .quantitative, let op = target.operator, let value = target.value,
              let unit = target.parsedUnit else { return false }
        let amount: Bool
        switch unit.dimension {
        case .money, .count, .area, .volume, .mass, .length: amount = true
        case .clockTime, .calendarTime: amount = op != .atMost && op != .less
        default: amount = false
        }
        switch op {
        case .atLeast, .greater, .atMost, .less: return amount
        case .equal: return amount && value > 0
        case .range, .by: return false
        }
    }

    /// A row's likelihood; rows judged as they stand are scored by `ScoringCore.row`, as at year end
    /// (a bare-number target with the operator the rule file assumes under its 一级/二级 label).
    static func judge(_ declared: Target?, actual: ActualInput, forecast: ActualInput, judged: Likelihood?, fraction: Decimal,
                      rules: RuleSet, name: String = "", category: String = "", subcategory: String = "",
                      points: Fixed = .hundred, context: ScoringContext? = nil) -> (Likelihood, ProgressBasis, Decimal?) {
        let target = ScoringCore.effectiveTarget(declared, category: category, subcategory: subcategory, rules: rules)
        guard let target else { return (judged ?? .unknown, judged == nil ? .nothing : .judgement, nil) }
        let context = context ?? ScoringContext(rules)
        func status(_ input: ActualInput) -> ScoreStatus {
            ScoringCore.row(target: declared, category: category, subcategory: subcategory, actual: input, points: points,
                            inBlock: true, context: context).status
        }
        if isCumulative(target, name: name), let value = target.value, let op = target.operator {
            let expected = value * fraction
            let tolerance = rules.monitoring.progressTolerance / 100
            let ceiling = op == .atMost || op == .less
            if case .number(let f) = forecast, ceiling ? f.decimal > value : f.decimal < value { return (.unlikely, .forecast, expected) }
            guard case .number(let fixed) = actual else {
                return (judged ?? .unknown, judged == nil ? .nothing : .judgement, expected)
            }
            let a = fixed.decimal
            if ceiling {
                if a > value || (op == .less && a == value) { return (.unlikely, .forecast, expected) }
                return (a > expected * (1 + tolerance) ? .atRisk : .likely, .cumulative, expected)
            }
            return (a < expected * (1 - tolerance) ? .atRisk : .likely, .cumulative, expected)
        }
        if target.operator == .equal, target.value == 0, target.kind == .quantitative, case .number(let a) = actual {
            // Nothing may happen, and something has: that cannot be undone by the year end.
            return (a > .zero ? .unlikely : .likely, .asItStands, nil)
        }
        if forecast != .missing, forecast != .invalid, status(forecast) != .met {
            return (.unlikely, .forecast, nil)
        }
        switch actual {
        case .missing, .invalid:
            return (judged ?? .unknown, judged == nil ? .nothing : .judgement, nil)
        default:
            return (status(actual) == .met ? .likely : .atRisk, .asItStands, nil)
        }
    }
}
