import Foundation
@testable import Jixiao

/// Makes the bundled sample `declaration-form.xlsx` from the seed's text, the way a finance office
/// pastes the exported form into a workbook: one sheet per form (表1, 表2, …), each text line a row,
/// each tab-separated cell in its column (shifted from row to row as the text has them), and
/// amounts such as `8,734,121.00` stored as numbers. The document's title line, above the first
/// form, stays at the top of the first sheet.
enum FormWorkbookFixture {
    static func workbook(fromText text: String) -> Data {
        let lines = DeclarationText.lines(of: text)
        var sheets: [Worksheet] = []
        var current: Worksheet? = Worksheet(name: "表1")
        var row = 0
        var hasForm = false
        for line in lines {
            if DeclarationText.isFormTitle(line) {
                if hasForm, let done = current {
                    sheets.append(done)
                    current = Worksheet(name: "表\(sheets.count + 1)")
                    row = 0
                }
                hasForm = true
            }
            for (column, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() where !cell.isEmpty {
                let text = String(cell)
                if let amount = amount(text) {
                    current!.number(row, column, amount)
                } else {
                    current!.text(row, column, text)
                }
            }
            row += 1
        }
        if let done = current { sheets.append(done) }
        // Widths a person would give the columns, and rows tall enough for their wrapped text.
        for index in sheets.indices {
            sheets[index].columnWidths = [14, 18, 24, 40, 20, 18, 14]
            sheets[index].fitRowHeights()
        }
        return WorkbookWriter.xlsx(sheets, title: "申报表", subject: "")
    }

    /// `8,734,121.00` → 8734121 (a figure with thousands separators and two decimals), else nil.
    static func amount(_ text: String) -> Decimal? {
        let trimmed = PrintedText.trimmed(text)
        guard trimmed.range(of: #"^[0-9]{1,3}(,[0-9]{3})+\.[0-9]{2}$"#, options: .regularExpression) != nil else { return nil }
        return DecimalLiteral.parseWhole(trimmed)
    }
}
