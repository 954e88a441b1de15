/// A cell of a sheet whose content jixiao does not take as read. The reader leaves such a cell
/// empty in its records (or, for a formula that reads as a value, holds `=` and the formula) and
/// reports it here, so that the error lands on the cell itself and not on the cell after it.
struct CellProblem: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// An error value cached by the spreadsheet program: `#DIV/0!`, `#REF!`, `#N/A` ….
        case errorValue(String)
        /// A formula saved without a cached value whose text reads as a value (`=100.00(%)`, as a
        /// script writes a target): read as the text `=` + formula, as the user typed it.
        case formulaAsText(String)
        /// A formula saved without a cached value that is not a value (`=SUM(B2:B5)`): nothing to read.
        case uncachedFormula(String)
        /// A string with bytes that are not UTF-8, a NUL or another control character.
        case badText
        /// A shared-string index that is not a number, or names no string of the workbook.
        case badStringIndex(String)
    }

    /// 1-based, as the sheet numbers its rows.
    var row: Int
    /// 0-based.
    var column: Int
    var kind: Kind

    /// `B12`.
    var reference: String { CellReference.cell(row: row - 1, column: column) }

    /// The finding at the cell: `FILE:Sheet!B12` when `sheet` is given, else `FILE:12 [B12]`.
    func diagnostic(file: String, sheet: String?) -> Diagnostic {
        let cell = sheet.map { SheetNames.quoted($0) + "!" + reference } ?? reference
        let at = SourceLocation(file: file, line: row, cell: cell)
        switch kind {
        case .errorValue(let value): return Diagnostic(.cellErrorValue, at: at, value)
        case .formulaAsText(let formula): return Diagnostic(.cellFormulaAsText, at: at, formula)
        case .uncachedFormula(let formula): return Diagnostic(.cellUncachedFormula, at: at, formula)
        case .badText: return Diagnostic(.cellBadText, at: at)
        case .badStringIndex(let index): return Diagnostic(.cellBadStringIndex, at: at, index)
        }
    }

    /// True for a string that holds U+FFFD (what undecodable bytes become) or a control character
    /// other than tab, line feed and carriage return.
    static func isBadText(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar == "\u{FFFD}" || (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
                || scalar.value == 0x7F
        }
    }

    /// True when a formula's text (without its `=`) is a value as a user writes one in a cell: a
    /// number, with an optional unit after it in brackets or as letters (`100.00(%)`, `95%`,
    /// `3.5万元`, `12`). Cell references, functions and arithmetic are not.
    static func formulaIsValue(_ formula: String) -> Bool {
        var scalars = Substring(formula.jixiaoTrimmed).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
        guard digits.contains(where: { ("0"..."9").contains($0) }) else { return false }
        var unit = scalars.dropFirst(digits.count)
        if unit.first == "(" || unit.first == "（" {
            guard let last = unit.last, last == ")" || last == "）" else { return false }
            unit = unit.dropFirst().dropLast()
        }
        return unit.allSatisfy { scalar in
            !"()（）+-*/^&=<>:!$\"',;[]{}".unicodeScalars.contains(scalar) && !("0"..."9").contains(scalar)
                && scalar.properties.isWhitespace == false
        }
    }
}
