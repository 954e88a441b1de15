import Foundation

/// `import --format csv|xlsx`: the declaration as a flat indicator list that `IndicatorList` reads
/// back to the same model, so that next year's targets can be edited in Excel or WPS. The title
/// (when the declaration has one) is the first row, then the header, then one row per indicator.
/// A project's facts (主管部门 … 年度总体目标) are written on its first row only: the one place to
/// change them. The target is 年度指标值 as declared (text, never a formula); money is in 元.
public enum DeclarationList {
    static let columns: [ListColumn] = [.project, .supervisor, .implementer, .projectNature, .projectCategory, .startDate,
                                        .endDate, .year, .total, .fiscal, .carryover, .other, .goal, .category,
                                        .subcategory, .indicator, .target, .points]

    public static func csv(_ declaration: Declaration) -> Data {
        var writer = CSVWriter()
        if let title = declaration.title { writer.row([title]) }
        writer.row(columns.map(\.rawValue))
        for row in rows(declaration) { writer.row(row.map { $0.text }) }
        return writer.data
    }

    public static func xlsx(_ declaration: Declaration) -> Data {
        var sheet = Worksheet(name: "指标清单")
        var row = 0
        if let title = declaration.title {
            sheet.text(0, 0, title, .title)
            sheet.merge(0, 0, toRow: 0, column: columns.count - 1, style: .plain)
            sheet.rowHeights[0] = 24
            row = 1
        }
        for (column, head) in columns.enumerated() { sheet.text(row, column, head.rawValue, .header) }
        sheet.printTitleRows = row...row
        sheet.frozenRows = row + 1
        sheet.frozenColumns = 1
        for cells in rows(declaration) {
            row += 1
            for (column, cell) in cells.enumerated() {
                if let number = cell.number {
                    sheet.number(row, column, number, columns[column] == .points || columns[column] == .year ? .centered : .amount)
                } else {
                    sheet.text(row, column, cell.text, columns[column] == .goal ? .wrapped : .text)
                }
            }
        }
        sheet.columnWidths = [28, 24, 22, 14, 12, 12, 12, 6, 14, 14, 12, 12, 60, 12, 16, 32, 16, 7]
        sheet.fitRowHeights()
        return WorkbookWriter.xlsx([sheet], title: declaration.title ?? "指标清单", subject: "")
    }

    struct Cell {
        var text: String
        var number: Decimal? = nil
    }

    static func rows(_ declaration: Declaration) -> [[Cell]] {
        var rows: [[Cell]] = []
        for project in declaration.projects {
            let facts: [Cell] = [
                Cell(text: project.supervisor), Cell(text: project.unit), Cell(text: project.nature), Cell(text: project.category),
                Cell(text: project.startDate), Cell(text: project.endDate),
                project.year.map { Cell(text: String($0), number: Decimal($0)) } ?? Cell(text: ""),
                money(project.funds.total), money(project.funds.fiscal), money(project.funds.carryover), money(project.funds.other),
                Cell(text: project.goal),
            ]
            let blank = facts.map { _ in Cell(text: "") }
            if project.indicators.isEmpty {
                rows.append([Cell(text: project.name)] + facts + [Cell(text: ""), Cell(text: ""), Cell(text: ""), Cell(text: ""), Cell(text: "")])
            }
            for (index, indicator) in project.indicators.enumerated() {
                rows.append([Cell(text: project.name)] + (index == 0 ? facts : blank) + [
                    Cell(text: indicator.category), Cell(text: indicator.subcategory), Cell(text: indicator.name),
                    // A target adjusted during the year keeps both, in the cell the list reader splits.
                    Cell(text: indicator.declaredTarget.map { "年初：" + $0.text + "；调整后：" + (indicator.target?.text ?? "") } ?? indicator.target?.text ?? ""),
                    indicator.points.map { Cell(text: DecimalText.string($0), number: $0) } ?? Cell(text: ""),
                ])
            }
        }
        return rows
    }

    static func money(_ value: Decimal) -> Cell { Cell(text: Rounding.fixed(value), number: value) }

    /// A 部门整体 form as the flat list `DepartmentList` reads back: its money lines, its tasks, then
    /// its indicators, 年度总体目标 on the first row.
    public static func departmentCSV(_ form: DepartmentForm) -> Data {
        var writer = CSVWriter()
        writer.row(departmentHeads)
        for row in departmentRows(form) { writer.row(row) }
        return writer.data
    }

    /// The same list on a sheet (text cells: a target or an amount stays as written).
    public static func departmentXLSX(_ form: DepartmentForm) -> Data {
        var sheet = Worksheet(name: "部门整体")
        for (column, head) in departmentHeads.enumerated() { sheet.text(0, column, head, .header) }
        for (index, cells) in departmentRows(form).enumerated() {
            for (column, cell) in cells.enumerated() where !cell.isEmpty { sheet.text(index + 1, column, cell, column == 12 ? .wrapped : .text) }
        }
        sheet.columnWidths = [24, 12, 16, 28, 14, 14, 28, 14, 14, 14, 7, 8, 48]
        sheet.frozenRows = 1
        sheet.fitRowHeights()
        return WorkbookWriter.xlsx([sheet], title: form.name, subject: "")
    }

    static let departmentHeads = ["部门名称", "一级指标", "二级指标", "三级指标", "年初预算数", "调整后预算数", "主要内容", "预算数", "年初指标值",
                                  "调整后指标值", "分值", "核心指标", "年度总体目标"]

    static func departmentRows(_ form: DepartmentForm) -> [[String]] {
        var rows: [[String]] = []
        func row(_ cells: [String]) { rows.append([form.name] + cells + [rows.isEmpty ? form.goal : ""]) }
        for line in form.money {
            let kind = line.kind == .total ? "合计" : line.kind == .spending ? "支出类别" : "资金来源"
            row([kind, "", line.label, Rounding.fixed(line.declared), Rounding.fixed(line.adjusted), "", "", "", "", "", ""])
        }
        for task in form.tasks {
            row(["年度主要任务", "", task.name, "", "", task.content, task.budget.map { Rounding.fixed($0) } ?? "", "", "", "", ""])
        }
        for indicator in form.rows {
            row([indicator.category, indicator.subcategory, indicator.name, "", "", "", "", indicator.declared?.text ?? "",
                 indicator.adjusted?.text ?? "", indicator.points.map { DecimalText.string($0) } ?? "", indicator.core ? "是" : "否"])
        }
        return rows
    }
}
