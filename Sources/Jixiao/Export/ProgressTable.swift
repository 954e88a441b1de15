import Foundation

/// `monitor` (default format): per project its execution to date against time progress, then a
/// line per row with the value to date, the forecast, the expected value of a cumulative row and
/// the likelihood (the unit's own judgement beside it); then the projects behind and the rows at risk.
public enum ProgressTable {
    public static func render(_ report: ProgressReport, language: Language) -> String {
        let c = MessageCatalog.for(language)
        var text = ProgressText.title(report, c) + "\n"
        text += c.label(.timeProgressAndRules, ProgressText.rate(report.timeProgress), report.rules) + "\n\n"
        var projects = TextTable(headers: [.project, .budgetYuan, .spentToDate, .executionRate, .timeProgress, .progress].map { c.label($0) },
                                 alignments: [.left, .right, .right, .right, .right, .left])
        for project in report.projects {
            projects.add([project.name, Rounding.grouped(project.budget), project.spent.map { Rounding.grouped($0) } ?? "-",
                          ProgressText.rate(project.execution.rate), ProgressText.rate(project.execution.timeProgress),
                          project.execution.behind ? c.label(.behind) : ""])
        }
        text += projects.render()
        for project in report.projects {
            var rows = TextTable(headers: [.indicator, .target, .valueToDate, .forecast, .expectedToDate, .likelihood, .unitJudgement].map { c.label($0) },
                                 alignments: [.left, .left, .left, .left, .right, .left, .left])
            for row in project.indicators {
                rows.add([row.name, row.target ?? c.label(.noneDeclared), row.actual ?? "-", row.forecast ?? "",
                          ProgressText.expected(row), ProgressText.likelihood(row.likelihood, c), ProgressText.likelihood(row.judged, c)])
            }
            text += "\n" + project.name + "\n" + rows.render()
        }
        text += "\n" + c.label(.projectsBehindTimeProgress) + String(report.behind.count)
        text += "\n" + c.label(.rowsAtRiskOr) + String(report.atRisk.count)
        text += "\n" + ProgressText.reportedLine(report, c) + "\n"
        return text
    }

    public static func json(_ report: ProgressReport, language: Language) -> Data {
        JSONDocument.encode(report, as: "monitor", diagnostics: report.diagnostics, language: language)
    }
}
