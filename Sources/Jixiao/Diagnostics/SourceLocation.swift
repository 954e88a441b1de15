/// Where a diagnostic points: a file, a 1-based line, and optionally a column or a spreadsheet cell.
public struct SourceLocation: Hashable, Sendable, Codable {
    /// The file as the user named it (not made absolute), so messages match what was typed.
    public var file: String
    /// 1-based line number; 0 when the finding concerns the whole file.
    public var line: Int
    /// 1-based column in characters, when known.
    public var column: Int?
    /// A spreadsheet cell reference such as `C7`, when the input was a sheet or a CSV.
    public var cell: String?

    public init(file: String, line: Int, column: Int? = nil, cell: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.cell = cell
    }

    /// `file:line:col` (or `file:line`, or `file`), as compilers print it; `file:Sheet!B12` for a
    /// cell of a declaration workbook (whose cell names its sheet). Standard input (`-`) is shown
    /// as `<stdin>`.
    public var description: String {
        var text = file == "-" ? "<stdin>" : file
        if let cell, cell.contains("!") { return text + ":" + cell }
        if line > 0 { text += ":\(line)" }
        if let column { text += ":\(column)" }
        if let cell { text += " [\(cell)]" }
        return text
    }
}
