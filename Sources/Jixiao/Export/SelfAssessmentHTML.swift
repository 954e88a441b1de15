import Foundation

/// One project's 项目支出绩效自评表 as HTML, laid out like the workbook sheet (columns A–I, see
/// `SelfAssessmentSheet`). Two tables: the header block (name, money, goals), then the indicator
/// table, whose `<thead>` — the project's name and the column heads — is printed again at the top
/// of every page the table runs on. Column widths are fixed so that the table fits the page.
enum SelfAssessmentHTML {
    /// Column A is wide enough for its labels in English too (Supervising department, Indicators).
    static let columns = "<colgroup><col style=\"width:9%\"><col style=\"width:8%\"><col style=\"width:9%\"><col style=\"width:18%\">"
        + "<col style=\"width:10%\"><col style=\"width:10%\"><col style=\"width:6%\"><col style=\"width:6%\"><col style=\"width:24%\"></colgroup>"

    static func section(_ project: ProjectScore, cutoffs: [GradeCutoff], c: MessageCatalog, money: MoneyFormat = MoneyUnit.wanYuan.format) -> String {
        func e(_ text: String) -> String { XMLText.escape(text) }
        func amount(_ value: Decimal?) -> String { value.map { money.text($0) } ?? "—" }
        var html = "<section class=\"project\"><h2>" + c.label(.projectSpendingPerformanceSelf) + (project.year.map { c.label(.yearLine, String($0)) } ?? "") + "</h2>"
        html += "<table class=\"form\">" + columns + "<tbody>"
        html += "<tr><th>\(c.label(.projectName))</th><td colspan=\"8\">\(e(project.name))</td></tr>"
        html += "<tr><th>\(c.label(.supervisingDepartment))</th><td colspan=\"3\">\(e(project.supervisor))</td><th>\(c.label(.implementingUnit))</th><td colspan=\"4\">\(e(project.unit))</td></tr>"
        html += "<tr><th rowspan=\"5\">\(e(money.head(.fundsIn, c)))</th><th colspan=\"2\"></th>"
            + HTMLHeads.cells([.budgetAtTheStart, .budget, .spent, .points, .executionRate, .score], c) + "</tr>"
        func rate(_ value: Decimal?) -> String { value.map { Rounding.fixed($0) + "%" } ?? "—" }
        html += "<tr><td colspan=\"2\">\(c.label(.fundsOfTheYear))</td><td class=\"num\">\(amount(project.declaredBudget))</td><td class=\"num\">\(amount(project.budget))</td>"
            + "<td class=\"num\">\(amount(project.spent))</td><td class=\"num\">\(Rounding.fixed(project.executionPoints))</td>"
            + "<td class=\"num\">\(rate(project.executionRate))</td><td class=\"num\">\(Rounding.fixed(project.executionScore))</td></tr>"
        for (label, source) in zip([c.label(.ofWhichThisYear), c.label(.carriedOverFromLast), c.label(.otherFunds)], project.sourceRows) {
            html += "<tr><td colspan=\"2\">\(label)</td><td class=\"num\">\(amount(source.declared))</td><td class=\"num\">\(amount(source.budget))</td>"
                + "<td class=\"num\">\(amount(source.spent))</td><td class=\"c\">—</td><td class=\"num\">\(rate(source.rate))</td><td class=\"c\">—</td></tr>"
        }
        html += "<tr><th rowspan=\"2\">" + c.label(.goalOfTheYear) + "</th><th colspan=\"4\">" + c.label(.expected) + "</th><th colspan=\"4\">"
            + c.label(.outcome) + "</th></tr>"
        html += "<tr><td colspan=\"4\">\(e(project.goal))</td><td colspan=\"4\">\(e(project.goalOutcome ?? c.label(.notFilledIn)))</td></tr>"
        html += "</tbody></table>"

        let rows = project.indicators
        let breaks = pageBreaks(project, c)
        // A break before the first row: the table starts on the next page, its heads with it.
        html += "<table class=\"form indicators\(breaks.first == 0 ? " newpage" : "")\">" + columns + "<thead><tr class=\"running\"><td colspan=\"9\">" + e(project.name) + "</td></tr>"
        html += "<tr>" + HTMLHeads.cells([.indicators, .category, .subcategory, .indicator, .target, .actual, .points, .score, .deviationReasonAndRemedy], c) + "</tr>"
        html += "</thead><tbody>"
        // Pages as `FormPages` breaks them; each page's first row repeats the 绩效指标, 一级 and 二级 labels.
        for (index, row) in rows.enumerated() {
            let pageStart = index == 0 || breaks.contains(index)
            let pageEnd = (breaks.first { $0 > index } ?? rows.count)
            html += pageStart && index > 0 ? "<tr class=\"break\">" : "<tr>"
            if pageStart { html += "<th rowspan=\"\(pageEnd - index)\">" + c.label(.indicators) + "</th>" }
            if pageStart || rows[index - 1].category != row.category {
                let span = rows[index..<pageEnd].prefix { $0.category == row.category }.count
                html += "<td class=\"c\" rowspan=\"\(span)\">\(e(row.category))</td>"
            }
            if pageStart || rows[index - 1].category != row.category || rows[index - 1].subcategory != row.subcategory {
                let span = rows[index..<pageEnd].prefix { $0.category == row.category && $0.subcategory == row.subcategory }.count
                html += "<td class=\"c\" rowspan=\"\(span)\">\(e(row.subcategory))</td>"
            }
            let lost = row.score < row.points
            let declared = row.declaredTarget.map { "<small class=\"typed\">" + e(c.label(.adjustedFromNote, $0)) + "</small>" } ?? ""
            html += "<td>\(e(row.name))</td><td class=\"c\">\(e(row.target ?? c.label(.noneDeclared)))\(declared)</td><td class=\"c\">\(ActualText.html(row, c))</td>"
                + "<td class=\"num\">\(Rounding.fixed(row.points))</td><td class=\"num\(lost ? " lost" : "")\">\(Rounding.fixed(row.score))</td>"
                + "<td>" + (SelfAssessmentSheet.unexplained(row, c) ? "<span class=\"warn\">" + e(SelfAssessmentSheet.deviationText(row, c)) + "</span>"
                            : e(SelfAssessmentSheet.deviationText(row, c))) + "</td></tr>"
        }
        let points = project.totals?.points.decimal ?? 0
        html += "<tr class=\"total\"><td colspan=\"6\">\(c.label(.total))</td><td class=\"num\">\(Rounding.fixed(points))</td><td class=\"num\">\(Rounding.fixed(project.total))</td><td>"
            + e(project.rescaledFrom.map { c.label(.theScoresAddUp, Rounding.fixed($0), Rounding.fixed(project.total)) } ?? "")
            + "</td></tr>"
        html += "<tr class=\"total\"><td colspan=\"6\">" + c.label(.grade) + "</td><td colspan=\"3\"><span class=\"grade\" style=\"font-size:16px;padding:2px 10px;background:"
            + "\(ReportStyle.color(forGrade: project.grade, in: cutoffs))\">\(e(c.gradeName(project.grade)))</span></td></tr>"
        return html + "</tbody></table></section>"
    }

