import Foundation

/// Writes CSV for spreadsheets: UTF-8 with a BOM (so Excel shows Chinese), CRLF line ends, and
/// RFC 4180 quoting of any field holding a comma, a quote (even a field that is only `"`), or a
/// line break.
///
/// Formula guard: a cell starting with `=`, `+`, `-` or `@` that is not a plain number would be
/// run as a formula by Excel, WPS or LibreOffice (LibreOffice opens `=1.00(个)` as `#VALUE!`). It
/// is written after an invisible zero-width space (U+200B): no spreadsheet then takes it for a
/// formula, and it shows as written. A leading `'`, the usual guard, is shown as part of the
/// text by LibreOffice and by Excel when a CSV is opened, so it is not used. jixiao's readers drop
/// the mark again. Checked by opening the file in LibreOffice headless (see the README).
struct CSVWriter {
    private(set) var text = ""

    init() {}

    mutating func row(_ fields: [String]) {
        text += fields.map(Self.field).joined(separator: ",") + "\r\n"
    }

    var data: Data {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(text.utf8))
        return data
    }

    /// Tested on Unicode scalars, not Characters: in Swift `"\r\n"` is one Character that equals
    /// neither `"\r"` nor `"\n"`, and `"=\u{301}"` is one Character that is not `"="`.
    static func field(_ raw: String) -> String {
        var value = raw
        if let first = value.unicodeScalars.first, FormulaGuard.looksLikeFormula(first),
           DecimalLiteral.parseWhole(value) == nil {
            value = String(Character(FormulaGuard.mark)) + value
        }
        if value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
