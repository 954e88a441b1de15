import Foundation

/// Reads an actuals file (what a finance officer fills in): a CSV (encoding detected, RFC 4180) or
/// an XLSX workbook (detected by its ZIP signature; the first sheet, or the one named), finds the
/// columns by name, and returns the data rows. Every record is either returned as a row or named
/// in a diagnostic; blank records are skipped.
public enum ActualsReader {
    public struct Result: Sendable {
        /// The rows as the data path holds them.
        var table: ActualsTable
        public var diagnostics: [Diagnostic]
        var encoding: TextFileDecoder.Encoding?

        init(table: ActualsTable, diagnostics: [Diagnostic], encoding: TextFileDecoder.Encoding? = nil) {
            self.table = table
            self.diagnostics = diagnostics
            self.encoding = encoding
        }

        /// Nothing read; the diagnostics say why.
        init(failed diagnostics: [Diagnostic]) {
            self.init(table: ActualsTable(text: TextStore(source: [])), diagnostics: diagnostics)
        }

        /// The rows as the model's values (`ActualRow`), for the commands that read them one by one.
        var rows: [ActualRow] { table.rows }

        /// The header row, as read.
        var header: CSVRecord? { table.header }

        /// True when there are rows to match. A file that could not be read at all (missing, not
        /// text, the wrong kind of file, no header, no data rows) gives no output.
        public var isUsable: Bool { table.count > 0 }
    }

    public static func load(path: String, sheet: String? = nil) -> Result {
        switch InputFile.readBytes(path) {
        case .success(let bytes): return read(bytes: bytes, file: path, sheet: sheet)
        case .failure(let diagnostic): return Result(failed: [diagnostic])
        }
    }

    public static func read(data: Data, file: String, sheet: String? = nil) -> Result {
        read(bytes: [UInt8](data), file: file, sheet: sheet)
    }

    static func read(bytes: [UInt8], file: String, sheet: String? = nil) -> Result {
        if bytes.starts(with: DeclarationLoader.compoundFileSignature) {
            return Result(failed: [Diagnostic(.oldWorkbookFormat, at: SourceLocation(file: file, line: 0))])
        }
        if ZipReader.looksLikeZip(Data(bytes.prefix(4))) { return readWorkbook(Data(bytes), file: file, sheet: sheet) }
        switch TextFileDecoder.utf8(bytes) {
        case .failure(let failure):
            return Result(failed: [TextFileDecoder.diagnostic(failure, file: file)])
        case .success(let (text, encoding)):
            if let what = declarationSign(String(decoding: text.prefix(65_536), as: UTF8.self)) {
                return Result(failed: [Diagnostic(.declarationAsActuals, at: SourceLocation(file: file, line: 0), what,
                                                  Wording.scoreCommandLine)])
            }
            var result = read(utf8: text, file: file)
            result.encoding = encoding
            return result
        }
    }

    /// A CSV in UTF-8, read on its bytes (`CSVScanner`).
    static func read(utf8 bytes: [UInt8], file: String) -> Result {
        var text = TextStore(source: bytes)
        // The records are kept flat (no array per row) while the scanner writes to the text, then
        // turned into rows by a builder made once the scanner has the text (it holds the arena the
        // scanner writes to).
        var lines: [Int32] = [], rows: [Int32] = [], ends: [Int] = [], fields: [TextRef] = []
        let problems = CSVScanner.scan(&text) { record in
            lines.append(Int32(truncatingIfNeeded: record.line))
            rows.append(Int32(truncatingIfNeeded: record.row))
            fields.append(contentsOf: record.fields)
            ends.append(fields.count)
        }
        var builder: ActualsTable.Builder? = ActualsTable.Builder(text: text, file: file, padded: false)
        var start = 0
        for index in lines.indices {
            builder!.take(line: Int(lines[index]), row: Int(rows[index]), fields: Array(fields[start..<ends[index]]))
            start = ends[index]
        }
        fields = []
        builder!.diagnostics = problems.map { $0.diagnostic(file: file) } + builder!.diagnostics
        let (table, diagnostics) = builder!.finish()
        return Result(table: table, diagnostics: diagnostics)
    }

