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
                    Cell(text: indicator.target?.text ?? ""),
                    indicator.points.map { Cell(text: DecimalText.string($0), number: $0) } ?? Cell(text: ""),
                ])
            }
        }
        return rows
    }

    static func money(_ value: Decimal) -> Cell { Cell(text: Rounding.fixed(value), number: value) }
}
