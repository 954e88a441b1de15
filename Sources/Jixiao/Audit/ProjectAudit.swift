import Foundation

/// The audit checks on one project (`Auditor`): score rate against execution rate, unspent money, a
/// cost row above the whole spending, reasons that say nothing, qualitative rows all full, every
/// row met with money unspent, rows that cannot score, an over-achievement without a reason. The
/// same checks for `score` (a scorecard's projects) and `verify` (a submitted form's, recomputed).
/// Comparisons are exact: rates are compared by cross-multiplying, and divided only where a figure
/// is shown.
struct ProjectAudit {
    let project: ProjectScore
    let rules: AuditRules

    /// A finding: its level (nil: the check is off), its code, the index of its row in
    /// `project.indicators` (nil: about the project) and the message's arguments.
    typealias Report = (AuditLevel?, DiagnosticCode, Int?, [String]) -> Void

    func run(_ report: Report) {
        let name = project.name
        let rows = project.indicators
        let points = rows.reduce(Decimal(0)) { $0 + $1.points }
        let scores = rows.reduce(Decimal(0)) { $0 + $1.score }
        // Rows' rate S/P above the execution's E/EP by more than gap % of it: (S·EP − E·P)·100 > gap·E·P.
        if project.executionPoints > 0, points > 0 {
            let (s, p, e, ep) = (scores, points, project.executionScore, project.executionPoints)
            if (s * ep - e * p) * 100 > rules.scoreAboveExecutionGap * e * p {
                report(rules.scoreAboveExecution, .auditScoreAboveExecution, nil,
                       [name, shown(s * 100 / p), shown(e * 100 / ep), DecimalText.string(rules.scoreAboveExecutionGap)])
            }
        }
        if let spent = project.spent, project.budget > 0, (project.budget - spent) * 100 > rules.unspentShare * project.budget {
            report(rules.unspent, .auditUnspent, nil,
                   [name, Rounding.grouped(project.budget), shown((project.budget - spent) * 100 / project.budget),
                    DecimalText.string(rules.unspentShare)])
        }
        if let spent = project.spent {
            for (index, row) in rows.enumerated() where isCost(row) {
                guard let yuan = inYuan(row), yuan > spent + rules.costTolerance else { continue }
                report(rules.costAboveSpent, .auditCostAboveSpent, index,
                       [name, row.name, Rounding.grouped(yuan), Rounding.grouped(spent)])
            }
        }
        for (index, row) in rows.enumerated() where row.score < row.points {
            guard let reason = row.reason.map(PrintedText.trimmed), let why = ReasonAudit.saysNothing(reason, rules: rules) else { continue }
            report(rules.boilerplateReason, .auditBoilerplateReason, index, [name, row.name, reason, why])
        }
        // Over its target by the rule file's ratio, at full points, and nothing said about it.
        for (index, row) in rows.enumerated() where row.overAchievement != nil && row.reason == nil {
            guard row.score >= Rounding.halfUp(row.points, places: 2) else { continue }
            report(rules.overAchievementNoReason, .auditOverAchievementNoReason, index, [name, row.name, row.actual ?? "", row.target ?? ""])
        }
        let qualitative = rows.filter { $0.declared?.kind == .qualitative }
        if qualitative.count >= rules.qualitativeRows, qualitative.allSatisfy({ $0.score == $0.points }) {
            report(rules.qualitativeAllFull, .auditQualitativeAllFull, nil, [name, String(qualitative.count)])
        }
        if !rows.isEmpty, rows.allSatisfy({ $0.status == .met }), let rate = project.executionRate, rate < rules.executionBelow {
            report(rules.allMetLowExecution, .auditAllMetLowExecution, nil, [name, Rounding.fixed(rate), DecimalText.string(rules.executionBelow)])
        }
        // A name seen before in the project, compared on its bytes (names are already normalised by
        // the reader; hashing strings would normalise them again on every row of a province).
        var cannot = 0
        var carried = Decimal(0)
        for (index, row) in rows.enumerated() {
            let repeated = rows[..<index].contains { $0.name.utf8.elementsEqual(row.name.utf8) }
            if row.target == nil || repeated {
                cannot += 1
                carried += row.points
            }
        }
        if cannot > 0 {
            report(rules.cannotScore, .auditCannotScore, nil, [name, String(cannot), Rounding.fixed(carried)])
        }
    }

    /// A figure as shown: half-up to 0.01.
    func shown(_ value: Decimal) -> String { Rounding.fixed(Rounding.halfUp(value, places: 2)) }

    /// A 成本指标 row (its 一级 label, or its 二级 in the layout until 2022) with a money target.
    func isCost(_ row: IndicatorScore) -> Bool {
        (row.category == "成本指标" || row.subcategory == "成本指标") && row.declared?.unit.flatMap(MeasureUnit.init)?.dimension == .money
    }

    /// The row's actual in 元, from its number in the target's unit.
    func inYuan(_ row: IndicatorScore) -> Decimal? {
        guard let value = row.actualValue, let unit = row.declared?.unit.flatMap(MeasureUnit.init), let yuan = MeasureUnit("元") else { return nil }
        return unit.convert(value, to: yuan)
    }
}
