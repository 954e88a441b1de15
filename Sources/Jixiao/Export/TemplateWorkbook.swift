import Foundation

/// `template --format xlsx`: the same rows as the CSV template, as one sheet 实际完成值 with the
/// 年度指标值 cells as text (never a formula) and the columns to fill left blank.
public enum TemplateWorkbook {
    public static let sheetName = "实际完成值"

    /// The column heads stay the reader's Chinese names in either language: they are what the
    /// actuals reader looks for (`language` is for the sheet's future labels).
    public static func xlsx(_ declaration: Declaration, rules: RuleSet, language: Language) -> Data {
        var sheet = Worksheet(name: sheetName)
        for (column, name) in ActualsTemplate.header.enumerated() { sheet.text(0, column, name.rawValue, .header) }
        for (index, row) in ActualsTemplate.rows(declaration, rules: rules).enumerated() {
            for (column, value) in row.enumerated() {
                if column == 5, let points = DecimalLiteral.parseWhole(value) {
                    sheet.number(index + 1, column, points)
                } else {
                    sheet.text(index + 1, column, value, column == 3 || column == 4 ? .wrapped : .text)
                }
            }
        }
        sheet.columnWidths = [30, 12, 16, 40, 18, 8, 16, 30, 30]
        sheet.fitRowHeights()
        return WorkbookWriter.xlsx([sheet])
    }
}
