import Foundation

/// The 申报表 kept as a workbook: the form exported from the budget system or retyped, one form
/// per sheet or several one below another. Each row becomes a line of tab-separated cells (an
/// empty row a blank line, as a page break leaves one in the PDF text) and the lines go through
/// `DeclarationTextReader`, so every rule of the text reader holds: labels in merged cells (the
/// value sits in the merge's first cell, the rest read empty), cells shifted from row to row,
/// names wrapped or continued, nothing lost. Sheets follow one another; findings point at cells.
enum WorkbookForm {
    /// The project forms, where their lines came from, and a 部门整体 form if the sheets hold one
    /// (read from the same lines, `DepartmentFormExtractor`).
    static func read(_ sheets: [WorkbookReader.Sheet], file: String) -> (DeclarationScanner.Result, SheetLineMap, DepartmentFormExtractor.Found?) {
        var lines: [String] = []
        var map = SheetLineMap()
        for sheet in sheets {
            var byRow: [Int: [String]] = [:]
            for record in sheet.records { byRow[record.row] = record.fields }
            let last = sheet.records.map(\.row).max() ?? 0
            guard last > 0 else { continue }
            for row in 1...last {
                let fields = (byRow[row] ?? []).map(cellText)
                var starts: [Int] = []
                var column = 1
                for field in fields {
                    starts.append(column)
                    column += field.unicodeScalars.count + 1
                }
                lines.append(fields.joined(separator: "\t"))
                map.places.append(SheetLineMap.Place(sheet: sheet.name, row: row, starts: starts,
                                                     firstFilled: fields.firstIndex { !$0.isEmpty } ?? 0))
            }
        }
        // The rows as the lines of a text: no cell holds a line break (`cellText`).
        let bytes = Array(lines.joined(separator: "\n").utf8)
        let department = DepartmentFormExtractor.extract(bytes, file: file)
        let result = DeclarationScanner.read(department?.rest ?? bytes, file: file)
        return (result, map, department)
    }

    /// A cell's text on one line: its own line breaks and tabs become spaces, as a wrapped line
    /// of the PDF text would be joined.
    static func cellText(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }

    /// True when a row of the sheets starts a form (`财政项目支出绩效目标申报表`, or a 部门整体 form's title).
    static func hasForm(_ sheets: [WorkbookReader.Sheet]) -> Bool {
        sheets.contains { sheet in
            sheet.records.contains { record in
                record.fields.first { !PrintedText.trimmed($0).isEmpty }.map {
                    PrintedText.compact(PrintedText.foldWidth($0)).hasPrefix(DeclarationText.formTitle) || DepartmentFormReader.isTitle($0)
                } ?? false
            }
        }
    }
}
