import Foundation

/// One project's 项目支出绩效自评表 as a worksheet, columns A–I as the form has them: column A
/// holds the block labels (项目资金, 年度总体目标, 绩效指标); the money block's columns are the
/// 10号文's (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), its 分值 in the indicator
/// table's 分值 column (G). Its 其中 rows show their 年初预算数, and their 全年预算数, 全年执行数 and
/// 执行率 where the actuals give them (`SourceMoney`), a dash otherwise; 分值 and 得分 are dashed,
/// as the form does.
enum SelfAssessmentSheet {
    /// The row of the indicator table's heads (0-based), repeated on every printed page.
    static let headRow = 11

    static func sheet(_ project: ProjectScore, name: String, _ c: MessageCatalog, money: MoneyFormat = MoneyUnit.wanYuan.format) -> Worksheet {
        var sheet = Worksheet(name: name)
        let last = 8
        heading(&sheet, title: c.label(.projectSpendingPerformanceSelf), subtitle: project.year.map { c.label(.yearLine, String($0)) } ?? "",
                project: project.name, supervisor: project.supervisor, unit: project.unit, c)

        // Money block, as the 10号文 prints it: A label | B:C row | D 年初预算数 | E 全年预算数 | F 全年执行数 |
        // G 分值 | H 执行率 | I 得分. Its 分值 stands in the indicator table's 分值 column.
        sheet.text(4, 0, money.head(.fundsIn, c), .bold)
        sheet.merge(4, 0, toRow: 8, column: 0)
        let heads = [c.label(.budgetAtTheStart), c.label(.budget), c.label(.spent), c.label(.points), c.label(.executionRate), c.label(.score)]
        sheet.text(4, 1, "", .header)
        sheet.merge(4, 1, toRow: 4, column: 2)
        for (offset, head) in heads.enumerated() { sheet.text(4, 3 + offset, head, .header) }
        func amount(_ row: Int, _ column: Int, _ value: Decimal?) {
            if let value { sheet.number(row, column, money.value(value), money.style()) } else { sheet.text(row, column, "—", .centered) }
        }
        func rate(_ row: Int, _ value: Decimal?) {
            if let value { sheet.number(row, 7, value / 100, .percent) } else { sheet.text(row, 7, "—", .centered) }
        }
        sheet.text(5, 1, c.label(.fundsOfTheYear), .text)
        sheet.merge(5, 1, toRow: 5, column: 2)
        amount(5, 3, project.declaredBudget)
        amount(5, 4, project.budget)
        amount(5, 5, project.spent)
        sheet.number(5, 6, project.executionPoints)
        rate(5, project.executionRate)
        sheet.number(5, 8, project.executionScore)
        let labels = [c.label(.ofWhichThisYear), c.label(.carriedOverFromLast), c.label(.otherFunds)]
        for (offset, source) in project.sourceRows.enumerated() {
            let row = 6 + offset
            sheet.text(row, 1, labels[offset], .text)
            sheet.merge(row, 1, toRow: row, column: 2)
            amount(row, 3, source.declared)
            amount(row, 4, source.budget)
            amount(row, 5, source.spent)
            sheet.text(row, 6, "—", .centered)
            rate(row, source.rate)
            sheet.text(row, 8, "—", .centered)
        }

        sheet.text(9, 0, c.label(.goalOfTheYear), .bold)
        sheet.merge(9, 0, toRow: 10, column: 0)
        sheet.text(9, 1, c.label(.expected), .header)
        sheet.merge(9, 1, toRow: 9, column: 4)
        sheet.text(9, 5, c.label(.outcome), .header)
        sheet.merge(9, 5, toRow: 9, column: last)
        sheet.text(10, 1, project.goal, .wrapped)
        sheet.merge(10, 1, toRow: 10, column: 4)
        sheet.text(10, 5, project.goalOutcome ?? c.label(.notFilledIn), .wrapped)
        sheet.merge(10, 5, toRow: 10, column: last)

        sheet.text(headRow, 0, c.label(.indicators), .bold)
        let tableHeads = [c.label(.category), c.label(.subcategory), c.label(.indicator), c.label(.target), c.label(.actual), c.label(.points), c.label(.score), c.label(.deviationReasonAndRemedy)]
        for (column, head) in tableHeads.enumerated() { sheet.text(headRow, column + 1, head, .header) }
        var row = headRow + 1
        labelCells(&sheet, project.indicators, firstRow: row)
        for indicator in project.indicators {
            sheet.text(row, 3, indicator.name, .wrapped)
            // An adjusted target with the one declared at the start in small type beside it.
            if let target = indicator.target, let declared = indicator.declaredTarget {
                sheet.set(row, 4, .noted(target, note: c.label(.adjustedFromNote, declared)), .centered)
            } else {
                sheet.text(row, 4, indicator.target ?? c.label(.noneDeclared), .centered)
            }
            sheet.set(row, 5, actualCell(indicator, c), .centered)
            sheet.number(row, 6, indicator.points)
            sheet.number(row, 7, indicator.score)
            sheet.text(row, 8, deviationText(indicator, c), .wrapped)
            row += 1
        }
        sheet.merge(headRow, 0, toRow: row - 1, column: 0)
        sheet.text(row, 0, c.label(.total), .bold)
        sheet.merge(row, 0, toRow: row, column: 5)
        sheet.number(row, 6, project.totals?.points.decimal ?? 0, .boldAmount)
        sheet.number(row, 7, project.total, .boldAmount)
        if let sum = project.rescaledFrom {
            sheet.text(row, 8, c.label(.theScoresAddUp, Rounding.fixed(sum), Rounding.fixed(project.total)), .wrapped)
        } else {
            sheet.text(row, 8, "", .text)
        }
        sheet.text(row + 1, 0, c.label(.grade), .bold)
        sheet.merge(row + 1, 0, toRow: row + 1, column: 5)
        sheet.text(row + 1, 6, c.gradeName(project.grade), .bold)
        sheet.merge(row + 1, 6, toRow: row + 1, column: last)
        sheet.columnWidths = [14, 10, 14, 29, 16, 16, 11, 11, 31]
        // A project continued on the next page starts with the table's heads and the page number.
        sheet.printTitleRows = headRow...headRow
        sheet.footer = project.name + "  " + c.label(.pagePOfN)
        sheet.fitRowHeights()
        paginate(&sheet, rows: project.indicators.count)
        return sheet
    }

