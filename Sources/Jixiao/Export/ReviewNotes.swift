import Foundation

/// 审核提示: every warning and error of the run, in the documents a reviewer reads (a sheet of the
/// workbook, a section of the HTML report) and not only on the terminal — a row scored twice, a
/// fraction read as a percent, an actual far over its target. In the order the terminal shows
/// them; the place names the file by its name only (the folders are the user's, not the form's),
/// then the line and cell in words (`actuals.csv 第 4 行（C4）`, `declaration.txt, line 81`).
enum ReviewNotes {
    struct Line: Hashable, Sendable {
        var severity: String
        var isError: Bool
        var code: String
        var place: String
        var project: String
        var indicator: String
        var message: String
        var hint: String
    }

    /// In output order (file, line), or as given (`inOrder`: verify's findings, red first).
    static func lines(_ diagnostics: [Diagnostic], _ c: MessageCatalog, inOrder: Bool = false) -> [Line] {
        (inOrder ? diagnostics : diagnostics.sortedForOutput()).map { diagnostic in
            Line(severity: severity(diagnostic, c), isError: diagnostic.severity == .error || diagnostic.auditLevel == .red,
                        code: diagnostic.code.rawValue,
                        place: place(diagnostic.location, c), project: diagnostic.project ?? "", indicator: diagnostic.indicator ?? "",
                        message: diagnostic.message(in: c.language), hint: diagnostic.hint(in: c.language) ?? "")
        }
    }

    /// 错误, 警告, or for an audit finding its level: 审核（红）, 审核（黄）.
    static func severity(_ diagnostic: Diagnostic, _ c: MessageCatalog) -> String {
        switch diagnostic.auditLevel {
        case .red?: return c.label(.auditRed)
        case .yellow?: return c.label(.auditYellow)
        case nil: return diagnostic.severity == .error ? c.label(.error) : c.label(.warning)
        }
    }

    /// Where a finding is, for a reader: the file's name, then its line and cell, or its sheet and
    /// cell, or nothing more for a finding about the whole file.
    static func place(_ location: SourceLocation, _ c: MessageCatalog) -> String {
        let name = location.file == "-" ? c.label(.standardInput) : (location.file as NSString).lastPathComponent
        if let cell = location.cell, cell.contains("!") { return name + " " + cell }
        guard location.line > 0 else { return name }
        if let cell = location.cell { return c.label(.placeLineCell, name, String(location.line), cell) }
        if let column = location.column { return c.label(.placeLineColumn, name, String(location.line), String(column)) }
        return c.label(.placeLine, name, String(location.line))
    }

    static let heads: [Label] = [.no, .severity, .code, .place, .project, .indicatorShort, .message, .hint]

    /// The sheet 审核提示; `note` says what it lists (by default: every warning and error of the run,
    /// in output order), and the findings are then listed in the order given.
    static func sheet(_ diagnostics: [Diagnostic], name: String, _ c: MessageCatalog, note: String? = nil) -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.text(0, 0, c.label(.reviewNotes), .title)
        sheet.merge(0, 0, toRow: 0, column: heads.count - 1)
        sheet.rowHeights[0] = 24
        let notes = lines(diagnostics, c, inOrder: note != nil)
        sheet.text(1, 0, note ?? (notes.isEmpty ? c.label(.thisRunHadNo) : c.label(.everyWarningAndError, String(notes.count))), .note)
        sheet.merge(1, 0, toRow: 1, column: heads.count - 1, style: .note)
        for (column, head) in heads.enumerated() { sheet.text(2, column, c.label(head), .header) }
        for (index, line) in notes.enumerated() {
            let row = 3 + index
            sheet.number(row, 0, Decimal(index + 1), .centered)
            for (column, text) in [line.severity, line.code, line.place, line.project, line.indicator, line.message, line.hint].enumerated() {
                sheet.text(row, column + 1, text, column < 2 ? .centered : .wrapped)
            }
        }
        sheet.columnWidths = [6, 14, 8, 20, 20, 18, 58, 40]
        sheet.printTitleRows = 2...2
        sheet.frozenRows = 3
        sheet.footer = c.label(.reviewNotes) + "  " + c.label(.pagePOfN)
        sheet.fitRowHeights()
        return sheet
    }

    static func html(_ diagnostics: [Diagnostic], _ c: MessageCatalog) -> String {
        func e(_ text: String) -> String { XMLText.escape(text) }
        let notes = lines(diagnostics, c)
        guard !notes.isEmpty else { return "<p>" + c.label(.thisRunHadNo) + "</p>" }
        var html = "<p class=\"muted\">" + c.label(.everyWarningAndError, String(notes.count)) + "</p>"
        html += "<table class=\"review\"><colgroup>" + ["4%", "5%", "6%", "13%", "12%", "11%", "29%", "20%"].map { "<col style=\"width:\($0)\">" }.joined()
            + "</colgroup><thead><tr>" + heads.map { "<th>" + c.label($0) + "</th>" }.joined() + "</tr></thead><tbody>"
        for (index, line) in notes.enumerated() {
            let severity = line.isError ? "<span class=\"warn\">\(e(line.severity))</span>" : e(line.severity)
            html += "<tr><td class=\"c\">\(index + 1)</td><td class=\"c\">\(severity)</td><td class=\"c\">\(e(line.code))</td><td>\(e(line.place))</td>"
                + "<td>\(e(line.project))</td><td>\(e(line.indicator))</td><td>\(e(line.message))</td><td>\(e(line.hint))</td></tr>"
        }
        return html + "</tbody></table>"
    }
}
