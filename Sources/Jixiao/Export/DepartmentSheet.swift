import Foundation

/// The 部门整体支出绩效自评表 as a worksheet, columns A–K, in the layout of the published department
/// forms: the title and year; 部门名称; the money block (合计, each source and each kind of spending,
/// with 年初预算数, 调整后预算数, 全年执行数 and 执行率; 预算执行's 分值 and 得分 on the 合计 line); the
/// year's tasks with what was done; 年度总体目标; the indicator table with both targets, 核心指标 and
/// the reasons; 总分 and 等级. Every figure is the scorecard's (`DepartmentScore`).
enum DepartmentSheet {
    static let last = 10

    static func sheet(_ department: DepartmentScore, name: String, _ c: MessageCatalog, money: MoneyFormat) -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.text(0, 0, c.label(.departmentFormTitle), .title)
        sheet.merge(0, 0, toRow: 0, column: last)
        sheet.rowHeights[0] = 26
        sheet.text(1, 0, department.year.map { c.label(.yearLine, String($0)) } ?? "", .centered)
        sheet.merge(1, 0, toRow: 1, column: last, style: .plain)
        sheet.text(2, 0, c.label(.departmentName), .bold)
        sheet.text(2, 1, department.name, .wrapped)
        sheet.merge(2, 1, toRow: 2, column: last)

        // Money: the 合计 line first, with 预算执行's 分值 and 得分; then the sources and the kinds.
        var row = 3
        let heads = [c.label(.budgetAtTheStart), c.label(.adjustedBudget), c.label(.spent), c.label(.executionRate), c.label(.points), c.label(.score)]
        sheet.text(row, 1, c.label(.sourceOrKind), .header)
        sheet.merge(row, 1, toRow: row, column: 2)
        for (offset, head) in heads.enumerated() { sheet.text(row, 3 + offset, head, .header) }
        sheet.merge(row, 8, toRow: row, column: last)
        let start = row
        let lines = department.money.filter { $0.kind == .total } + department.money.filter { $0.kind != .total }
        for line in lines {
            row += 1
            sheet.text(row, 1, line.kind == .total ? c.label(.fundsOfTheYear) : line.label, line.kind == .total ? .bold : .text)
            sheet.merge(row, 1, toRow: row, column: 2)
            sheet.number(row, 3, money.value(line.declared), money.style())
            sheet.number(row, 4, money.value(line.adjusted), money.style())
            if let spent = line.spent { sheet.number(row, 5, money.value(spent), money.style()) } else { sheet.text(row, 5, "—", .centered) }
            if let rate = line.rate { sheet.number(row, 6, rate / 100, .percent) } else { sheet.text(row, 6, "—", .centered) }
            if line.kind == .total {
                sheet.number(row, 7, department.executionPoints)
                sheet.number(row, 8, department.executionScore)
            } else {
                sheet.text(row, 7, "—", .centered)
                sheet.text(row, 8, "—", .centered)
            }
            sheet.merge(row, 8, toRow: row, column: last)
        }
        sheet.text(start, 0, money.head(.departmentBudgetIn, c), .bold)
        sheet.merge(start, 0, toRow: row, column: 0)

        // The year's tasks, with what was done.
        row += 1
        let tasksStart = row
        sheet.text(row, 1, c.label(.taskName), .header)
        sheet.merge(row, 1, toRow: row, column: 2)
        sheet.text(row, 3, c.label(.taskContent), .header)
        sheet.merge(row, 3, toRow: row, column: 5)
        sheet.text(row, 6, money.head(.taskBudget, c), .header)
        sheet.text(row, 7, c.label(.outcome), .header)
        sheet.merge(row, 7, toRow: row, column: last)
        for task in department.tasks {
            row += 1
            sheet.text(row, 1, task.name, .wrapped)
            sheet.merge(row, 1, toRow: row, column: 2)
            sheet.text(row, 3, task.content, .wrapped)
            sheet.merge(row, 3, toRow: row, column: 5)
            if let budget = task.budget { sheet.number(row, 6, money.value(budget), money.style()) } else { sheet.text(row, 6, "—", .centered) }
            sheet.text(row, 7, task.outcome ?? c.label(.notFilledIn), .wrapped)
            sheet.merge(row, 7, toRow: row, column: last)
        }
        sheet.text(tasksStart, 0, c.label(.mainTasks), .bold)
        sheet.merge(tasksStart, 0, toRow: row, column: 0)

        // 年度总体目标.
        row += 1
        sheet.text(row, 0, c.label(.goalOfTheYear), .bold)
        sheet.merge(row, 0, toRow: row + 1, column: 0)
        sheet.text(row, 1, c.label(.expected), .header)
        sheet.merge(row, 1, toRow: row, column: 5)
        sheet.text(row, 6, c.label(.outcome), .header)
        sheet.merge(row, 6, toRow: row, column: last)
        sheet.text(row + 1, 1, department.goal, .wrapped)
        sheet.merge(row + 1, 1, toRow: row + 1, column: 5)
        sheet.text(row + 1, 6, department.goalOutcome ?? c.label(.notFilledIn), .wrapped)
        sheet.merge(row + 1, 6, toRow: row + 1, column: last)

        // The indicators.
        row += 2
        let headRow = row
        let tableHeads: [Label] = [.category, .subcategory, .indicator, .declaredTarget, .adjustedTarget, .actual, .points, .score, .coreIndicator,
                                   .deviationReasonAndRemedy]
        for (column, head) in tableHeads.enumerated() { sheet.text(row, column + 1, c.label(head), .header) }
        SelfAssessmentSheet.labelCells(&sheet, department.rows.map(\.score), firstRow: row + 1)
        for line in department.rows {
            row += 1
            let r = line.score
            sheet.text(row, 3, r.name, .wrapped)
            sheet.text(row, 4, line.declared ?? c.label(.noneDeclared), .centered)
            sheet.text(row, 5, line.adjusted ?? "—", .centered)
            sheet.set(row, 6, SelfAssessmentSheet.actualCell(r, c), .centered)
            sheet.number(row, 7, r.points)
            sheet.number(row, 8, r.score)
            sheet.text(row, 9, line.core ? c.label(.yes) : "", .centered)
            sheet.text(row, 10, SelfAssessmentSheet.deviationText(r, c), .wrapped)
        }
        sheet.text(headRow, 0, c.label(.indicators), .bold)
        sheet.merge(headRow, 0, toRow: row, column: 0)
        row += 1
        sheet.text(row, 0, c.label(.total), .bold)
        sheet.merge(row, 0, toRow: row, column: 6)
        sheet.number(row, 7, department.totals?.points.decimal ?? 0, .boldAmount)
        sheet.number(row, 8, department.total, .boldAmount)
        sheet.text(row, 9, department.rescaledFrom.map { c.label(.theScoresAddUp, Rounding.fixed($0), Rounding.fixed(department.total)) } ?? "",
                   .wrapped)
        sheet.merge(row, 9, toRow: row, column: last)
        sheet.text(row + 1, 0, c.label(.grade), .bold)
        sheet.merge(row + 1, 0, toRow: row + 1, column: 6)
        sheet.text(row + 1, 7, c.gradeName(department.grade), .bold)
        sheet.merge(row + 1, 7, toRow: row + 1, column: last)
        sheet.columnWidths = [14, 9, 12, 21, 13, 13, 15, 8, 8, 8, 24]
        sheet.printTitleRows = headRow...headRow
        sheet.printScale = SelfAssessmentSheet.printScale
        sheet.footer = department.name + "  " + c.label(.pagePOfN)
        sheet.fitRowHeights()
        return sheet
    }
}
