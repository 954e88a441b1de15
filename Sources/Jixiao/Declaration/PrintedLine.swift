/// One line of the PDF text export, split into its non-empty tab-separated cells.
struct PrintedLine {
    struct Cell {
        /// The cell's text after `PrintedText.normalizeName`.
        var text: String
        /// The cell's text with all white space removed, for comparing labels.
        var compact: String
        /// 1-based column (in characters) where the cell starts.
        var column: Int
    }

    var number: Int
    var raw: String
    var cells: [Cell]

    init(number: Int, raw: String) {
        self.number = number
        self.raw = raw
        var cells: [Cell] = []
        var column = 1
        for piece in raw.split(separator: "\t", omittingEmptySubsequences: false) {
            let text = PrintedText.normalizeName(String(piece))
            if !text.isEmpty {
                cells.append(Cell(text: text, compact: PrintedText.compact(PrintedText.foldWidth(text)), column: column))
            }
            column += piece.count + 1
        }
        self.cells = cells
    }

    var isBlank: Bool { cells.isEmpty }

    /// The line's cells joined by one space, as a diagnostic quotes it.
    var quoted: String { cells.map(\.text).joined(separator: " | ") }
}
