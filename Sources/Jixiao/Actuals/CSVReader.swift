/// An RFC 4180 reader: fields separated by commas, records by CRLF, LF or CR; a field in double
/// quotes may hold commas, line breaks and doubled quotes (`""`).
///
/// Lenient where no data is lost and strict where it would be: a quote inside an unquoted field is
/// kept as a character and reported; a quoted field still open at the end of the file is reported
/// and its text kept.
public enum CSVReader {
    /// The longest cell read, in UTF-8 bytes; a longer cell is emptied and reported.
    public static let maxCellBytes = 4 << 20

    public enum Problem: Hashable, Sendable {
        /// A `"` inside a field that did not start with one (line, column).
        case quoteInUnquotedField(line: Int, column: Int)
        /// A quoted field that runs to the end of the file (the line it started on).
        case unterminatedQuote(line: Int)
        /// Text after the closing quote of a quoted field (`"a"b`).
        case textAfterQuote(line: Int, column: Int)
        /// A cell longer than `maxCellBytes` (its line and size in bytes); it is read as empty.
        case cellTooLong(line: Int, bytes: Int)
    }

    public static func read(_ text: String) -> (records: [CSVRecord], problems: [Problem]) {
        var records: [CSVRecord] = []
        var problems: [Problem] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var column = 0
        var recordLine = 1
        var inQuotes = false
        var quotedField = false
        var afterClosingQuote = false
        var quoteStartLine = 1
        var fieldStarted = false
        var pendingCR = false

        var fieldLine = 1
        func endField() {
            let bytes = field.reduce(0) { $0 + UTF8.width($1) }
            if bytes > maxCellBytes {
                problems.append(.cellTooLong(line: fieldLine, bytes: bytes))
                field = String.UnicodeScalarView()
            }
            fields.append(String(field))
            field = String.UnicodeScalarView()
            quotedField = false
            afterClosingQuote = false
            fieldStarted = false
            fieldLine = line
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(line: recordLine, row: records.count + 1, fields: fields))
            fields = []
        }

        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if pendingCR {
                pendingCR = false
                if c == "\n" { continue }
            }
            column += 1
            if inQuotes {
                if c == "\"" {
                    if i < scalars.count && scalars[i] == "\"" {
                        field.append("\"")
                        i += 1
                        column += 1
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else if c == "\n" || c == "\r" {
                    // A line break inside a cell is kept as LF, whatever the file's line ends.
                    field.append("\n")
                    if c == "\r" && i < scalars.count && scalars[i] == "\n" { i += 1 }
                    line += 1
                    column = 0
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case ",":
                endField()
            case "\n", "\r":
                endRecord()
                line += 1
                column = 0
                recordLine = line
                fieldLine = line
                pendingCR = c == "\r"
            case "\"" where !fieldStarted:
                inQuotes = true
                quotedField = true
                fieldStarted = true
                quoteStartLine = line
            default:
                if afterClosingQuote {
                    problems.append(.textAfterQuote(line: line, column: column))
                    afterClosingQuote = false
                } else if c == "\"" && !quotedField {
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
