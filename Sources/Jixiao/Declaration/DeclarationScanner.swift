import Foundation

/// Reads the PDF text export of 绩效目标申报表 on its UTF-8 bytes into a `DeclarationTable`: the
/// reading `DeclarationTextReader` describes (forms, header, goal, the indicator table and what the
/// export does to it), with every cell a span of the file and no string made for it unless it had
/// to change (white space inside a name). Nothing is lost: each non-blank line is consumed into the
/// model (`consumed`) or named in a diagnostic.
struct DeclarationScanner {
    /// One cell of a line: its text after `normalizeName`, its compacted form for label look-ups,
    /// and the byte offset where it starts in the (cleaned) line, for a column in a message.
    struct Cell {
        var text: TextRef
        /// In `compactBytes` when it differs from the text, else nil.
        var compact: Range<Int>?
        var lineOffset: Int
    }

    enum Stage { case preamble, header, goal, table }

    let file: String
    var table: DeclarationTable
    var diagnostics: [Diagnostic] = []
    var consumed: LineSet
    var stage = Stage.preamble
    var project: DeclarationTable.ProjectRecord?
    var goalParts: [TextRef] = []
    var category: UInt16 = 0
    var subcategory: UInt16 = 0
    var blankSinceLastRow = false
    /// Targets already parsed, by their text as printed.
    var parsedTargets: [SpanKey: Int32] = [:]
    /// Per target: why it could not be read as a number, if it looked like one.
    var problems: [TargetProblem?] = []
    var keyStorage = KeyStorage()

    // The line being read.
    var cells: [Cell] = []
    var compactBytes: [UInt8] = []
    var lineNumber = 0
    /// The line's bytes (a span of the source, or of the arena when control characters were removed).
    var lineRef = TextRef.empty

    init(file: String, text: TextStore, lines: Int) {
        self.file = file
        table = DeclarationTable(text: text)
        consumed = LineSet(count: lines)
    }

    // MARK: the line

    /// Splits the line into its non-empty tab-separated cells.
    mutating func split(_ line: TextRef, number: Int) {
        lineNumber = number
        cells.removeAll(keepingCapacity: true)
        compactBytes.removeAll(keepingCapacity: true)
        var line = line
        let control = table.text.withBytes(line) { bytes in bytes.contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F } }
        if control {
            // Control characters (but tab) are removed, and reported once each.
            var kept: [UInt8] = []
            var found: [String] = []
            let raw = table.text.string(line)
            for scalar in raw.unicodeScalars {
                if DeclarationText.isControl(scalar) {
                    let name = "\\u{\(String(scalar.value, radix: 16))}"
                    if !found.contains(name) { found.append(name) }
                } else {
                    kept.append(contentsOf: String(scalar).utf8)
                }
            }
            report(.controlCharacters, line: number, found.joined(separator: " "))
            line = table.text.arena.append(kept)
        }
        lineRef = line
        let base = line.offset
        let count = Int(line.count)
        var start = 0
        let inArena = line.inArena
        var pieces: [(Int, Int)] = []
        table.text.withBytes(line) { bytes in
            var i = 0
            while i <= count {
                if i == count || bytes[i] == 0x09 {
                    if i > start { pieces.append((start, i)) }
                    start = i + 1
                }
                i += 1
            }
        }
        for (from, to) in pieces {
            let raw = inArena ? TextRef(arena: base + from, count: to - from) : TextRef(source: base + from, count: to - from)
            var text = raw
            var compact: Range<Int>?
            let normalized = table.text.withBytes(raw) { ByteText.normalizedName($0) }
            if let normalized {
                if normalized.isEmpty { continue }
                text = table.text.arena.append(normalized)
            }
            if let folded = table.text.withBytes(text, { ByteText.compactFolded($0) }) {
                let from = compactBytes.count
                compactBytes.append(contentsOf: folded)
                compact = from..<compactBytes.count
            }
            cells.append(Cell(text: text, compact: compact, lineOffset: from))
        }
    }

    /// Calls `body` with a cell's compacted bytes.
    func withCompact<R>(_ cell: Cell, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let range = cell.compact {
            return compactBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        return table.text.withBytes(cell.text, body)
    }

    func compactString(_ cell: Cell) -> String { withCompact(cell) { ByteText.string($0) } }

    func text(_ cell: Cell) -> String { table.text.string(cell.text) }

    /// The 1-based column (in characters) where the cell starts.
    func column(_ cell: Cell) -> Int {
        table.text.withBytes(lineRef) { ByteText.scalarCount(UnsafeBufferPointer(rebasing: $0[0..<cell.lineOffset])) + 1 }
    }

    /// The cells joined by ` | `, as a message quotes a line.
    var quoted: String { cells.map(text).joined(separator: " | ") }

    // MARK: the forms

    mutating func take() {
        if cells.isEmpty {
            if stage == .table { blankSinceLastRow = true }
            return
        }
        if withCompact(cells[0], { $0.starts(with: Self.formTitle) }) {
            finishProject()
            var record = DeclarationTable.ProjectRecord()
            record.line = Int32(lineNumber)
            record.firstIndicator = Int32(table.indicators.count)
            project = record
            stage = .header
            consume()
            return
        }
        switch stage {
        case .preamble:
            if table.title == nil {
                table.title = table.text.arena.append(cells.map(text).joined(separator: " "))
                consume()
            } else {
                report(.unexpectedLine, severity: .warning, line: lineNumber, Wording(.lineBeforeFirstForm).argument, quoted)
            }
        case .header: takeHeader()
        case .goal: takeGoal()
        case .table: takeTableRow()
        }
    }

    static let formTitle = Array(DeclarationText.formTitle.utf8)

    mutating func consume() { consumed.insert(lineNumber) }

    mutating func report(_ code: DiagnosticCode, severity: Severity? = nil, line: Int, column: Int? = nil, _ arguments: String...) {
        diagnostics.append(Diagnostic(code: code, severity: severity ?? code.defaultSeverity,
                                      location: SourceLocation(file: file, line: line, column: column), arguments: arguments))
    }

    /// True for the `一级指标 | 二级指标 | 三级指标 | 指标值` line.
    func isTableHeader() -> Bool {
        cells.contains { withCompact($0) { $0.elementsEqual(Self.categoryHead) } }
            && cells.contains { withCompact($0) { $0.elementsEqual(Self.indicatorHead) } }
    }

    static let categoryHead = Array("一级指标".utf8)
    static let indicatorHead = Array("三级指标".utf8)

    /// Closes the current form and adds its project.
    mutating func finishProject() {
        guard var current = project else { return }
        if !goalParts.isEmpty {
            let joined = goalParts.map { table.text.string($0) }.joined(separator: " ")
            current.goal = goalParts.count == 1 ? goalParts[0] : table.text.arena.append(joined)
        }
        current.indicatorCount = Int32(table.indicators.count) - current.firstIndicator
        table.projects.append(current)
        project = nil
        goalParts = []
        category = 0
        subcategory = 0
        blankSinceLastRow = false
        stage = .preamble
    }
}