    /// The sheet named, or the first; when its header lacks the needed columns, one more error
    /// names the sheet read, the sheets there are, and the sheet that has the columns, if one has.
    static func readWorkbook(_ data: Data, file: String, sheet wanted: String?) -> Result {
        let whole = SourceLocation(file: file, line: 0)
        let sheets: [WorkbookReader.Sheet]
        switch WorkbookReader.sheets(data) {
        case .success(let read): sheets = read
        case .failure(.sheetNotFound(let name, let available)):
            return Result(failed: [Diagnostic(.sheetNotFound, at: whole, name, available.joined(separator: ", "))])
        case .failure(.archive(let why)), .failure(.noSheet(let why)), .failure(.beyondSheet(let why)):
            return Result(failed: [Diagnostic(.workbookUnreadable, at: whole, why)])
        }
        let names = sheets.map(\.name)
        guard let chosen = wanted.map({ name in sheets.first { $0.name == name } }) ?? sheets.first else {
            return Result(failed: [Diagnostic(.sheetNotFound, at: whole, wanted ?? "", names.joined(separator: ", "))])
        }
        var result = read(records: chosen.records, problems: [], file: file, padded: true)
        result.diagnostics = chosen.problems.map { $0.diagnostic(file: file, sheet: nil) } + result.diagnostics
        let lacking = result.diagnostics.contains { $0.code == .actualsMissingColumn || $0.code == .actualsNoHeader }
        if !result.isUsable && lacking {
            if WorkbookForm.hasForm(sheets) || sheets.contains(where: { IndicatorList.headerIndex($0.records) != nil }) {
                // A declaration workbook in the actuals' place: one error that says so.
                return Result(failed: [Diagnostic(.declarationAsActuals, at: whole, DeclarationText.formTitle, Wording.scoreCommandLine)])
            }
            let other = sheets.first { $0.name != chosen.name && hasHeader($0.records) }
            result.diagnostics.append(Diagnostic(.actualsSheetLacksColumns, at: whole, chosen.name, Wording.quotedList(names).argument,
                                                 other.map { Wording(.sheetHasColumns, $0.name).argument } ?? ""))
        }
        return result
    }

    /// True when the first row that is not blank names every required column.
    static func hasHeader(_ records: [CSVRecord]) -> Bool {
        guard let header = records.first(where: { !isBlank($0) }) else { return false }
        let columns = Set(header.fields.compactMap { ActualsColumn.named($0.jixiaoTrimmed) })
        return ActualsColumn.required.allSatisfy(columns.contains)
    }

    /// What marks `text` as a declaration (the form title, or JSON where a table was expected), or nil.
    static func declarationSign(_ text: String) -> String? {
        if text.unicodeScalars.first(where: { !PrintedText.isWhitespace($0) && $0 != "\u{FEFF}" }) == "{" { return "JSON" }
        let head = text.utf8.count > 65_536 ? String(decoding: Array(text.utf8.prefix(65_536)), as: UTF8.self) : text
        if PrintedText.compact(head).contains(DeclarationText.formTitle) { return DeclarationText.formTitle }
        return nil
    }

    public static func read(text: String, file: String) -> Result { read(utf8: Array(text.utf8), file: file) }

    /// Maps the header and turns records of strings (a sheet's, or a CSV read as `CSVReader` reads
    /// it) into rows, through the same `ActualsTable.Builder` as the bytes of a CSV.
    /// `padded`: the records come from a sheet, where trailing empty cells are simply not stored.
    static func read(records: [CSVRecord], problems: [CSVReader.Problem], file: String, padded: Bool = false) -> Result {
        var builder = ActualsTable.Builder(text: TextStore(source: []), file: file, padded: padded)
        for record in records {
            let fields = record.fields.map { $0.isEmpty ? TextRef.empty : builder.table.text.arena.append($0) }
            builder.take(line: record.line, row: record.row, fields: fields)
        }
        builder.diagnostics = problems.map { $0.diagnostic(file: file) } + builder.diagnostics
        let (table, diagnostics) = builder.finish()
        return Result(table: table, diagnostics: diagnostics)
    }

    static func isBlank(_ record: CSVRecord) -> Bool {
        record.fields.allSatisfy { $0.jixiaoTrimmed.isEmpty }
    }
}
