import Foundation

/// `template --format xlsx`: the same rows as the CSV template, as the sheet 实际完成值 with the
/// 年度指标值 cells as text (never a formula) and the columns to fill left blank. Each project's
/// 年度总体目标 is long prose: it is listed on a second sheet 年度总体目标 in a wide column, and the
/// 年度总体目标 row of the first sheet points there, so that no row grows past the 409 pt a
/// spreadsheet row can have. The actuals reader reads the first sheet.
///
/// The cells to fill (实际完成值, 偏差原因, 改进措施) are pale yellow and formatted as text, so that
/// `100%` or `3/4` typed there stays as typed (a General cell would turn them into 1 or a date);
/// the head row and the 项目名称 column stay in view, and the heads repeat on every printed page.
public enum TemplateWorkbook {
    public static let sheetName = "实际完成值"

    /// The column heads stay the reader's Chinese names in either language: they are what the
    /// actuals reader looks for (`language` is for the sheet's future labels).
    public static func xlsx(_ declaration: Declaration, rules: RuleSet, language: Language, department: DepartmentForm? = nil) -> Data {
        let c = MessageCatalog.for(language)
        var sheet = Worksheet(name: sheetName)
        for (column, name) in ActualsTemplate.header.enumerated() { sheet.text(0, column, name.rawValue, .header) }
        var goals = Worksheet(name: c.label(.goalOfTheYear))
        goals.text(0, 0, c.label(.projectName), .header)
        goals.text(0, 1, c.label(.goalOfTheYear), .header)
        for (index, row) in ActualsTemplate.rows(declaration, rules: rules, department: department).enumerated() {
            for (column, value) in row.enumerated() {
                if column == 4, row[3] == ActualRow.Special.goal.rawValue {
                    goals.text(goals.lastRow + 1, 0, row[0], .wrapped)
                    goals.text(goals.lastRow, 1, value, .wrapped)
                    sheet.text(index + 1, column, c.label(.seeTheSheetGoal), .wrapped)
                } else if column == 5, let points = DecimalLiteral.parseWhole(value) {
                    sheet.number(index + 1, column, points)
                } else if column >= 6 {
                    sheet.text(index + 1, column, value, .input)
                } else {
                    sheet.text(index + 1, column, value, column == 3 || column == 4 ? .wrapped : .text)
                }
            }
        }
        sheet.columnWidths = [30, 12, 16, 40, 18, 8, 16, 30, 30]
        sheet.fitRowHeights()
        sheet.printTitleRows = 0...0
        sheet.frozenRows = 1
        sheet.frozenColumns = 1
        sheet.footer = c.label(.pagePOfN)
        goals.frozenRows = 1
        goals.columnWidths = [30, 100]
        goals.fitRowHeights()
        return WorkbookWriter.xlsx([sheet, goals], title: c.label(.actualsToFillIn),
                                   subject: declaration.projects.first.map(\.unit) ?? "")
    }
}
