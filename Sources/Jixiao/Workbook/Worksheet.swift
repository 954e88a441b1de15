import Foundation

/// One sheet of a workbook to write: cells by row and column (0-based), merged ranges, column
/// widths and row heights. A plain value type; `WorkbookWriter` turns it into SpreadsheetML.
public struct Worksheet: Hashable, Sendable {
    public enum Value: Hashable, Sendable {
        case text(String)
        case number(Decimal)
    }

    /// The cell formats `WorkbookWriter` defines in `styles.xml`, by index.
    public enum Style: Int, Hashable, Sendable {
        case plain = 0
        case title = 1
        case header = 2
        case text = 3
        case wrapped = 4
        case amount = 5
        case percent = 6
        case centered = 7
        case bold = 8
        case boldAmount = 9
        case note = 10
    }

    public struct Cell: Hashable, Sendable {
        public var value: Value
        public var style: Style
    }

    public var name: String
    public private(set) var cells: [Int: [Int: Cell]] = [:]
    public private(set) var merges: [String] = []
    /// Column widths in characters (Excel's unit), by column.
    public var columnWidths: [Double] = []
    /// Row heights in points, by row, where not the default.
    public var rowHeights: [Int: Double] = [:]

    public init(name: String) {
        self.name = name
    }

    public mutating func set(_ row: Int, _ column: Int, _ value: Value, _ style: Style = .text) {
        cells[row, default: [:]][column] = Cell(value: value, style: style)
    }

    public mutating func text(_ row: Int, _ column: Int, _ text: String, _ style: Style = .text) {
        set(row, column, .text(text), style)
    }

    public mutating func number(_ row: Int, _ column: Int, _ value: Decimal, _ style: Style = .amount) {
        set(row, column, .number(value), style)
    }

    /// Merges the rectangle; every cell in it gets `style` so that borders are drawn all round.
    public mutating func merge(_ row: Int, _ column: Int, toRow lastRow: Int, column lastColumn: Int,
                               style: Worksheet.Style? = nil) {
        guard lastRow > row || lastColumn > column else { return }
        merges.append("\(Self.reference(row, column)):\(Self.reference(lastRow, lastColumn))")
        let fill = style ?? cells[row]?[column]?.style ?? .text
        for r in row...lastRow {
            for c in column...lastColumn where !(r == row && c == column) {
                if cells[r]?[c] == nil { cells[r, default: [:]][c] = Cell(value: .text(""), style: fill) }
            }
        }
    }

    /// `A1`-style reference of a 0-based row and column.
    public static func reference(_ row: Int, _ column: Int) -> String {
        CSVRecord.columnName(column) + String(row + 1)
    }

    /// Sets row heights so that wrapped text shows in full: spreadsheet programs do not grow rows
    /// of a generated file by themselves. Width is estimated in character cells (a CJK character is
    /// two), over the merged columns when a cell is merged across one row.
    public mutating func fitRowHeights(lineHeight: Double = 15) {
        var spans: [String: Int] = [:]
        var multiRow: Set<String> = []
        for range in merges {
            let ends = range.split(separator: ":").map(String.init)
            guard ends.count == 2, let a = Self.parse(ends[0]), let b = Self.parse(ends[1]) else { continue }
            if a.row == b.row { spans["\(a.row),\(a.column)"] = b.column - a.column + 1 } else { multiRow.insert("\(a.row),\(a.column)") }
        }
        for (row, columns) in cells {
            var lines = 1
            for (column, cell) in columns {
                guard case .text(let text) = cell.value, !text.isEmpty, !multiRow.contains("\(row),\(column)") else { continue }
                let span = spans["\(row),\(column)"] ?? 1
                let width = (column..<(column + span)).reduce(0.0) { $0 + (columnWidths.indices.contains($1) ? columnWidths[$1] : 9) }
                let needed = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
                    total + max(1, Int((Double(TextTable.width(String(line))) / max(width - 1.5, 1)).rounded(.up)))
                }
                lines = max(lines, needed)
            }
            if lines > 1 { rowHeights[row] = max(rowHeights[row] ?? 0, Double(lines) * lineHeight) }
        }
    }

    static func parse(_ reference: String) -> (row: Int, column: Int)? {
        guard let column = WorkbookReader.columnIndex(reference) else { return nil }
        let digits = reference.drop { $0.isLetter }
        guard let row = Int(digits) else { return nil }
        return (row - 1, column)
    }

    /// The last row index used, or -1.
    public var lastRow: Int { cells.keys.max() ?? -1 }
}
