import Foundation

/// `monitor` (default format): per project its execution to date against time progress, then a
/// line per row with the value to date, the forecast, the expected value of a cumulative row and
/// the likelihood (the unit's own judgement beside it); then the projects behind and the rows at risk.
public enum ProgressTable {
    public static func render(_ report: ProgressReport, language: Language) -> String {
        let c = MessageCatalog.for(language)
        var text = ProgressText.title(report, c) + "\n"
        text += c.label("时间进度 {0}；评分规则 {1}", ProgressText.rate(report.timeProgress), report.rules) + "\n\n"
        var projects = TextTable(headers: ["项目", "全年预算数(元)", "执行数(元)", "执行率", "时间进度", "进度"].map { c.label($0) },
                                 alignments: [.left, .right, .right, .right, .right, .left])
        for project in report.projects {
            projects.add([project.name, Rounding.grouped(project.budget), project.spent.map { Rounding.grouped($0) } ?? "-",
                          ProgressText.rate(project.execution.rate), ProgressText.rate(project.execution.timeProgress),
                          project.execution.behind ? c.label("落后") : ""])
        }
        text += projects.render()
        for project in report.projects {
            var rows = TextTable(headers: ["三级指标", "年度指标值", "完成值", "预计完成值", "按进度应达", "可能性", "单位判断"].map { c.label($0) },
                                 alignments: [.left, .left, .left, .left, .right, .left, .left])
            for row in project.indicators {
                rows.add([row.name, row.target ?? c.label("（未申报）"), row.actual ?? "-", row.forecast ?? "",
                          ProgressText.expected(row), ProgressText.likelihood(row.likelihood, c), ProgressText.likelihood(row.judged, c)])
            }
            text += "\n" + project.name + "\n" + rows.render()
        }
        text += "\n" + c.label("落后于时间进度的项目：") + String(report.behind.count)
        text += "\n" + c.label("有可能或不可能完成的指标：") + String(report.atRisk.count)
        text += "\n" + ProgressText.reportedLine(report, c) + "\n"
        return text
    }

    public static func json(_ report: ProgressReport, language: Language) -> Data {
        JSONDocument.encode(report, as: "monitor", diagnostics: report.diagnostics, language: language)
    }
}
