/// An RFC 4180 reader: fields separated by commas, records by CRLF, LF or CR; a field in double
/// quotes may hold commas, line breaks and doubled quotes (`""`).
///
/// Lenient where no data is lost and strict where it would be: a quote inside an unquoted field is
/// kept as a character and reported; a quoted field still open at the end of the file is reported
/// and its text kept. Works on UTF-8 bytes (every delimiter is ASCII); columns in messages count
/// characters (Unicode scalars), not bytes.
enum CSVReader {
    /// The longest cell read, in UTF-8 bytes; a longer cell is emptied and reported.
    static let maxCellBytes = 4 << 20
    /// The most cells a record may have: Excel's 16,384 columns (A to XFD). The cells past it are
    /// not read and the record gets one `tooManyCells` problem (an error), so that a header of
    /// millions of columns costs neither millions of findings nor gigabytes.
    static let maxCells = 16_384

    enum Problem: Hashable, Sendable {
        /// A `"` inside a field that did not start with one (line, column).
        case quoteInUnquotedField(line: Int, column: Int)
        /// A quoted field that runs to the end of the file (the line it started on).
        case unterminatedQuote(line: Int)
        /// Text after the closing quote of a quoted field (`"a"b`).
        case textAfterQuote(line: Int, column: Int)
        /// A cell longer than `maxCellBytes` (its line and size in bytes); it is read as empty.
        case cellTooLong(line: Int, bytes: Int)
        /// A record with more than `maxCells` cells (its line, the column where the first cell past
        /// the limit starts, and how many cells it has).
        case tooManyCells(line: Int, column: Int, cells: Int)

        /// The problem as a finding in `file`.
        func diagnostic(file: String) -> Diagnostic {
            switch self {
            case .quoteInUnquotedField(let line, let column):
                return Diagnostic(.csvQuoteInField, at: SourceLocation(file: file, line: line, column: column))
            case .textAfterQuote(let line, let column):
                return Diagnostic(.csvTextAfterQuote, at: SourceLocation(file: file, line: line, column: column))
            case .unterminatedQuote(let line):
                return Diagnostic(.csvUnterminatedQuote, at: SourceLocation(file: file, line: line))
            case .cellTooLong(let line, let bytes):
                return Diagnostic(.csvCellTooLong, at: SourceLocation(file: file, line: line),
                                  InputFile.megabytes(bytes), InputFile.megabytes(CSVReader.maxCellBytes))
            case .tooManyCells(let line, let column, let cells):
                return Diagnostic(.csvTooManyCells, at: SourceLocation(file: file, line: line, column: column),
                                  String(cells), String(CSVReader.maxCells))
            }
        }
    }

    static func read(_ text: String) -> (records: [CSVRecord], problems: [Problem]) {
        var copy = text
        return copy.withUTF8 { read(bytes: $0) }
    }

    static func read(bytes: UnsafeBufferPointer<UInt8>) -> (records: [CSVRecord], problems: [Problem]) {
        var records: [CSVRecord] = []
        var problems: [Problem] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var column = 0
        var recordLine = 1
        var fieldLine = 1
        var inQuotes = false
        var quotedField = false
        var afterClosingQuote = false
        var quoteStartLine = 1
        var fieldStarted = false
        var cells = 0
        var firstPastLimit = 0

        func endField() {
            cells += 1
            // The comma that ends the last cell kept is at `column`: the first cell past it starts after.
            if cells == maxCells { firstPastLimit = column + 1 }
            if cells > maxCells {
                field.removeAll(keepingCapacity: true)
                quotedField = false
                afterClosingQuote = false
                fieldStarted = false
                fieldLine = line
                return
            }
            if field.count > maxCellBytes {
                problems.append(.cellTooLong(line: fieldLine, bytes: field.count))
                field.removeAll()
            }
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            quotedField = false
            afterClosingQuote = false
            fieldStarted = false
            fieldLine = line
        }
        func endRecord() {
            endField()
            if cells > maxCells { problems.append(.tooManyCells(line: recordLine, column: firstPastLimit, cells: cells)) }
            cells = 0
            records.append(CSVRecord(line: recordLine, row: records.count + 1, fields: fields))
            fields = []
        }

        var i = 0
        let count = bytes.count
        while i < count {
            let c = bytes[i]
            i += 1
            if c & 0xC0 != 0x80 { column += 1 } // a new character, not a UTF-8 continuation byte
            if inQuotes {
                if c == 0x22 {
                    if i < count && bytes[i] == 0x22 {
                        field.append(0x22)
                        i += 1
                        column += 1
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else if c == 0x0A || c == 0x0D {
                    // A line break inside a cell is kept as LF, whatever the file's line ends.
                    field.append(0x0A)
                    if c == 0x0D && i < count && bytes[i] == 0x0A { i += 1 }
                    line += 1
                    column = 0
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case 0x2C:
                endField()
            case 0x0A, 0x0D:
                endRecord()
                if c == 0x0D && i < count && bytes[i] == 0x0A { i += 1 }
                line += 1
                column = 0
                recordLine = line
                fieldLine = line
            case 0x22 where !fieldStarted:
                inQuotes = true
                quotedField = true
                fieldStarted = true
                quoteStartLine = line
            default:
                if afterClosingQuote {
                    problems.append(.textAfterQuote(line: line, column: column))
                    afterClosingQuote = false
                } else if c == 0x22 && !quotedField {
                    problems.append(.quoteInUnquotedField(line: line, column: column))
                }
                field.append(c)
                fieldStarted = true
            }
        }
        if inQuotes { problems.append(.unterminatedQuote(line: quoteStartLine)) }
        if fieldStarted || !fields.isEmpty || !field.isEmpty || inQuotes { endRecord() }
        return (records, problems)
    }
}