    /// The rows (indices) that begin a printed page, from estimated heights (`PrintedRowHeight`):
    /// the section starts a page with its title, head table and the indicator table's heads, which
    /// repeat on every later page.
    static func pageBreaks(_ project: ProjectScore, _ c: MessageCatalog) -> [Int] {
        typealias H = PrintedRowHeight
        // The running line with the project's name, and the heads.
        let heads = 26 + H.line + H.padding
        let goal = H.height([(project.goal, 1...4), (project.goalOutcome ?? "", 5...8)])
        // The title, 项目名称, 主管部门, the money block's heads and rows, the goal's heads and texts.
        let top = 48 + H.height([(project.name, 1...8)]) + H.height([(project.supervisor, 1...3), (project.unit, 5...8)])
            + 6 * (H.line + H.padding) + H.line + H.padding + goal + heads
        let rows = project.indicators.map { row in
            H.height([(row.name, 3...3), (row.target ?? "", 4...4), (ActualText.shown(row).map { $0.text + ($0.typed.map { ActualText.note($0, c) } ?? "") } ?? "", 5...5),
                      (SelfAssessmentSheet.deviationText(row, c), 8...8)])
        }
        let totals = H.height([(project.rescaledFrom.map { _ in String(repeating: "各", count: 30) } ?? "", 8...8)]) + 30 + H.padding
        let room = H.pageHeight * 0.95
        return FormPages.breaks(rows: rows, totals: totals, firstPage: room - top, nextPage: room - heads)
    }
}
