import Foundation

/// The 部门整体支出绩效自评表 as HTML, laid out like its worksheet (`DepartmentSheet`, columns A–K):
/// the head, the money by line, the tasks, the goal, then, on a page of its own, the indicator table
/// (its heads printed again on every page it runs on), 总分 and 等级. A table longer than a page
/// breaks without repeating the 一级/二级 labels (the project form's `FormPages` is not applied here).
enum DepartmentHTML {
    static let columns = "<colgroup>" + ["10%", "7%", "8%", "15%", "9%", "9%", "11%", "6%", "6%", "5%", "14%"].map { "<col style=\"width:\($0)\">" }.joined()
        + "</colgroup>"

    static func section(_ d: DepartmentScore, cutoffs: [GradeCutoff], c: MessageCatalog, money: MoneyFormat) -> String {
        func e(_ text: String) -> String { XMLText.escape(text) }
        func amount(_ value: Decimal?) -> String { value.map { money.text($0) } ?? "—" }
        var html = "<section class=\"project\"><h2>" + c.label(.departmentFormTitle) + (d.year.map { c.label(.yearLine, String($0)) } ?? "") + "</h2>"
        html += "<table class=\"form\">" + columns + "<tbody>"
        html += "<tr><th>\(c.label(.departmentName))</th><td colspan=\"10\">\(e(d.name))</td></tr>"
        let lines = d.money.filter { $0.kind == .total } + d.money.filter { $0.kind != .total }
        html += "<tr><th rowspan=\"\(lines.count + 1)\">\(e(money.head(.departmentBudgetIn, c)))</th><th colspan=\"2\">\(c.label(.sourceOrKind))</th>"
            + HTMLHeads.cells([.budgetAtTheStart, .adjustedBudget, .spent, .executionRate, .points], c) + "<th colspan=\"3\">\(c.label(.score))</th></tr>"
        for line in lines {
            let rate = line.rate.map { Rounding.fixed($0) + "%" } ?? "—"
            let total = line.kind == .total
            html += "<tr><td colspan=\"2\">\(total ? "<b>" + c.label(.fundsOfTheYear) + "</b>" : e(line.label))</td>"
                + "<td class=\"num\">\(amount(line.declared))</td><td class=\"num\">\(amount(line.adjusted))</td><td class=\"num\">\(amount(line.spent))</td>"
                + "<td class=\"num\">\(rate)</td>"
                + (total ? "<td class=\"num\">\(Rounding.fixed(d.executionPoints))</td><td class=\"num\" colspan=\"3\">\(Rounding.fixed(d.executionScore))</td>"
                         : "<td class=\"c\">—</td><td class=\"c\" colspan=\"3\">—</td>") + "</tr>"
        }
        html += "<tr><th rowspan=\"\(d.tasks.count + 1)\">\(c.label(.mainTasks))</th><th colspan=\"2\">\(c.label(.taskName))</th>"
            + "<th colspan=\"3\">\(c.label(.taskContent))</th><th>\(e(money.head(.taskBudget, c)))</th><th colspan=\"4\">\(c.label(.outcome))</th></tr>"
        for task in d.tasks {
            html += "<tr><td colspan=\"2\">\(e(task.name))</td><td colspan=\"3\">\(e(task.content))</td><td class=\"num\">\(amount(task.budget))</td>"
                + "<td colspan=\"4\">\(e(task.outcome ?? c.label(.notFilledIn)))</td></tr>"
        }
        html += "<tr><th rowspan=\"2\">" + c.label(.goalOfTheYear) + "</th><th colspan=\"5\">" + c.label(.expected) + "</th><th colspan=\"5\">"
            + c.label(.outcome) + "</th></tr>"
        html += "<tr><td colspan=\"5\">\(e(d.goal))</td><td colspan=\"5\">\(e(d.goalOutcome ?? c.label(.notFilledIn)))</td></tr>"
        html += "</tbody></table>"

        // The head block (money by line, tasks, goal) fills most of a page: the indicator table starts
        // on the next, its heads with it.
        html += "<table class=\"form indicators newpage\">" + columns + "<thead><tr class=\"running\"><td colspan=\"11\">" + e(d.name) + "</td></tr><tr>"
            + HTMLHeads.cells([.indicators, .category, .subcategory, .indicator, .declaredTarget, .adjustedTarget, .actual, .points, .score,
                               .coreIndicator, .deviationReasonAndRemedy], c) + "</tr></thead><tbody>"
        let rows = d.rows.map(\.score)
        for (index, line) in d.rows.enumerated() {
            let row = line.score
            html += "<tr>"
            if index == 0 { html += "<th rowspan=\"\(rows.count)\">" + c.label(.indicators) + "</th>" }
            if index == 0 || rows[index - 1].category != row.category {
                html += "<td class=\"c\" rowspan=\"\(rows[index...].prefix { $0.category == row.category }.count)\">\(e(row.category))</td>"
            }
            if index == 0 || rows[index - 1].category != row.category || rows[index - 1].subcategory != row.subcategory {
                let span = rows[index...].prefix { $0.category == row.category && $0.subcategory == row.subcategory }.count
                html += "<td class=\"c\" rowspan=\"\(span)\">\(e(row.subcategory))</td>"
            }
            let lost = row.score < row.points
            let reason = SelfAssessmentSheet.deviationText(row, c)
            html += "<td>\(e(row.name))</td><td class=\"c\">\(e(line.declared ?? c.label(.noneDeclared)))</td><td class=\"c\">\(e(line.adjusted ?? "—"))</td>"
                + "<td class=\"c\">\(ActualText.html(row, c))</td><td class=\"num\">\(Rounding.fixed(row.points))</td>"
                + "<td class=\"num\(lost ? " lost" : "")\">\(Rounding.fixed(row.score))</td><td class=\"c\">\(line.core ? c.label(.yes) : "")</td>"
                + "<td>" + (SelfAssessmentSheet.unexplained(row, c) ? "<span class=\"warn\">" + e(reason) + "</span>" : e(reason)) + "</td></tr>"
        }
        let points = d.totals?.points.decimal ?? 0
        html += "<tr class=\"total\"><td colspan=\"7\">\(c.label(.total))</td><td class=\"num\">\(Rounding.fixed(points))</td>"
            + "<td class=\"num\">\(Rounding.fixed(d.total))</td><td colspan=\"2\">"
            + e(d.rescaledFrom.map { c.label(.theScoresAddUp, Rounding.fixed($0), Rounding.fixed(d.total)) } ?? "") + "</td></tr>"
        html += "<tr class=\"total\"><td colspan=\"7\">\(c.label(.grade))</td><td colspan=\"4\"><span class=\"grade\" style=\"font-size:16px;padding:2px 10px;background:"
            + ReportStyle.color(forGrade: d.grade, in: cutoffs) + "\">" + e(c.gradeName(d.grade)) + "</span></td></tr>"
        html += "</tbody></table></section>"
        return html
    }
}
