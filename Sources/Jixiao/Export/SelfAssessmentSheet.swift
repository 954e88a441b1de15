import Foundation

/// One project's 项目支出绩效自评表 as a worksheet: title, header block, money block, goals, the
/// indicator table with merged 一级/二级 cells, and the 总分 and 等级 rows. Columns A–H.
enum SelfAssessmentSheet {
    static func sheet(_ project: ProjectScore, name: String, _ c: MessageCatalog) -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.text(0, 0, c.label("项目支出绩效自评表"), .title)
        sheet.merge(0, 0, toRow: 0, column: 7)
        sheet.rowHeights[0] = 26
        sheet.text(1, 0, project.year.map { c.label("（{0}年度）", String($0)) } ?? "", .centered)
        sheet.merge(1, 0, toRow: 1, column: 7, style: .plain)

        sheet.text(2, 0, c.label("项目名称"), .bold)
        sheet.text(2, 1, project.name, .wrapped)
        sheet.merge(2, 1, toRow: 2, column: 7)
        sheet.text(3, 0, c.label("主管部门"), .bold)
        sheet.text(3, 1, project.supervisor, .wrapped)
        sheet.merge(3, 1, toRow: 3, column: 3)
        sheet.text(3, 4, c.label("实施单位"), .bold)
        sheet.text(3, 5, project.unit, .wrapped)
        sheet.merge(3, 5, toRow: 3, column: 7)

        // Money block: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分.
        sheet.text(4, 0, c.label("项目资金（元）"), .bold)
        sheet.merge(4, 0, toRow: 8, column: 0)
        let heads = ["", c.label("年初预算数"), c.label("全年预算数"), c.label("全年执行数"), c.label("分值"), c.label("执行率"), c.label("得分")]
        for (offset, head) in heads.enumerated() { sheet.text(4, 1 + offset, head, .header) }
        sheet.text(5, 1, c.label("年度资金总额"), .text)
        sheet.number(5, 2, project.declaredBudget)
        sheet.number(5, 3, project.budget)
        if let spent = project.spent { sheet.number(5, 4, spent) } else { sheet.text(5, 4, "—", .centered) }
        sheet.number(5, 5, project.executionPoints)
        if let rate = project.executionRate { sheet.number(5, 6, rate / 100, .percent) } else { sheet.text(5, 6, "—", .centered) }
        sheet.number(5, 7, project.executionScore)
        let parts: [(String, Decimal)] = [(c.label("其中：当年财政拨款"), project.funds.fiscal), (c.label("上年结转资金"), project.funds.carryover),
                                          (c.label("其他资金"), project.funds.other)]
        for (offset, part) in parts.enumerated() {
            let row = 6 + offset
            sheet.text(row, 1, part.0, .text)
            sheet.number(row, 2, part.1)
            for column in 3...7 { sheet.text(row, column, "—", .centered) }
        }

        sheet.text(9, 0, c.label("年度总体目标"), .bold)
        sheet.merge(9, 0, toRow: 10, column: 0)
        sheet.text(9, 1, c.label("预期目标"), .header)
        sheet.merge(9, 1, toRow: 9, column: 4)
        sheet.text(9, 5, c.label("实际完成情况"), .header)
        sheet.merge(9, 5, toRow: 9, column: 7)
        sheet.text(10, 1, project.goal, .wrapped)
        sheet.merge(10, 1, toRow: 10, column: 4)
        sheet.text(10, 5, project.goalOutcome ?? "", .wrapped)
        sheet.merge(10, 5, toRow: 10, column: 7)
        let goalLines = max(DisplayWidth.of(project.goal) / 58, DisplayWidth.of(project.goalOutcome ?? "") / 44) + 1
        sheet.rowHeights[10] = Double(min(409, max(2, goalLines) * 15))

