import Foundation

/// One sheet of a workbook to write: cells by row and column (0-based), merged ranges, column
/// widths and row heights. A plain value type; `WorkbookWriter` turns it into SpreadsheetML.
/// Cells are kept in arrays by row, so that writing walks them in order without sorting.
struct Worksheet: Hashable, Sendable {
    enum Value: Hashable, Sendable {
        case text(String)
        case number(Decimal)
        /// Text followed by a note in small grey type, in one cell (`861.24万元（填报 8,612,360.00元）`);
        /// a reader that ignores formatting reads the two run together.
        case noted(String, note: String)

        /// The cell's text as a reader gets it; nil for a number.
        var text: String? {
            switch self {
            case .text(let text): return text
            case .noted(let text, let note): return text + note
            case .number: return nil
            }
        }
    }

    /// The cell formats `WorkbookWriter` defines in `styles.xml`, by index.
    enum Style: Int, Hashable, Sendable {
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
        /// A cell the user fills in: pale yellow, and formatted as text so that a typed `100%` or
        /// `1/2` stays as typed instead of becoming 1 or a date.
        case input = 11
    }

    struct Cell: Hashable, Sendable {
        var value: Value
        var style: Style
    }

    /// A merged rectangle, 0-based and inclusive.
    struct Merge: Hashable, Sendable {
        var row: Int
        var column: Int
        var lastRow: Int
        var lastColumn: Int
    }

    var name: String
    /// Cells by row, then by column; nil where nothing was set.
    private(set) var rows: [[Cell?]] = []
    private(set) var merges: [Merge] = []
    /// Column widths in characters (Excel's unit), by column.
    var columnWidths: [Double] = []
    /// Row heights in points, by row, where not the default.
    var rowHeights: [Int: Double] = [:]
    /// Rows printed again at the top of every page (a table's heads), 0-based.
    var printTitleRows: ClosedRange<Int>? = nil
    /// The page footer, in SpreadsheetML's codes (`&P` the page, `&N` the pages), centred.
    var footer: String? = nil
    /// Rows and columns kept in view when scrolling (Excel's 冻结窗格): the first `frozenRows`
    /// rows and `frozenColumns` columns.
    var frozenRows = 0
    var frozenColumns = 0
    /// The print scale in percent; nil to fit the columns to the page's width. A fixed scale makes
    /// pages hold the same rows in every spreadsheet program, so that `rowBreaks` fall where meant.
    var printScale: Int? = nil
    /// Rows (0-based) that begin a new printed page.
    var rowBreaks: [Int] = []

    init(name: String) {
        self.name = name
    }

    func cell(_ row: Int, _ column: Int) -> Cell? {
        rows.indices.contains(row) && rows[row].indices.contains(column) ? rows[row][column] : nil
    }

    mutating func set(_ row: Int, _ column: Int, _ value: Value, _ style: Style = .text) {
        if rows.count <= row { rows.append(contentsOf: repeatElement([], count: row + 1 - rows.count)) }
        if rows[row].count <= column { rows[row].append(contentsOf: repeatElement(nil, count: column + 1 - rows[row].count)) }
        rows[row][column] = Cell(value: value, style: style)
    }

    mutating func text(_ row: Int, _ column: Int, _ text: String, _ style: Style = .text) {
        set(row, column, .text(text), style)
    }

    mutating func number(_ row: Int, _ column: Int, _ value: Decimal, _ style: Style = .amount) {
        set(row, column, .number(value), style)
    }

    /// Merges the rectangle; every cell in it gets `style` so that borders are drawn all round.
    mutating func merge(_ row: Int, _ column: Int, toRow lastRow: Int, column lastColumn: Int,
                               style: Worksheet.Style? = nil) {
        guard lastRow > row || lastColumn > column else { return }
        merges.append(Merge(row: row, column: column, lastRow: lastRow, lastColumn: lastColumn))
        let fill = style ?? cell(row, column)?.style ?? .text
        for r in row...lastRow {
            for c in column...lastColumn where !(r == row && c == column) {
                if cell(r, c) == nil { set(r, c, .text(""), fill) }
            }
        }
    }

    /// Splits every merge that runs across the top of `row` into the part above it and the part
    /// from it on, which shows the merge's value again: a label continued on a new page is
    /// repeated there. A part of one cell is no merge.
    mutating func splitMerges(at row: Int) {
        var kept: [Merge] = []
        for merge in merges {
            guard merge.row < row, merge.lastRow >= row else { kept.append(merge); continue }
            let first = cell(merge.row, merge.column)
            if merge.lastRow - 1 > merge.row || merge.lastColumn > merge.column {
                kept.append(Merge(row: merge.row, column: merge.column, lastRow: row - 1, lastColumn: merge.lastColumn))
            }
            if let first { set(row, merge.column, first.value, first.style) }
            if merge.lastRow > row || merge.lastColumn > merge.column {
                kept.append(Merge(row: row, column: merge.column, lastRow: merge.lastRow, lastColumn: merge.lastColumn))
            }
        }
        merges = kept
    }

    /// The height of a row in points, as set or the default.
    func height(_ row: Int) -> Double { rowHeights[row] ?? 15 }

    /// Sets row heights so that wrapped text shows in full: spreadsheet programs do not grow rows
    /// of a generated file by themselves. Width is estimated in character cells (a CJK character is
    /// two), over the merged columns when a cell is merged across one row.
    mutating func fitRowHeights(lineHeight: Double = 15) {
        // Per merge's first cell: the columns it spans (one row), or 0 when it spans rows.
        var spans: [Int: [Int: Int]] = [:]
        for merge in merges {
            spans[merge.row, default: [:]][merge.column] = merge.lastRow == merge.row ? merge.lastColumn - merge.column + 1 : 0
        }
        for (row, columns) in rows.enumerated() {
            var lines = 1
            for (column, cell) in columns.enumerated() {
                guard let cell, let text = cell.value.text, !text.isEmpty else { continue }
                let span = spans[row]?[column] ?? 1
                guard span > 0 else { continue }
                let width = (column..<(column + span)).reduce(0.0) { $0 + (columnWidths.indices.contains($1) ? columnWidths[$1] : 9) }
                // A line wraps at word and punctuation boundaries, so it fills a row to about 90 %:
                // counting 10 % more width keeps the last line from being clipped.
                let needed = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
                    total + max(1, Int((Double(DisplayWidth.of(line)) * 1.1 / max(width - 2, 1)).rounded(.up)))
                }
                lines = max(lines, needed)
            }
            // 3 pt more than the lines, so that wrapped text does not touch the borders; 409 pt is
            // the tallest row Excel allows (LibreOffice prints a taller one as a page).
            if lines > 1 { rowHeights[row] = min(Self.tallestRow, max(rowHeights[row] ?? 0, Double(lines) * lineHeight + 3)) }
        }
    }

    /// The tallest row a spreadsheet program allows, in points.
    static let tallestRow: Double = 409

    /// The last row index with a cell, or -1.
    var lastRow: Int { rows.lastIndex { $0.contains { $0 != nil } } ?? -1 }
}
