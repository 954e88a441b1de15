import Foundation

/// `score --format html`: one self-contained page (inline CSS and SVG; no script, no font or
/// image from the network): the unit's score and grade, a bar chart of project totals coloured by
/// grade, where points were lost (by category and by project), the rows below full points with
/// their reasons, then each project's 自评表. Prints on A4 with a page per project.
public enum ScorecardHTML {
    public static func html(_ scorecard: Scorecard) -> Data {
        let unit = scorecard.unit
        let cutoffs = scorecard.rules.grades
        var page = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        page += "<title>\(e(unit.name)) 绩效自评报告</title><style>\(ReportStyle.css)</style></head><body>\n"
        page += "<h1>\(e(unit.name)) 项目支出绩效自评报告</h1>"
        page += "<div class=\"muted\">评分规则 \(e(scorecard.rules.name))：\(e(scorecard.rules.title))</div>\n"
        page += "<div class=\"hero\"><div><div class=\"muted\">单位得分（预算加权）</div><div class=\"score\">\(Rounding.fixed(unit.score))</div></div>"
        page += "<span class=\"grade\" style=\"background:\(ReportStyle.color(forGrade: unit.grade, in: cutoffs))\">\(e(unit.grade))</span>"
        page += "<div class=\"facts\"><div>项目<b>\(unit.projects)</b></div><div>全年预算数（元）<b>\(Rounding.grouped(unit.budget))</b></div>"
        page += "<div>全年执行数（元）<b>\(Rounding.grouped(unit.spent))</b></div>"
        page += "<div>执行率<b>\(unit.executionRate.map { Rounding.fixed($0) + "%" } ?? "—")</b></div></div></div>\n"
        page += "<div class=\"muted\">等级：" + unit.grades.map { "\(e($0.name)) \($0.count)" }.joined(separator: "，")
            + "；指标：" + unit.statuses.map { "\(e(StatusText.chinese($0.name))) \($0.count)" }.joined(separator: "，") + "</div>\n"

        page += "<h2>项目总分</h2>"
        let totals = BarChart(bars: scorecard.projects.map {
            BarChart.Bar(label: $0.name, value: $0.total, color: ReportStyle.color(forGrade: $0.grade, in: cutoffs), note: $0.grade)
        }, maximum: 100, marks: cutoffs.filter { $0.min > 0 }.map { ($0.min, "\($0.grade) \($0.min)") })
        page += totals.svg(title: "项目总分") + "\n"

        page += "<h2>失分在哪里</h2>" + LostPoints.section(scorecard) + "\n"
        page += "<h2>未得满分的指标</h2>" + belowFull(scorecard) + "\n"
        for project in scorecard.projects { page += SelfAssessmentHTML.section(project, cutoffs: cutoffs) + "\n" }
        page += "</body></html>\n"
        return Data(page.utf8)
    }

    static func belowFull(_ scorecard: Scorecard) -> String {
        var rows = ""
        for project in scorecard.projects {
            for row in project.indicators where row.score < row.points {
                let reason = SelfAssessmentSheet.deviationText(row)
                rows += "<tr><td>\(e(project.name))</td><td>\(e(row.name))</td><td class=\"c\">\(e(row.target ?? "—"))</td>"
                    + "<td class=\"c\">\(e(row.actual ?? "—"))</td><td class=\"num\">\(Rounding.fixed(row.points))</td>"
                    + "<td class=\"num\">\(Rounding.fixed(row.score))</td><td class=\"num lost\">−\(Rounding.fixed(row.points - row.score))</td>"
                    + "<td>" + (reason.isEmpty ? "<span class=\"warn\">未说明偏差原因</span>" : e(reason)) + "</td></tr>"
            }
        }
        if rows.isEmpty { return "<p>所有指标均得满分。</p>" }
        return "<table><thead><tr><th>项目</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th>"
            + "<th>失分</th><th>偏差原因分析及改进措施</th></tr></thead><tbody>" + rows + "</tbody></table>"
    }

    static func e(_ text: String) -> String { XMLText.escape(text) }
}
