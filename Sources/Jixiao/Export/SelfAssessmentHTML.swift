import Foundation

/// One project's 项目支出绩效自评表 as an HTML table, laid out like the form (and the workbook sheet).
enum SelfAssessmentHTML {
    static func section(_ project: ProjectScore, cutoffs: [GradeCutoff], c: MessageCatalog) -> String {
        func e(_ text: String) -> String { XMLText.escape(text) }
        func money(_ value: Decimal?) -> String { value.map { Rounding.grouped($0) } ?? "—" }
        var html = "<section class=\"project\"><h2>" + c.label("项目支出绩效自评表") + (project.year.map { c.label("（{0}年度）", String($0)) } ?? "") + "</h2>"
        html += "<table><tbody>"
        html += "<tr><th>\(c.label("项目名称"))</th><td colspan=\"7\">\(e(project.name))</td></tr>"
        html += "<tr><th>\(c.label("主管部门"))</th><td colspan=\"3\">\(e(project.supervisor))</td><th>\(c.label("实施单位"))</th><td colspan=\"3\">\(e(project.unit))</td></tr>"
        html += c.label("<tr><th rowspan=\"5\">项目资金（元）</th><th></th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>")
        html += "<tr><td>\(c.label("年度资金总额"))</td><td class=\"num\">\(money(project.declaredBudget))</td><td class=\"num\">\(money(project.budget))</td>"
            + "<td class=\"num\">\(money(project.spent))</td><td class=\"num\">\(Rounding.fixed(project.executionPoints))</td>"
            + "<td class=\"num\">\(project.executionRate.map { Rounding.fixed($0) + "%" } ?? "—")</td>"
            + "<td class=\"num\">\(Rounding.fixed(project.executionScore))</td></tr>"
        for (label, value) in [(c.label("其中：当年财政拨款"), project.funds.fiscal), (c.label("上年结转资金"), project.funds.carryover), (c.label("其他资金"), project.funds.other)] {
            html += "<tr><td>\(label)</td><td class=\"num\">\(money(value))</td><td class=\"c\">—</td><td class=\"c\">—</td><td class=\"c\">—</td><td class=\"c\">—</td><td class=\"c\">—</td></tr>"
        }
        html += c.label("<tr><th rowspan=\"2\">年度总体目标</th><th colspan=\"4\">预期目标</th><th colspan=\"3\">实际完成情况</th></tr>")
        html += "<tr><td colspan=\"4\">\(e(project.goal))</td><td colspan=\"3\">\(e(project.goalOutcome ?? ""))</td></tr>"
        html += c.label("<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr>")
        let rows = project.indicators
        for (index, row) in rows.enumerated() {
            html += "<tr>"
            if index == 0 || rows[index - 1].category != row.category {
                let span = rows[index...].prefix { $0.category == row.category }.count
                html += "<td class=\"c\" rowspan=\"\(span)\">\(e(row.category))</td>"
            }
            if index == 0 || rows[index - 1].category != row.category || rows[index - 1].subcategory != row.subcategory {
                let span = rows[index...].prefix { $0.category == row.category && $0.subcategory == row.subcategory }.count
                html += "<td class=\"c\" rowspan=\"\(span)\">\(e(row.subcategory))</td>"
            }
            let lost = row.score < row.points
            html += "<td>\(e(row.name))</td><td class=\"c\">\(e(row.target ?? c.label("（未申报）")))</td><td class=\"c\">\(e(row.actual ?? "—"))</td>"
                + "<td class=\"num\">\(Rounding.fixed(row.points))</td><td class=\"num\(lost ? " lost" : "")\">\(Rounding.fixed(row.score))</td>"
                + "<td>\(e(SelfAssessmentSheet.deviationText(row, c)))</td></tr>"
        }
        let points = rows.reduce(project.executionPoints) { $0 + $1.points }
        html += "<tr class=\"total\"><td colspan=\"5\">\(c.label("总分"))</td><td class=\"num\">\(Rounding.fixed(points))</td><td class=\"num\">\(Rounding.fixed(project.total))</td><td>"
            + e(project.rescaledFrom.map { c.label("各项得分合计 {0}，按百分制折算为 {1}", Rounding.fixed($0), Rounding.fixed(project.total)) } ?? "")
            + "</td></tr>"
        html += c.label("<tr class=\"total\"><td colspan=\"5\">等级</td><td colspan=\"3\"><span class=\"grade\" style=\"font-size:16px;padding:2px 10px;background:")
            + "\(ReportStyle.color(forGrade: project.grade, in: cutoffs))\">\(e(project.grade))</span></td></tr>"
        return html + "</tbody></table></section>"
    }
}
