/// Where the lines of a declaration read from a workbook came from. The form reader and the list
/// reader number a workbook's rows as lines, one sheet after another (the first sheet's row 12
/// is line 12); this map turns such a line, and a column within it, back into the cell a user
/// finds: `FILE:表1!B12`. Every diagnostic that points into the workbook goes through it.
public struct SheetLineMap: Sendable {
    struct Place: Sendable {
        var sheet: String
        var row: Int
        /// The character column (1-based, as `PrintedLine` counts) each cell starts at, by cell.
        var starts: [Int]
        /// The first cell with content, for a finding about the whole row.
        var firstFilled: Int
    }

    /// By line − 1.
    var places: [Place] = []

    /// The cell a line (and character column) of the workbook's text came from.
    func location(file: String, line: Int, column: Int?) -> SourceLocation? {
        guard line >= 1, line <= places.count else { return nil }
        let place = places[line - 1]
        var cell = place.firstFilled
        if let column, let index = place.starts.lastIndex(where: { $0 <= column }) { cell = index }
        return SourceLocation(file: file, line: place.row, cell: Self.quoted(place.sheet) + "!" + CellReference.cell(row: place.row - 1, column: cell))
    }

    /// `Sheet1`, or `'My sheet'` when the name needs quoting (`SheetNames.quoted`).
    static func quoted(_ sheet: String) -> String { SheetNames.quoted(sheet) }

    /// The diagnostics with every location in `file` turned into its cell.
    public func relocate(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.location.file == file, diagnostic.location.cell == nil,
                  let place = location(file: file, line: diagnostic.location.line, column: diagnostic.location.column) else {
                return diagnostic
            }
            var moved = diagnostic
            moved.location = place
            // An earlier line named in the message is a cell too (`first at 表10!C17`).
            for (index, argument) in moved.arguments.enumerated() {
                if let line = Wording.lineNumber(in: argument), let earlier = location(file: file, line: line, column: nil)?.cell {
                    moved.arguments[index] = earlier
                }
            }
            return moved
        }
    }
}
