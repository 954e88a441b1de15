/// One CSV record: its fields and the physical line it starts on.
struct CSVRecord: Hashable, Sendable {
    /// 1-based line of the record's first character.
    var line: Int
    /// 1-based record number: the row number a spreadsheet shows.
    var row: Int
    var fields: [String]

    /// A spreadsheet cell name for field `index` (0-based) of this record: `A1`, `C7`, `AA12`.
    func cell(_ index: Int) -> String { CSVRecord.columnName(index) + String(row) }

    static func columnName(_ index: Int) -> String { CellReference.column(index) }
}
