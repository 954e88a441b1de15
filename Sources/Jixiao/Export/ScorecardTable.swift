import Foundation

/// `score` (default format): a line per project and the unit's line; with `detail`, each
/// project's rows with target, actual, points, score, status and working. Words come from the
/// message catalog (labels keyed by their Chinese text).
public enum ScorecardTable {
    public static func render(_ scorecard: Scorecard, language: Language, detail: Bool) -> String {
        let c = MessageCatalog.for(language)
        var table = TextTable(
            headers: [.project, .budgetYuan, .spentYuan, .executionRate, .executionScore, .total, .grade].map { c.label($0) },
            alignments: [.left, .right, .right, .right, .right, .right, .left])
        for project in scorecard.projects {
            table.add([project.name, Rounding.grouped(project.budget), project.spent.map { Rounding.grouped($0) } ?? "-",
                       project.executionRate.map { Rounding.fixed($0) + "%" } ?? "-", Rounding.fixed(project.executionScore),
                       Rounding.fixed(project.total), c.gradeName(project.grade)])
        }
        if let department = scorecard.department {
            table.add([c.label(.departmentLine, department.name), Rounding.grouped(department.budget),
                       department.spent.map { Rounding.grouped($0) } ?? "-", department.executionRate.map { Rounding.fixed($0) + "%" } ?? "-",
                       Rounding.fixed(department.executionScore), Rounding.fixed(department.total), c.gradeName(department.grade)])
        }
        let unit = scorecard.unit
        // The unit's line: its result, with the money it stands on (the department's whole budget
        // when the result is the department form's).
        let budget = scorecard.department?.budget ?? unit.budget
        let spent = scorecard.department.map { $0.spent ?? 0 } ?? unit.spent
        let rate = scorecard.department.map { $0.executionRate } ?? unit.executionRate
        table.add([c.label(.unitLine, unit.name), Rounding.grouped(budget), Rounding.grouped(spent),
                   rate.map { Rounding.fixed($0) + "%" } ?? "-", "", Rounding.fixed(unit.score), c.gradeName(unit.grade)])
        var text = RuleSetName.text(scorecard.rules, c) + "\n\n"
        text += table.render()
        let grades = unit.grades.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
        let statuses = c.statusCounts(scorecard.projects).map { "\($0.word) \($0.count)" }.joined(separator: ", ")
        let summary: String = c.label(.gradesLine) + grades + "\n" + c.label(.rowStatusLine) + statuses
        text += "\n" + summary + "\n"
        if let average = unit.projectAverage {
            let weighting = scorecard.ruleSet.rollup == .budget ? c.label(.weightedByBudget) : c.label(.plainMean)
            text += c.label(.projectAverageLine, weighting, Rounding.fixed(average), c.gradeName(unit.projectAverageGrade ?? "")) + "\n"
        }
        if detail {
            if let department = scorecard.department { text += "\n" + rows(of: department, c) }
            for project in scorecard.projects { text += "\n" + rows(of: project, c) }
        }
        text += "\n" + lostSummary(scorecard, c)
        return text
    }

    /// The closing "where points were lost" lines: points lost by 一级指标 over all projects, and how
    /// many rows below full points lack a 偏差原因.
    static func lostSummary(_ scorecard: Scorecard, _ c: MessageCatalog) -> String {
        let lines = LostPoints.byCategory(scorecard).filter { $0.lost > 0 }.sorted { $0.lost > $1.lost }
        let parts = lines.map { "\(c.text($0.name)) \(Rounding.fixed($0.lost))" }.joined(separator: ", ")
        let unexplained = scorecard.unexplained.filter { $0.kind == .belowPoints }.count
        let below = scorecard.deviations.filter { $0.kind == .belowPoints }.count
        return c.label(.wherePointsWereLostLine) + (parts.isEmpty ? c.label(.nowhere) : parts) + "\n"
            + c.label(.rowsBelowFullPointsCount, String(below), String(unexplained)) + "\n"
    }

    /// The department's rows: both targets, the one scored marked by the working, and 核心指标.
    static func rows(of department: DepartmentScore, _ c: MessageCatalog) -> String {
        var table = TextTable(
            headers: [.category, .indicator, .declaredTarget, .adjustedTarget, .actual, .points, .score, .coreIndicator, .working].map { c.label($0) },
            alignments: [.left, .left, .left, .left, .left, .right, .right, .left, .left])
        table.add([c.label(.budgetExecution), c.label(.executionRate), Rounding.grouped(department.budget), "",
                   department.spent.map { Rounding.grouped($0) } ?? "-", Rounding.fixed(department.executionPoints),
                   Rounding.fixed(department.executionScore), "", ""])
        for row in department.rows {
            let r = row.score
            table.add([r.category, r.name, row.declared ?? c.label(.noneDeclared), row.adjusted ?? "-", r.actual ?? "-", Rounding.fixed(r.points),
                       Rounding.fixed(r.score), row.core ? c.label(.yes) : "", WorkingText.render(r, c)])
        }
        let note = department.rescaledFrom.map { c.label(.theScoresAddUp, Rounding.fixed($0), Rounding.fixed(department.total)) }
        table.add([c.label(.total), "", "", "", "", "", Rounding.fixed(department.total), c.gradeName(department.grade), note ?? ""])
        return c.label(.departmentLine, department.name) + "\n" + table.render()
    }

    static func rows(of project: ProjectScore, _ c: MessageCatalog) -> String {
        var table = TextTable(
            headers: [.category, .indicator, .target, .actual, .points, .score, .status, .working].map { c.label($0) },
            alignments: [.left, .left, .left, .left, .right, .right, .left, .left])
        table.add([c.label(.budgetExecution), c.label(.executionRate),
                   Rounding.grouped(project.budget), project.spent.map { Rounding.grouped($0) } ?? "-",
                   Rounding.fixed(project.executionPoints), Rounding.fixed(project.executionScore), "", ""])
        for row in project.indicators {
            let target = (row.target ?? c.label(.noneDeclared)) + (row.declaredTarget.map { c.label(.adjustedFromNote, $0) } ?? "")
            table.add([row.category, row.name, target, row.actual ?? "-", Rounding.fixed(row.points),
                       Rounding.fixed(row.score), c.status(of: row), WorkingText.render(row, c)])
        }
        let note = project.rescaledFrom.map { c.label(.theScoresAddUp, Rounding.fixed($0), Rounding.fixed(project.total)) }
        table.add([c.label(.total), "", "", "", "", Rounding.fixed(project.total), c.gradeName(project.grade), note ?? ""])
        return "\(project.name)\n" + table.render()
    }
}
