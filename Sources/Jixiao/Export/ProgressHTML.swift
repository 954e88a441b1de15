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
        page += "<div class=\"muted\">" + [c.label(.timeProgressAndRules, ProgressText.rate(report.timeProgress), report.rules), money.note(c)]
            .compactMap { $0.map(e) }.joined(separator: c.label(.semicolon)) + "</div>\n"
        page += "<p>" + e(ProgressText.reportedLine(report, c)) + "</p>\n"
        page += "<h2>" + e(c.label(.projectsWhoseSpendingLags, String(report.behind.count))) + "</h2>"
        page += "<table><thead><tr><th>\(c.label(.projectName))</th><th>\(e(money.head(.budgetIn, c)))</th>"
            + "<th>\(e(c.label(.spentToDateIn, month, money.unit.rawValue)))</th><th>\(c.label(.executionRate))</th><th>\(c.label(.timeProgress))</th></tr></thead><tbody>"
        for project in report.behind {
            page += "<tr><td>\(e(project.name))</td><td class=\"num\">\(money.text(project.budget))</td>"
                + "<td class=\"num\">\(project.spent.map { money.text($0) } ?? "—")</td><td class=\"num lost\">\(ProgressText.rate(project.execution.rate))</td>"
                + "<td class=\"num\">\(ProgressText.rate(project.execution.timeProgress))</td></tr>"
        }
        page += "</tbody></table>\n<h2>" + e(c.label(.rowsAtRiskOf, String(report.atRisk.count))) + "</h2>"
        page += "<table><thead><tr><th>\(c.label(.projectName))</th><th>\(c.label(.indicator))</th><th>\(c.label(.target))</th>"
            + "<th>\(e(c.label(.valueToDateMonths, month)))</th><th>\(c.label(.forecastForTheYear))</th><th>\(c.label(.likelihoodOfReachingThe))</th>"
            + "<th>\(c.label(.deviationAnalysis))</th><th>\(c.label(.remedy))</th></tr></thead><tbody>"
        for (project, row) in report.atRisk {
            page += "<tr><td>\(e(project))</td><td>\(e(row.name))</td><td class=\"c\">\(e(row.target ?? c.label(.noneDeclared)))</td>"
                + "<td class=\"c\">\(e(row.actual ?? "—"))</td><td class=\"c\">\(e(row.forecast ?? ""))</td>"
                + "<td class=\"c lost\">\(e(ProgressText.likelihood(row.likelihood, c)))</td>"
                + "<td>\(row.reason.map(e) ?? "<span class=\"warn\">" + c.label(.noDeviationReasonGiven) + "</span>")</td><td>\(e(row.remedy ?? ""))</td></tr>"
        }
        page += "</tbody></table>\n"
        page += "<h2>" + e(c.label(.projectsWithNoProgress, String(report.unreported.count))) + "</h2>"
        page += report.unreported.isEmpty ? "" : "<p>" + e(report.unreported.map(\.name).joined(separator: c.label(.listSeparator))) + "</p>\n"
        for project in report.projects {
            page += "<section class=\"project\"><h2>" + c.label(.projectSpendingPerformanceMonitoring) + "</h2>"
            page += "<table class=\"form\"><tbody><tr><th>\(c.label(.projectName))</th><td colspan=\"5\">\(e(project.name))</td></tr>"
            page += "<tr><th>\(c.label(.supervisingDepartment))</th><td colspan=\"2\">\(e(project.supervisor))</td><th>\(c.label(.implementingUnit))</th>"
                + "<td colspan=\"2\">\(e(project.unit))</td></tr>"
            page += "<tr><th>\(c.label(.budgetAtTheStart))</th><th>\(c.label(.budget))</th><th>\(e(c.label(.spentToDateMonths, month)))</th>"
                + "<th>\(c.label(.executionRate))</th><th>\(c.label(.timeProgress))</th><th>\(c.label(.forecastSpendingForThe))</th></tr>"
            page += "<tr><td class=\"num\">\(money.text(project.declaredBudget))</td><td class=\"num\">\(money.text(project.budget))</td>"
                + "<td class=\"num\">\(project.spent.map { money.text($0) } ?? "—")</td>"
                + "<td class=\"num\(project.execution.behind ? " lost" : "")\">\(ProgressText.rate(project.execution.rate))</td>"
                + "<td class=\"num\">\(ProgressText.rate(project.execution.timeProgress))</td>"
                + "<td class=\"num\">\(project.forecastSpent.map { money.text($0) } ?? "")</td></tr></tbody></table>"
            page += "<table class=\"form indicators\"><thead><tr class=\"running\"><td colspan=\"9\">\(e(project.name))</td></tr><tr>"
                + "<th>\(c.label(.category))</th><th>\(c.label(.subcategory))</th><th>\(c.label(.indicator))</th><th>\(c.label(.target))</th><th>\(e(c.label(.valueToDateMonths, month)))</th>"
                + "<th>\(c.label(.forecastForTheYear))</th><th>\(c.label(.likelihoodOfReachingThe))</th><th>\(c.label(.deviationAnalysis))</th><th>\(c.label(.remedy))</th></tr></thead><tbody>"
            for row in project.indicators {
                var likelihood = e(ProgressText.likelihood(row.likelihood, c))
                if let judged = row.judged, judged != row.likelihood {
                    likelihood += e(c.label(.unitJudgementNote, ProgressText.likelihood(judged, c)))
                }
                page += "<tr><td class=\"c\">\(e(row.category))</td><td class=\"c\">\(e(row.subcategory))</td><td>\(e(row.name))</td><td class=\"c\">\(e(row.target ?? c.label(.noneDeclared)))</td>"
                    + "<td class=\"c\">\(e(row.actual ?? "—"))</td><td class=\"c\">\(e(row.forecast ?? ""))</td>"
                    + "<td class=\"c\(row.likelihood.needsReason ? " lost" : "")\">\(likelihood)</td><td>\(e(row.reason ?? ""))</td><td>\(e(row.remedy ?? ""))</td></tr>"
            }
            page += "</tbody></table></section>\n"
        }
        page += "<section class=\"notes\"><h2>" + c.label(.reviewNotes) + "</h2>" + ReviewNotes.html(report.diagnostics, c) + "</section>\n"
        return Data((page + "</body></html>\n").utf8)
    }
}
