/// An actuals file as the data path holds it: the header's columns, and per data row its line, its
/// spreadsheet row and the cell of each column jixiao reads, as `TextRef`s into the file's bytes
/// (or the arena, for a cell that had to change: quotes undone, white space trimmed, a formula
/// guard taken off). No string is made for a cell until something needs its words.
struct ActualsTable: Sendable {
    var text: TextStore
    /// The 0-based field index of each column the header names.
    var fieldIndex: [ActualsColumn: Int] = [:]
    /// The header row as read, for the messages that name its cells.
    var header: CSVRecord?
    /// Per row: its line (where it starts) and its spreadsheet row.
    var lines: [Int32] = []
    var rowNumbers: [Int32] = []
    /// `columns` cells per row, by `ActualsColumn.ordinal`; empty for a blank cell or a column the
    /// file lacks.
    var cells: [TextRef] = []
    /// Per row: 项目名称 and 三级指标 after `PrintedText.normalizeName`.
    var projectNames: [TextRef] = []
    var indicatorNames: [TextRef] = []

    static let columns = ActualsColumn.allCases.count

    init(text: TextStore) {
        self.text = text
    }

    var count: Int { lines.count }

    func cell(_ row: Int, _ column: ActualsColumn) -> TextRef { cells[row * Self.columns + column.ordinal] }

    /// The cell's text, or nil when it is blank.
    func value(_ row: Int, _ column: ActualsColumn) -> String? {
        let ref = cell(row, column)
        return ref.isEmpty ? nil : text.string(ref)
    }

    /// The spreadsheet cell of `column` in a row (`G12`), when the file has the column.
    func cellName(_ row: Int, _ column: ActualsColumn) -> String? {
        fieldIndex[column].map { CSVRecord.columnName($0) + String(rowNumbers[row]) }
    }

    /// Where `column`'s cell of a row is, for a diagnostic.
    func location(_ row: Int, _ column: ActualsColumn, file: String) -> SourceLocation {
        SourceLocation(file: file, line: Int(lines[row]), column: fieldIndex[column].map { $0 + 1 }, cell: cellName(row, column))
    }

    /// The row as the model's value (`ActualRow`), for the commands that read rows one by one.
    func row(_ index: Int) -> ActualRow {
        var texts = [String?](repeating: nil, count: Self.columns)
        for column in ActualsColumn.allCases {
            let ref = cell(index, column)
            if !ref.isEmpty { texts[column.ordinal] = text.string(ref) }
        }
        return ActualRow(line: Int(lines[index]), row: Int(rowNumbers[index]), texts: texts, fieldIndex: fieldIndex)
    }

    var rows: [ActualRow] { (0..<count).map(row) }
}
