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
    /// Control characters (other than tab) found in the line and removed, as `\u{…}` text.
    var controlCharacters: [String] = []

    init(number: Int, raw input: String) {
        self.number = number
        var raw = input
        if input.unicodeScalars.contains(where: Self.isControl) {
            var kept = String.UnicodeScalarView()
            var found: [String] = []
            for scalar in input.unicodeScalars {
                if Self.isControl(scalar) {
                    let name = "\\u{\(String(scalar.value, radix: 16))}"
                    if !found.contains(name) { found.append(name) }
                } else {
                    kept.append(scalar)
                }
            }
            raw = String(kept)
            controlCharacters = found
        }
        self.raw = raw
        // Split on tab bytes (no grapheme breaking); columns count Unicode scalars.
        var cells: [Cell] = []
        var column = 1
        let utf8 = raw.utf8
        var start = utf8.startIndex
        while true {
            let end = utf8[start...].firstIndex(of: 0x09) ?? utf8.endIndex
            let piece = Substring(raw[start..<end])
            if !piece.isEmpty {
                let text = PrintedText.normalizeName(String(piece))
                if !text.isEmpty {
                    cells.append(Cell(text: text, compact: PrintedText.compact(PrintedText.foldWidth(text)), column: column))
                }
                column += piece.unicodeScalars.count
            }
            column += 1
            guard end < utf8.endIndex else { break }
            start = utf8.index(after: end)
        }
        self.cells = cells
    }

    var isBlank: Bool { cells.isEmpty }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    /// The line's cells joined by one space, as a diagnostic quotes it.
    var quoted: String { cells.map(\.text).joined(separator: " | ") }
}
