import Foundation

/// `score` (default format): a line per project and the unit's line; with `detail`, each
/// project's rows with target, actual, points, score, status and working.
public enum ScorecardTable {
    public static func render(_ scorecard: Scorecard, language: Language, detail: Bool) -> String {
        let zh = language == .zh
        let c = MessageCatalog.for(language)
        var table = TextTable(
            headers: zh ? ["项目", "全年预算数(元)", "全年执行数(元)", "执行率", "预算执行得分", "总分", "等级"]
                        : ["Project", "Budget (元)", "Spent (元)", "Rate", "Execution", "Total", "Grade"],
            alignments: [.left, .right, .right, .right, .right, .right, .left])
        for project in scorecard.projects {
            table.add([project.name, Rounding.grouped(project.budget), project.spent.map { Rounding.grouped($0) } ?? "-",
                       project.executionRate.map { Rounding.fixed($0) + "%" } ?? "-", Rounding.fixed(project.executionScore),
                       Rounding.fixed(project.total), project.grade])
        }
        let unit = scorecard.unit
        table.add([(zh ? "单位 " : "Unit ") + unit.name, Rounding.grouped(unit.budget), Rounding.grouped(unit.spent),
                   unit.executionRate.map { Rounding.fixed($0) + "%" } ?? "-", "", Rounding.fixed(unit.score), unit.grade])
        var text = (zh ? "评分规则：" : "Rules: ") + "\(scorecard.rules.name) (\(scorecard.rules.file))\n\n"
        text += table.render()
        let grades = unit.grades.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
        let statuses = unit.statuses.map { "\(c.status($0.name)) \($0.count)" }.joined(separator: ", ")
        text += "\n" + (zh ? "等级：" : "Grades: ") + grades + "\n" + (zh ? "指标状态：" : "Rows: ") + statuses + "\n"
        if detail {
            for project in scorecard.projects { text += "\n" + rows(of: project, zh: zh, c) }
        }
        text += "\n" + lostSummary(scorecard, zh: zh)
        return text
    }

    /// The closing "where points were lost" lines: points lost by 一级指标 over all projects, and how
    /// many rows below full points lack a 偏差原因.
    static func lostSummary(_ scorecard: Scorecard, zh: Bool) -> String {
        let lines = LostPoints.byCategory(scorecard).filter { $0.lost > 0 }.sorted { $0.lost > $1.lost }
        let parts = lines.map { "\($0.name) \(Rounding.fixed($0.lost))" }.joined(separator: ", ")
        let unexplained = scorecard.unexplained.filter { $0.kind == .belowPoints }.count
        let below = scorecard.deviations.filter { $0.kind == .belowPoints }.count
        if zh {
            return "失分分布（各项目合计）：" + (parts.isEmpty ? "无" : parts) + "\n"
                + "未得满分的指标 \(below) 个，其中 \(unexplained) 个未填写偏差原因\n"
        }
        return "Where points were lost (all projects): " + (parts.isEmpty ? "nowhere" : parts) + "\n"
            + "Rows below full points: \(below), of which \(unexplained) without a 偏差原因\n"
    }

    static func rows(of project: ProjectScore, zh: Bool, _ c: MessageCatalog) -> String {
        var table = TextTable(
            headers: zh ? ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "状态", "计算"]
                        : ["Category", "Indicator", "Target", "Actual", "Points", "Score", "Status", "Basis"],
            alignments: [.left, .left, .left, .left, .right, .right, .left, .left])
        table.add([zh ? "预算执行" : "Execution", zh ? "执行率" : "rate",
                   Rounding.grouped(project.budget), project.spent.map { Rounding.grouped($0) } ?? "-",
                   Rounding.fixed(project.executionPoints), Rounding.fixed(project.executionScore), "", ""])
        for row in project.indicators {
            table.add([row.category, row.name, row.target ?? "-", row.actual ?? "-", Rounding.fixed(row.points),
                       Rounding.fixed(row.score), c.status(row.status), WorkingText.render(row, c)])
        }
        table.add([zh ? "总分" : "Total", "", "", "", "", Rounding.fixed(project.total), project.grade, ""])
        return "\(project.name)\n" + table.render()
    }
}
