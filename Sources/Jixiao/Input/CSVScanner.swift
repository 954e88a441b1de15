/// `CSVReader`'s reading of RFC 4180 on a file's UTF-8 bytes, record by record, each field a
/// `TextRef`: a span of the file for a plain field, the arena for one that had to change (quotes
/// undone, a line break inside it written as LF, text after its closing quote). The same records,
/// fields and problems as `CSVReader`; nothing of the file is held twice but those fields.
struct CSVScanner {
    /// A record: the line it starts on, its 1-based number, its fields.
    struct Record {
        var line: Int
        var row: Int
        var fields: [TextRef]
    }

    /// Reads every record of `text.source`, calling `body` with each in order (the fields array is
    /// reused: copy what is kept). Returns the problems found.
    static func scan(_ text: inout TextStore, _ body: (Record) -> Void) -> [CSVReader.Problem] {
        var problems: [CSVReader.Problem] = []
        var record = Record(line: 1, row: 1, fields: [])
        var copy: [UInt8] = []          // the field's bytes when it is not a plain span
        var copying = false
        var fieldStart = 0
        var fieldEnd = 0
        var line = 1
        var column = 0
        var fieldLine = 1
        var inQuotes = false
        var quotedField = false
        var afterClosingQuote = false
        var quoteStartLine = 1
        var fieldStarted = false
        var cells = 0
        var firstPastLimit = 0
        var arena = text.arena
        let source = text.source

        source.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            func fieldLength() -> Int { copying ? copy.count : fieldEnd - fieldStart }
            func startCopying() {
                if !copying {
                    copy.removeAll(keepingCapacity: true)
                    copy.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd]))
                    copying = true
                }
            }
            func endField() {
                cells += 1
                // The comma that ends the last cell kept is at `column`: the first cell past it starts after.
                if cells == CSVReader.maxCells { firstPastLimit = column + 1 }
                if cells > CSVReader.maxCells {
                    // Past Excel's last column: counted, not kept (see `CSVReader.maxCells`).
                    copying = false
                    quotedField = false
                    afterClosingQuote = false
                    fieldStarted = false
                    fieldLine = line
                    return
                }
                var ref: TextRef
                if fieldLength() > CSVReader.maxCellBytes {
                    problems.append(.cellTooLong(line: fieldLine, bytes: fieldLength()))
                    ref = .empty
                } else if copying {
                    ref = arena.append(copy)
                } else {
                    ref = TextRef(source: fieldStart, count: fieldEnd - fieldStart)
                }
                if ref.count == 0 { ref = .empty }
                record.fields.append(ref)
                copying = false
                quotedField = false
                afterClosingQuote = false
                fieldStarted = false
                fieldLine = line
            }
            func endRecord() {
                endField()
                if cells > CSVReader.maxCells {
                    problems.append(.tooManyCells(line: record.line, column: firstPastLimit, cells: cells))
                }
                cells = 0
                body(record)
                record.row += 1
                record.fields.removeAll(keepingCapacity: true)
            }

            var i = 0
            fieldStart = 0
            fieldEnd = 0
            while i < count {
                let c = bytes[i]
                i += 1
                if c & 0xC0 != 0x80 { column += 1 }
                if inQuotes {
                    if c == 0x22 {
                        if i < count && bytes[i] == 0x22 {
                            // A doubled quote: one quote in the text.
                            startCopying()
                            copy.append(0x22)
                            i += 1
                            column += 1
                        } else {
                            inQuotes = false
                            afterClosingQuote = true
                        }
                    } else if c == 0x0A || c == 0x0D {
                        // A line break inside a cell is kept as LF, whatever the file's line ends.
                        if c == 0x0D || copying {
                            startCopying()
                            copy.append(0x0A)
                        } else {
                            fieldEnd = i
                        }
                        if c == 0x0D && i < count && bytes[i] == 0x0A { i += 1 }
                        line += 1
                        column = 0
                    } else if copying {
                        copy.append(c)
                    } else {
                        fieldEnd = i
                    }
                    continue
                }
                switch c {
                case 0x2C:
                    endField()
                    fieldStart = i
                    fieldEnd = i
                case 0x0A, 0x0D:
                    endRecord()
                    if c == 0x0D && i < count && bytes[i] == 0x0A { i += 1 }
                    line += 1
                    column = 0
                    record.line = line
                    fieldLine = line
                    fieldStart = i
                    fieldEnd = i
                case 0x22 where !fieldStarted:
                    inQuotes = true
                    quotedField = true
                    fieldStarted = true
                    quoteStartLine = line
                    fieldStart = i
                    fieldEnd = i
                default:
                    if afterClosingQuote {
                        problems.append(.textAfterQuote(line: line, column: column))
                        afterClosingQuote = false
                        startCopying()
                    } else if c == 0x22 && !quotedField {
                        problems.append(.quoteInUnquotedField(line: line, column: column))
                    }
                    if copying { copy.append(c) } else { fieldEnd = i }
                    fieldStarted = true
                }
            }
            if inQuotes { problems.append(.unterminatedQuote(line: quoteStartLine)) }
            if fieldStarted || !record.fields.isEmpty || fieldLength() > 0 || inQuotes { endRecord() }
        }
        text.arena = arena
        return problems
    }
}
