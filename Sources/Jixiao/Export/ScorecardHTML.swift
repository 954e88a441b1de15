import Foundation

/// `score --format html`: one self-contained page (inline CSS and SVG; no script, no font or
/// image from the network): the unit's score and grade, a bar chart of project totals coloured by
/// grade, where points were lost (by category and by project), the rows below full points with
/// their reasons, each project's 自评表, and 审核提示 (every warning and error of the run). Prints
/// on A4 landscape with a page per project. Money in 元 or 万元 (`MoneyUnit`).
public enum ScorecardHTML {
    public static func html(_ scorecard: Scorecard, language: Language, money unit: MoneyUnit = .wanYuan) -> Data {
        let c = MessageCatalog.for(language)
        let money = unit.format
        let unit = scorecard.unit
        let cutoffs = scorecard.rules.grades
        var page = "<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\">"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        let heading = ScorecardHeading(scorecard)
        // With a 部门整体 form the summary is the department's and its projects'.
        let titleLabel: Label = scorecard.department == nil ? .scorecardTitle : .scorecardTitleWithDepartment
        page += "<title>" + e(heading.title(titleLabel, unit: unit.name, c)) + "</title><style>\(ReportStyle.css)</style></head><body>\n"
        page += "<h1>" + e(heading.title(titleLabel, unit: unit.name, c)) + "</h1>"
        let rules = e(RuleSetName.text(scorecard.rules, c))
        page += "<div class=\"muted\">" + [heading.supervisorLine(c).map(e), rules, money.note(c).map(e)].compactMap { $0 }.joined(separator: c.label(.semicolon)) + "</div>\n"
        let heroLabel = scorecard.department == nil ? c.label(.unitScoreBudgetWeighted) : c.label(.unitScoreDepartment)
        page += "<div class=\"hero\"><div><div class=\"muted\">\(heroLabel)</div><div class=\"score\">\(Rounding.fixed(unit.score))</div></div>"
        page += "<span class=\"grade\" style=\"background:\(ReportStyle.color(forGrade: unit.grade, in: cutoffs))\">\(e(c.gradeName(unit.grade)))</span>"
        // The money beside the unit's score: the department's whole budget with a 部门整体 form, else the projects' sums.
        let budget = scorecard.department.map { money.value($0.budget) } ?? money.sum(scorecard.projects.map(\.budget))
        let spent = scorecard.department.map { money.value($0.spent ?? 0) } ?? money.sum(scorecard.projects.compactMap(\.spent))
        page += "<div class=\"facts\"><div>\(c.label(.projects))<b>\(unit.projects)</b></div><div>\(money.head(.budgetIn, c))<b>\(Rounding.grouped(budget))</b></div>"
        page += "<div>\(money.head(.spentIn, c))<b>\(Rounding.grouped(spent))</b></div>"
        let rate = scorecard.department.map { $0.executionRate } ?? unit.executionRate
        page += "<div>\(c.label(.executionRate))<b>\(rate.map { Rounding.fixed($0) + "%" } ?? "—")</b></div></div></div>\n"
        if let average = unit.projectAverage {
            let weighting = scorecard.ruleSet.rollup == .budget ? c.label(.weightedByBudget) : c.label(.plainMean)
            page += "<div class=\"muted\">" + e(c.label(.projectAverageLine, weighting, Rounding.fixed(average), c.gradeName(unit.projectAverageGrade ?? ""))) + "</div>\n"
        }
        page += "<div class=\"muted\">" + c.label(.gradesLine) + unit.grades.map { "\(e(c.gradeName($0.name))) \($0.count)" }.joined(separator: c.label(.comma))
            + c.label(.rowsAfterGrades) + c.statusCounts(scorecard.projects).map { "\(e($0.word)) \($0.count)" }.joined(separator: c.label(.comma)) + "</div>\n"

        page += HTMLHeads.heading(.projectTotals, c)
        let totals = BarChart(bars: scorecard.projects.map {
            BarChart.Bar(label: $0.name, value: $0.total, color: ReportStyle.color(forGrade: $0.grade, in: cutoffs), note: c.gradeName($0.grade))
        }, maximum: 100, marks: cutoffs.filter { $0.minimum > 0 }.map { ($0.minimum, "\($0.grade) \($0.minimum)") })
        page += totals.svg(title: c.label(.projectTotals)) + "\n"

        page += "<h2>" + c.label(.wherePointsWereLost) + "</h2>" + LostPoints.section(scorecard, c) + "\n"
        page += HTMLHeads.heading(.rowsBelowFullPointsHeading, c) + belowFull(scorecard, c) + "\n"
        if let department = scorecard.department { page += DepartmentHTML.section(department, cutoffs: cutoffs, c: c, money: money) + "\n" }
        for project in scorecard.projects { page += SelfAssessmentHTML.section(project, cutoffs: cutoffs, c: c, money: money) + "\n" }
        page += "<section class=\"notes\"><h2>" + c.label(.reviewNotes) + "</h2>" + ReviewNotes.html(scorecard.diagnostics, c) + "</section>\n"
        page += "</body></html>\n"
        return Data(page.utf8)
    }

    static func belowFull(_ scorecard: Scorecard, _ c: MessageCatalog) -> String {
        var rows = ""
        for project in scorecard.projects {
            for row in project.indicators where row.score < row.points {
                let reason = SelfAssessmentSheet.deviationText(row, c)
                rows += "<tr><td>\(e(project.name))</td><td>\(e(row.name))</td><td class=\"c\">\(e(row.target ?? c.label(.noneDeclared)))</td>"
                    + "<td class=\"c\">\(ActualText.html(row, c))</td><td class=\"num\">\(Rounding.fixed(row.points))</td>"
                    + "<td class=\"num\">\(Rounding.fixed(row.score))</td><td class=\"num lost\">−\(Rounding.fixed(row.points - row.score))</td>"
                    + "<td>" + (SelfAssessmentSheet.unexplained(row, c) ? "<span class=\"warn\">" + e(reason) + "</span>" : e(reason)) + "</td></tr>"
            }
        }
        if rows.isEmpty { return "<p>" + c.label(.everyRowHasFull) + "</p>" }
        return "<table><thead><tr>" + HTMLHeads.cells([.project, .indicator, .target, .actual, .points, .score, .pointsLost, .deviationReasonAndRemedy], c)
            + "</tr></thead><tbody>" + rows + "</tbody></table>"
    }

    static func e(_ text: String) -> String { XMLText.escape(text) }
}
