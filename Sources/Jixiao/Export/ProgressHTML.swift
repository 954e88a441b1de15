import Foundation

/// `monitor --format html`: one self-contained page — the projects behind time progress, the rows
/// 有可能 or 不可能 to reach their targets, then each project's 执行监控表, and 审核提示.
public enum ProgressHTML {
    public static func html(_ report: ProgressReport, language: Language, money unit: MoneyUnit = .yuan) -> Data {
        let c = MessageCatalog.for(language)
        let money = unit.format
        func e(_ text: String) -> String { XMLText.escape(text) }
        let title = e(ProgressText.title(report, c))
        let month = c.month(report.month)
        var page = "<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"><title>\(title)</title>"
        page += "<style>\(ReportStyle.css)</style></head><body>\n<h1>\(title)</h1>"
        page += "<div class=\"muted\">" + [c.label("时间进度 {0}；评分规则 {1}", ProgressText.rate(report.timeProgress), report.rules), money.note(c)]
            .compactMap { $0.map(e) }.joined(separator: c.label("；")) + "</div>\n"
        page += "<p>" + e(ProgressText.reportedLine(report, c)) + "</p>\n"
        page += "<h2>" + e(c.label("执行进度落后于时间进度的项目（{0} 个）", String(report.behind.count))) + "</h2>"
        page += "<table><thead><tr><th>\(c.label("项目名称"))</th><th>\(e(money.head("全年预算数（{0}）", c)))</th>"
            + "<th>\(e(c.label("1-{0}月执行数（{1}）", month, money.unit.rawValue)))</th><th>\(c.label("执行率"))</th><th>\(c.label("时间进度"))</th></tr></thead><tbody>"
        for project in report.behind {
            page += "<tr><td>\(e(project.name))</td><td class=\"num\">\(money.text(project.budget))</td>"
                + "<td class=\"num\">\(project.spent.map { money.text($0) } ?? "—")</td><td class=\"num lost\">\(ProgressText.rate(project.execution.rate))</td>"
                + "<td class=\"num\">\(ProgressText.rate(project.execution.timeProgress))</td></tr>"
        }
        page += "</tbody></table>\n<h2>" + e(c.label("有可能或不可能完成的指标（{0} 个）", String(report.atRisk.count))) + "</h2>"
        page += "<table><thead><tr><th>\(c.label("项目名称"))</th><th>\(c.label("三级指标"))</th><th>\(c.label("年度指标值"))</th>"
            + "<th>\(e(c.label("1-{0}月完成值", month)))</th><th>\(c.label("全年预计完成值"))</th><th>\(c.label("完成目标可能性"))</th>"
            + "<th>\(c.label("偏差原因分析"))</th><th>\(c.label("改进措施"))</th></tr></thead><tbody>"
        for (project, row) in report.atRisk {
            page += "<tr><td>\(e(project))</td><td>\(e(row.name))</td><td class=\"c\">\(e(row.target ?? c.label("（未申报）")))</td>"
                + "<td class=\"c\">\(e(row.actual ?? "—"))</td><td class=\"c\">\(e(row.forecast ?? ""))</td>"
                + "<td class=\"c lost\">\(e(ProgressText.likelihood(row.likelihood, c)))</td>"
                + "<td>\(row.reason.map(e) ?? "<span class=\"warn\">" + c.label("未说明偏差原因") + "</span>")</td><td>\(e(row.remedy ?? ""))</td></tr>"
        }
        page += "</tbody></table>\n"
        page += "<h2>" + e(c.label("未报送进度的项目（{0} 个）", String(report.unreported.count))) + "</h2>"
        page += report.unreported.isEmpty ? "" : "<p>" + e(report.unreported.map(\.name).joined(separator: c.label("、"))) + "</p>\n"
        for project in report.projects {
            page += "<section class=\"project\"><h2>" + c.label("项目支出绩效目标执行监控表") + "</h2>"
            page += "<table class=\"form\"><tbody><tr><th>\(c.label("项目名称"))</th><td colspan=\"5\">\(e(project.name))</td></tr>"
            page += "<tr><th>\(c.label("主管部门"))</th><td colspan=\"2\">\(e(project.supervisor))</td><th>\(c.label("实施单位"))</th>"
                + "<td colspan=\"2\">\(e(project.unit))</td></tr>"
            page += "<tr><th>\(c.label("年初预算数"))</th><th>\(c.label("全年预算数"))</th><th>\(e(c.label("1-{0}月执行数", month)))</th>"
                + "<th>\(c.label("执行率"))</th><th>\(c.label("时间进度"))</th><th>\(c.label("全年预计执行数"))</th></tr>"
            page += "<tr><td class=\"num\">\(money.text(project.declaredBudget))</td><td class=\"num\">\(money.text(project.budget))</td>"
                + "<td class=\"num\">\(project.spent.map { money.text($0) } ?? "—")</td>"
                + "<td class=\"num\(project.execution.behind ? " lost" : "")\">\(ProgressText.rate(project.execution.rate))</td>"
                + "<td class=\"num\">\(ProgressText.rate(project.execution.timeProgress))</td>"
                + "<td class=\"num\">\(project.forecastSpent.map { money.text($0) } ?? "")</td></tr></tbody></table>"
            page += "<table class=\"form indicators\"><thead><tr class=\"running\"><td colspan=\"9\">\(e(project.name))</td></tr><tr>"
                + "<th>\(c.label("一级指标"))</th><th>\(c.label("二级指标"))</th><th>\(c.label("三级指标"))</th><th>\(c.label("年度指标值"))</th><th>\(e(c.label("1-{0}月完成值", month)))</th>"
                + "<th>\(c.label("全年预计完成值"))</th><th>\(c.label("完成目标可能性"))</th><th>\(c.label("偏差原因分析"))</th><th>\(c.label("改进措施"))</th></tr></thead><tbody>"
            for row in project.indicators {
                var likelihood = e(ProgressText.likelihood(row.likelihood, c))
                if let judged = row.judged, judged != row.likelihood {
                    likelihood += e(c.label("（单位判断：{0}）", ProgressText.likelihood(judged, c)))
                }
                page += "<tr><td class=\"c\">\(e(row.category))</td><td class=\"c\">\(e(row.subcategory))</td><td>\(e(row.name))</td><td class=\"c\">\(e(row.target ?? c.label("（未申报）")))</td>"
                    + "<td class=\"c\">\(e(row.actual ?? "—"))</td><td class=\"c\">\(e(row.forecast ?? ""))</td>"
                    + "<td class=\"c\(row.likelihood.needsReason ? " lost" : "")\">\(likelihood)</td><td>\(e(row.reason ?? ""))</td><td>\(e(row.remedy ?? ""))</td></tr>"
            }
            page += "</tbody></table></section>\n"
        }
        page += "<section class=\"notes\"><h2>" + c.label("审核提示") + "</h2>" + ReviewNotes.html(report.diagnostics, c) + "</section>\n"
        return Data((page + "</body></html>\n").utf8)
    }
}
