import Foundation

/// `rollup --format xlsx`: sheets 单位汇总 (a row per unit and the commission row), 项目 (a row per
/// project) and 未得满分指标 (every row below full points, with its reason).
public enum CommissionWorkbook {
    public static func xlsx(_ summary: CommissionSummary, language: Language) -> Data {
        let c = MessageCatalog.for(language)
        var units = Worksheet(name: c.label("单位汇总"))
        units.text(0, 0, CommissionTable.title(summary, c), .title)
        units.merge(0, 0, toRow: 0, column: 6)
        let heads = [c.label("单位"), c.label("项目数"), c.label("全年预算数（元）"), c.label("全年执行数（元）"), c.label("执行率"), c.label("得分"), c.label("等级")]
        for (column, head) in heads.enumerated() { units.text(1, column, head, .header) }
        var row = 2
        for unit in summary.units {
            units.text(row, 0, unit.name, .wrapped)
            units.number(row, 1, Decimal(unit.projects), .centered)
            units.number(row, 2, unit.budget)
            units.number(row, 3, unit.spent)
            if let rate = unit.executionRate { units.number(row, 4, rate / 100, .percent) } else { units.text(row, 4, "—", .centered) }
            units.number(row, 5, unit.score)
            units.text(row, 6, unit.grade, .centered)
            row += 1
        }
        units.text(row, 0, c.label("合计（预算加权）"), .bold)
        units.number(row, 1, Decimal(summary.projects.count), .bold)
        units.number(row, 2, summary.budget, .boldAmount)
        units.number(row, 3, summary.spent, .boldAmount)
        if let rate = summary.executionRate { units.number(row, 4, rate / 100, .percent) } else { units.text(row, 4, "—", .centered) }
        units.number(row, 5, summary.score, .boldAmount)
        units.text(row, 6, summary.grade, .bold)
        row += 2
        units.text(row, 0, c.label("项目等级"), .header)
        units.text(row, 1, c.label("项目数"), .header)
        for grade in summary.gradeOrder {
            row += 1
            units.text(row, 0, grade, .centered)
            units.number(row, 1, Decimal(summary.grades[grade] ?? 0), .centered)
        }
        units.columnWidths = [36, 8, 18, 18, 10, 10, 8]
        units.fitRowHeights()

        var projects = Worksheet(name: c.label("项目"))
        for (column, head) in [c.label("单位"), c.label("项目名称"), c.label("全年预算数（元）"), c.label("全年执行数（元）"), c.label("总分"), c.label("等级")].enumerated() {
            projects.text(0, column, head, .header)
        }
        for (index, project) in summary.projects.enumerated() {
            projects.text(index + 1, 0, project.unit, .wrapped)
            projects.text(index + 1, 1, project.name, .wrapped)
            projects.number(index + 1, 2, project.budget)
            if let spent = project.spent { projects.number(index + 1, 3, spent) } else { projects.text(index + 1, 3, "—", .centered) }
            projects.number(index + 1, 4, project.total)
            projects.text(index + 1, 5, project.grade, .centered)
        }
        projects.columnWidths = [28, 40, 18, 18, 10, 8]
        projects.fitRowHeights()

        var rows = Worksheet(name: c.label("未得满分指标"))
        for (column, head) in [c.label("单位"), c.label("项目"), c.label("三级指标"), c.label("年度指标值"), c.label("实际完成值"), c.label("分值"), c.label("得分"), c.label("状态"), c.label("偏差原因")].enumerated() {
            rows.text(0, column, head, .header)
        }
        for (index, line) in summary.belowFull.enumerated() {
            let r = index + 1
            rows.text(r, 0, line.unit, .wrapped)
            rows.text(r, 1, line.project, .wrapped)
            rows.text(r, 2, line.indicator, .wrapped)
            rows.text(r, 3, line.target ?? "", .centered)
            rows.set(r, 4, SelfAssessmentSheet.actualValue(line.actual), .centered)
            rows.number(r, 5, line.points)
            rows.number(r, 6, line.score)
            rows.text(r, 7, c.status(line.status.rawValue), .centered)
            rows.text(r, 8, line.reason ?? "", .wrapped)
        }
        rows.columnWidths = [20, 26, 32, 14, 14, 8, 8, 14, 36]
        rows.fitRowHeights()
        return WorkbookWriter.xlsx([units, projects, rows])
    }
}
