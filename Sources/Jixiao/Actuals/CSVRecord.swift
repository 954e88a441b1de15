/// One CSV record: its fields and the physical line it starts on.
public struct CSVRecord: Hashable, Sendable {
    /// 1-based line of the record's first character.
    public var line: Int
    /// 1-based record number: the row number a spreadsheet shows.
    public var row: Int
    public var fields: [String]

    /// A spreadsheet cell name for field `index` (0-based) of this record: `A1`, `C7`, `AA12`.
    public func cell(_ index: Int) -> String { CSVRecord.columnName(index) + String(row) }

    public static func columnName(_ index: Int) -> String { CellReference.column(index) }
}