        let tableHeads = [c.label("一级指标"), c.label("二级指标"), c.label("三级指标"), c.label("年度指标值"), c.label("实际完成值"), c.label("分值"), c.label("得分"), c.label("偏差原因分析及改进措施")]
        for (column, head) in tableHeads.enumerated() { sheet.text(11, column, head, .header) }
        var row = 12
        var categoryStart = row
        var subcategoryStart = row
        for (index, indicator) in project.indicators.enumerated() {
            let previous = index > 0 ? project.indicators[index - 1] : nil
            if previous?.category != indicator.category {
                if index > 0 { sheet.merge(categoryStart, 0, toRow: row - 1, column: 0) }
                categoryStart = row
                sheet.text(row, 0, indicator.category, .centered)
            }
            if previous?.category != indicator.category || previous?.subcategory != indicator.subcategory {
                if index > 0 { sheet.merge(subcategoryStart, 1, toRow: row - 1, column: 1) }
                subcategoryStart = row
                sheet.text(row, 1, indicator.subcategory, .centered)
            }
            sheet.text(row, 2, indicator.name, .wrapped)
            sheet.text(row, 3, indicator.target ?? c.label("（未申报）"), .centered)
            sheet.set(row, 4, actualValue(indicator.actual), .centered)
            sheet.number(row, 5, indicator.points)
            sheet.number(row, 6, indicator.score)
            sheet.text(row, 7, deviationText(indicator, c), .wrapped)
            row += 1
        }
        if !project.indicators.isEmpty {
            sheet.merge(categoryStart, 0, toRow: row - 1, column: 0)
            sheet.merge(subcategoryStart, 1, toRow: row - 1, column: 1)
        }
        sheet.text(row, 0, c.label("总分"), .bold)
        sheet.merge(row, 0, toRow: row, column: 4)
        sheet.number(row, 5, project.indicators.reduce(project.executionPoints) { $0 + $1.points }, .boldAmount)
        sheet.number(row, 6, project.total, .boldAmount)
        if let sum = project.rescaledFrom {
            sheet.text(row, 7, c.label("各项得分合计 {0}，按百分制折算为 {1}", Rounding.fixed(sum), Rounding.fixed(project.total)), .wrapped)
        } else {
            sheet.text(row, 7, "", .text)
        }
        sheet.text(row + 1, 0, c.label("等级"), .bold)
        sheet.merge(row + 1, 0, toRow: row + 1, column: 4)
        sheet.text(row + 1, 5, project.grade, .bold)
        sheet.merge(row + 1, 5, toRow: row + 1, column: 7)
        sheet.columnWidths = [12, 20, 34, 16, 16, 9, 9, 36]
        // A project continued on the next page starts with the table's heads and the page number.
        sheet.printTitleRows = 11...11
        sheet.footer = project.name + "  " + c.label("第 &P 页，共 &N 页")
        sheet.fitRowHeights()
        return sheet
    }

    /// 实际完成值 as a cell: a plain number typed as a number (`365`, `0.97`) is stored as one, so
    /// that Excel and WPS do not flag a number kept as text; anything else (`100%`, `87.30万元`,
    /// `达成`, and a number whose digits a spreadsheet would show differently, such as `1.50`) stays
    /// text as typed.
    static func actualValue(_ text: String?) -> Worksheet.Value {
        guard let text, let number = DecimalLiteral.parseWhole(text), DecimalText.string(number) == text else {
            return .text(text ?? "")
        }
        return .number(number)
    }

    /// 偏差原因 and 改进措施 in one cell, as the form has them; a score that is the unit's own
    /// 自评得分 says so first, and a row that scored 0 for want of a value says why (`ZeroReason`).
    static func deviationText(_ indicator: IndicatorScore, _ c: MessageCatalog) -> String {
        var text = reasonText(indicator, c)
        if let why = ZeroReason.text(indicator, c) { text = why + (text.isEmpty ? "" : c.label("；") + text) }
        guard indicator.judged == true else { return text }
        return c.label("单位自评得分") + (text.isEmpty ? "" : c.label("；") + text)
    }

    static func reasonText(_ indicator: IndicatorScore, _ c: MessageCatalog) -> String {
        switch (indicator.reason, indicator.remedy) {
        case let (reason?, remedy?): return reason + c.label("；改进措施：") + remedy
        case let (reason?, nil): return reason
        case let (nil, remedy?): return c.label("改进措施：") + remedy
        case (nil, nil): return ""
        }
    }
}