/// The line numbers a reader consumed, one bit each.
struct LineSet: Sendable {
    private(set) var words: [UInt64]

    init(count: Int) { words = [UInt64](repeating: 0, count: count / 64 + 1) }

    mutating func insert(_ line: Int) {
        let word = line >> 6
        if word >= words.count { words += [UInt64](repeating: 0, count: word - words.count + 1) }
        words[word] |= 1 << UInt64(line & 63)
    }

    func contains(_ line: Int) -> Bool {
        let word = line >> 6
        return word < words.count && words[word] & (1 << UInt64(line & 63)) != 0
    }

    mutating func formUnion(_ other: LineSet) {
        if other.words.count > words.count { words += [UInt64](repeating: 0, count: other.words.count - words.count) }
        for (index, word) in other.words.enumerated() { words[index] |= word }
    }

    /// The lines as a set.
    var set: Set<Int> {
        var lines = Set<Int>()
        for (index, word) in words.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { lines.insert(index * 64 + bit) }
        }
        return lines
    }
}

/// Storage for the bytes of dictionary keys (`SpanKey`) that must outlive the buffer they were read
/// from; freed with the reader.
final class KeyStorage: @unchecked Sendable {
    private var chunks: [UnsafeMutableBufferPointer<UInt8>] = []
    private var used = 0

    /// A stable copy of `bytes`.
    func keep(_ bytes: UnsafeBufferPointer<UInt8>) -> SpanKey {
        if chunks.isEmpty || used + bytes.count > chunks[chunks.count - 1].count {
            chunks.append(.allocate(capacity: max(65_536, bytes.count)))
            used = 0
        }
        let chunk = chunks[chunks.count - 1]
        let start = chunk.baseAddress! + used
        if let base = bytes.baseAddress { start.update(from: base, count: bytes.count) }
        used += bytes.count
        return SpanKey(UnsafeBufferPointer(start: start, count: bytes.count))
    }

    deinit { for chunk in chunks { chunk.deallocate() } }
}
