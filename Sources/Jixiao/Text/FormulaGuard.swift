/// What keeps a CSV cell such as `=100.00(%)` from being run as a formula by Excel, WPS or
/// LibreOffice: an invisible zero-width space (U+200B) before it. `CSVWriter` puts it there;
/// the readers take it off again, and also the `'` that earlier versions wrote.
enum FormulaGuard {
    static let mark: Unicode.Scalar = "\u{200B}"

    /// True when a spreadsheet would take the cell for a formula: it starts with `=`, `+`, `-` or `@`.
    static func looksLikeFormula(_ first: Unicode.Scalar) -> Bool { "=+-@".unicodeScalars.contains(first) }

    /// The cell without the guard (`\u{200B}=100.00(%)` or `'=100.00(%)` → `=100.00(%)`); any other
    /// cell as it is.
    static func removed(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard let first = scalars.first, first == "'" || first == mark,
              let second = scalars.dropFirst().first, looksLikeFormula(second) else { return cell }
        return String(String.UnicodeScalarView(scalars.dropFirst()))
    }
}
