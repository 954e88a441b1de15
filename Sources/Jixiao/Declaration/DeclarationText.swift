import Foundation

/// What the reading of a declaration's text needs to know of the PDF export, shared by the reader
/// (`DeclarationScanner`), the workbook form and the detection of a declaration in the wrong place:
/// the form's title, its lines, its year line and its amounts.
enum DeclarationText {
    static let formTitle = "财政项目支出绩效目标申报表"

    /// True for a form's title line: its first non-empty cell starts with the title.
    static func isFormTitle(_ raw: String) -> Bool {
        guard raw.unicodeScalars.first(where: { !PrintedText.isWhitespace($0) }) == "财" else { return false }
        let raw = String(String.UnicodeScalarView(raw.unicodeScalars.filter { !isControl($0) }))
        let first = raw.split(separator: "\t").map { PrintedText.normalizeName(String($0)) }.first { !$0.isEmpty } ?? ""
        return PrintedText.compact(PrintedText.foldWidth(first)).hasPrefix(formTitle)
    }

    /// True for a line with no text in it (only white space, tabs and control characters).
    static func isBlank(_ raw: String) -> Bool {
        raw.unicodeScalars.allSatisfy { PrintedText.isWhitespace($0) || PrintedText.isInvisible($0) || isControl($0) }
    }

    /// A control character the reader removes from a line (all but tab).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    /// Splits on LF, CRLF or a lone CR, working on UTF-8 bytes.
    static func lines(of text: String) -> [String] {
        var out: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                out.append(String(Substring(text[start..<index])))
                var next = utf8.index(after: index)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if start < utf8.endIndex { out.append(String(Substring(text[start..<utf8.endIndex]))) }
        return out
    }

    /// `(2026 年度)` → 2026.
    static func formYear(_ compact: String) -> Int? {
        var text = compact
        guard text.hasPrefix("("), text.hasSuffix("年度)") else { return nil }
        text.removeFirst()
        text.removeLast(3)
        return text.count == 4 ? Int(text) : nil
    }

    /// A target cell that holds the target declared at the start of the year and as adjusted:
    /// `年初：≥95%；调整后：≥90%` → (≥95%, ≥90%); nil for any other cell.
    static func splitAdjusted(_ cell: String) -> (String, String)? {
        let text = PrintedText.foldWidth(cell)
        guard let start = text.range(of: "年初:"), let adjusted = text.range(of: "调整后:"), start.upperBound <= adjusted.lowerBound else { return nil }
        let trim = CharacterSet(charactersIn: " ;；,，")
        let declared = text[start.upperBound..<adjusted.lowerBound].trimmingCharacters(in: trim)
        let after = text[adjusted.upperBound...].trimmingCharacters(in: trim)
        return declared.isEmpty || after.isEmpty ? nil : (declared, after)
    }

    /// A head that puts the money of its block in 万元: `项目资金（万元）`, `全年预算数(万元)`,
    /// `Funds (万元)`, `单位：万元`.
    static func saysWanYuan(_ cell: String) -> Bool {
        let compact = PrintedText.compact(PrintedText.foldWidth(cell))
        return compact.contains("(万元)") || compact.contains("单位:万元")
    }

    /// `8,734,121.00` (optionally with 元) → 8734121.00.
    static func amount(_ compact: String) -> Decimal? {
        var text = compact
        if text.hasSuffix("元") { text.removeLast() }
        return DecimalLiteral.parseWhole(text)
    }
}