    /// The 一级 and 二级 labels of an indicator table (columns B and C from `firstRow`), each written
    /// once and merged over the rows it covers; shared by the project's and the department's forms.
    static func labelCells(_ sheet: inout Worksheet, _ rows: [IndicatorScore], firstRow: Int) {
        var categoryStart = firstRow
        var subcategoryStart = firstRow
        for (index, indicator) in rows.enumerated() {
            let row = firstRow + index
            let previous = index > 0 ? rows[index - 1] : nil
            if previous?.category != indicator.category {
                if index > 0 { sheet.merge(categoryStart, 1, toRow: row - 1, column: 1) }
                categoryStart = row
                sheet.text(row, 1, indicator.category, .centered)
            }
            if previous?.category != indicator.category || previous?.subcategory != indicator.subcategory {
                if index > 0 { sheet.merge(subcategoryStart, 2, toRow: row - 1, column: 2) }
                subcategoryStart = row
                sheet.text(row, 2, indicator.subcategory, .centered)
            }
        }
        guard !rows.isEmpty else { return }
        sheet.merge(categoryStart, 1, toRow: firstRow + rows.count - 1, column: 1)
        sheet.merge(subcategoryStart, 2, toRow: firstRow + rows.count - 1, column: 2)
    }

    /// The print scale of a form (percent), and the height of sheet rows that a page then holds,
    /// less room for rows a spreadsheet program draws taller than estimated: A4 landscape with
    /// 0.6 in margins is 508 pt high, 706 pt of rows at 72 %. At 72 % the form's columns fit the
    /// page's width in Excel, WPS and LibreOffice alike (LibreOffice draws them widest).
    static let printScale = 72
    static let pageRoom = 640.0

