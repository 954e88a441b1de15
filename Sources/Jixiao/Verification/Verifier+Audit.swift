import Foundation

/// `verify` runs the 自评失真 checks of `score` on the submitted form (`Auditor`), over the figures
/// as recomputed: a hand-changed 得分 is a discrepancy, and the audit asks of the form what it
/// would ask of jixiao's own scorecard. The findings `score` has from building the scorecard (JX507
/// a row below full points without a reason, JX506 a budget of 0, JX508 spending above the budget,
/// JX514 no 实际完成情况) are found here on the form's cells, under the same conditions
/// (`ScorecardBuilder.deviate`, `reportExecution`): verify of jixiao's own workbook lists the same
/// findings as `score` (`VerifyAuditTests`).
extension Verifier {
    /// A row as the audit reads it: the recomputed score with the unit's reason.
    static func recomputedRow(_ row: SubmittedForm.Row, category: String, subcategory: String, target: Target?, input: ActualInput,
                              points: Decimal, result: RowScore) -> IndicatorScore {
        var number: Decimal?
        if case .number(let typed) = input { number = typed.decimal }
        return IndicatorScore(category: category, subcategory: subcategory, name: row.name, target: row.target, actual: row.actual,
                              points: points, score: result.score.decimal, status: result.status, basis: "", reason: row.reason,
                              remedy: row.remedy, line: row.location.line, actualLine: nil, block: nil, working: result.working,
                              declared: target, actualValue: number, judged: result.isJudged ? true : nil,
                              overAchievement: result.overAchievement?.decimal)
    }

    static func recomputedProject(_ project: SubmittedForm.Project, rows: [IndicatorScore], execution: ExecutionScore,
                                  totals: ProjectTotals) -> ProjectScore {
        let budget = project.budget ?? 0
        return ProjectScore(name: project.name, unit: "", supervisor: "", budget: budget, declaredBudget: budget, funds: Funds(total: budget),
                            spent: project.spent, executionRate: execution.ratePercent?.decimal, executionPoints: execution.points.decimal,
                            executionScore: execution.score.decimal, total: totals.total.decimal, grade: totals.grade, year: nil, goal: "",
                            goalOutcome: project.goalOutcome, indicators: rows)
    }

    /// The findings on the recomputed form: red first, then yellow, each in the form's order.
    /// `departmentCapped`: a department's spending above its budget keeps full points
    /// (`department.over100: "cap"`), which JX508 says; under `deduct` it is not reported.
    static func audit(_ form: SubmittedForm, recomputed: [ProjectScore], rowPlaces: [[SourceLocation]], rules: AuditRules,
                      departmentCapped: Bool = true, file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (p, project) in recomputed.enumerated() {
            let submitted = form.projects[p]
            var facts: [Diagnostic] = []
            for (r, row) in project.indicators.enumerated()
            where row.score < Rounding.halfUp(row.points, places: 2) && row.reason == nil && row.actual != nil {
                facts.append(Diagnostic(.noDeviationReason, at: rowPlaces[p][r], row.name, project.name, Fixed(row.score).fixedText(),
                                        Fixed(row.points).fixedText()))
            }
            let money = submitted.executionLocation ?? submitted.location
            if let spent = submitted.spent, let budget = submitted.budget {
                if budget <= 0 {
                    facts.append(Diagnostic(.zeroBudget, at: money, project.name))
                } else if spent > budget, let rate = project.executionRate, !submitted.isDepartment || departmentCapped {
                    facts.append(Diagnostic(.overspent, at: money, project.name, Fixed(spent).fixedText(), Fixed(budget).fixedText(),
                                            Fixed(rate).fixedText()))
                }
            }
            if let cell = submitted.goalOutcomeLocation, submitted.goalOutcome == nil {
                facts.append(Diagnostic(.noGoalOutcome, at: cell, project.name))
            }
            for fact in facts {
                guard let level = Auditor.level(of: fact.code, rules: rules) else { continue }
                found.append(Auditor.finding(level, fact.code, at: fact.location, fact.arguments, project: project.name,
                                             indicator: fact.code == .noDeviationReason ? fact.arguments[0] : nil))
            }
        }
        found += Auditor.findings(recomputed, rules: rules) { p, r in r.map { rowPlaces[p][$0] } ?? form.projects[p].location }
        return AuditLevel.allCases.flatMap { level in found.filter { $0.auditLevel == level } }
    }
}