    /// Breaks the form's pages where `FormPages` says, and repeats the labels of merged cells
    /// (绩效指标, 一级指标, 二级指标) on the first row of every continued page.
    static func paginate(_ sheet: inout Worksheet, rows count: Int) {
        let first = headRow + 1
        let heights = (first..<(first + count)).map { sheet.height($0) }
        let top = (0...headRow).reduce(0.0) { $0 + sheet.height($1) }
        let totals = sheet.height(first + count) + sheet.height(first + count + 1)
        let breaks = FormPages.breaks(rows: heights, totals: totals, firstPage: pageRoom - top, nextPage: pageRoom - sheet.height(headRow))
        sheet.printScale = printScale
        for index in breaks {
            let row = index == 0 ? headRow : first + index
            if index > 0 { sheet.splitMerges(at: row) }
            sheet.rowBreaks.append(row)
        }
    }

    /// Rows 1–4 of a project's form, columns A–I: the title, the year line, 项目名称, and 主管部门 with
    /// 实施单位. Shared by the 自评表 and the monitoring form (`ProgressWorkbook`).
    static func heading(_ sheet: inout Worksheet, title: String, subtitle: String, project: String, supervisor: String,
                        unit: String, _ c: MessageCatalog) {
        let last = 8
        sheet.text(0, 0, title, .title)
        sheet.merge(0, 0, toRow: 0, column: last)
        sheet.rowHeights[0] = 26
        sheet.text(1, 0, subtitle, .centered)
        sheet.merge(1, 0, toRow: 1, column: last, style: .plain)
        sheet.text(2, 0, c.label(.projectName), .bold)
        sheet.text(2, 1, project, .wrapped)
        sheet.merge(2, 1, toRow: 2, column: last)
        sheet.text(3, 0, c.label(.supervisingDepartment), .bold)
        sheet.text(3, 1, supervisor, .wrapped)
        sheet.merge(3, 1, toRow: 3, column: 3)
        sheet.text(3, 4, c.label(.implementingUnit), .bold)
        sheet.text(3, 5, unit, .wrapped)
        sheet.merge(3, 5, toRow: 3, column: last)
    }

    /// 实际完成值 as the form shows it (`ActualText`): what was typed beside it in small type where
    /// the two differ; — when nothing was given.
    static func actualCell(_ indicator: IndicatorScore, _ c: MessageCatalog) -> Worksheet.Value {
        guard let shown = ActualText.shown(indicator) else { return .text("—") }
        if let typed = shown.typed { return .noted(shown.text, note: ActualText.note(typed, c)) }
        return actualValue(shown.text)
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
    /// A row below full points with nothing to say shows 未说明偏差原因, which a reviewer would
    /// otherwise have to ask about (the CSV and JSON keep the 偏差原因 cell as it was typed: empty).
    static func deviationText(_ indicator: IndicatorScore, _ c: MessageCatalog) -> String {
        if unexplained(indicator, c) { return c.label(.noDeviationReasonGiven) }
        var text = reasonText(indicator, c)
        if let why = ZeroReason.text(indicator, c) { text = why + (text.isEmpty ? "" : c.label(.semicolon) + text) }
        guard indicator.judged == true else { return text }
        return c.label(.scoreJudgedByThe) + (text.isEmpty ? "" : c.label(.semicolon) + text)
    }

    /// A row below full points with no 偏差原因, 改进措施 or reason of jixiao's own for a 0.
    static func unexplained(_ indicator: IndicatorScore, _ c: MessageCatalog) -> Bool {
        indicator.score < indicator.points && indicator.reason == nil && indicator.remedy == nil && indicator.judged != true
            && ZeroReason.text(indicator, c) == nil
    }

    static func reasonText(_ indicator: IndicatorScore, _ c: MessageCatalog) -> String {
        switch (indicator.reason, indicator.remedy) {
        case let (reason?, remedy?): return reason + c.label(.remedyAfterReason) + remedy
        case let (reason?, nil): return reason
        case let (nil, remedy?): return c.label(.remedyLabel) + remedy
        case (nil, nil): return ""
        }
    }
}
