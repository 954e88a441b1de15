import Foundation

/// Reads an actuals file (what a finance officer fills in): a CSV (encoding detected, RFC 4180) or
/// an XLSX workbook (detected by its ZIP signature; the first sheet, or the one named), finds the
/// columns by name, and returns the data rows. Every record is either returned as a row or named
/// in a diagnostic; blank records are skipped.
public enum ActualsReader {
    public struct Result: Sendable {
        var rows: [ActualRow]
        public var diagnostics: [Diagnostic]
        var encoding: TextFileDecoder.Encoding?
        /// The header row, as read.
        var header: CSVRecord?

        /// True when there are rows to match. A file that could not be read at all (missing, not
        /// text, the wrong kind of file, no header, no data rows) gives no output.
        public var isUsable: Bool { !rows.isEmpty }
    }

    public static func load(path: String, sheet: String? = nil) -> Result {
        switch InputFile.read(path) {
        case .success(let data): return read(data: data, file: path, sheet: sheet)
        case .failure(let diagnostic): return Result(rows: [], diagnostics: [diagnostic])
        }
    }

    public static func read(data: Data, file: String, sheet: String? = nil) -> Result {
        if data.starts(with: DeclarationLoader.compoundFileSignature) {
            return Result(rows: [], diagnostics: [Diagnostic(.oldWorkbookFormat, at: SourceLocation(file: file, line: 0))])
        }
        if ZipReader.looksLikeZip(data) { return readWorkbook(data, file: file, sheet: sheet) }
        switch TextFileDecoder.decode(data) {
        case .failure(let failure):
            return Result(rows: [], diagnostics: [TextFileDecoder.diagnostic(failure, file: file)])
        case .success(let (text, encoding)):
            if let what = declarationSign(text) {
                return Result(rows: [], diagnostics: [Diagnostic(.declarationAsActuals, at: SourceLocation(file: file, line: 0), what, Wording.scoreCommandLine)])
            }
            var result = read(text: text, file: file)
            result.encoding = encoding
            return result
        }
    }

    /// The sheet named, or the first; when its header lacks the needed columns, one more error
    /// names the sheet read, the sheets there are, and the sheet that has the columns, if one has.
    static func readWorkbook(_ data: Data, file: String, sheet wanted: String?) -> Result {
        let whole = SourceLocation(file: file, line: 0)
        let sheets: [WorkbookReader.Sheet]
        switch WorkbookReader.sheets(data) {
        case .success(let read): sheets = read
        case .failure(.sheetNotFound(let name, let available)):
            return Result(rows: [], diagnostics: [Diagnostic(.sheetNotFound, at: whole, name, available.joined(separator: ", "))])
        case .failure(.archive(let why)), .failure(.noSheet(let why)):
            return Result(rows: [], diagnostics: [Diagnostic(.workbookUnreadable, at: whole, why)])
        }
        let names = sheets.map(\.name)
        guard let chosen = wanted.map({ name in sheets.first { $0.name == name } }) ?? sheets.first else {
            return Result(rows: [], diagnostics: [Diagnostic(.sheetNotFound, at: whole, wanted ?? "", names.joined(separator: ", "))])
        }
        var result = read(records: chosen.records, problems: [], file: file, padded: true)
        let lacking = result.diagnostics.contains { $0.code == .actualsMissingColumn || $0.code == .actualsNoHeader }
        if result.rows.isEmpty && lacking {
            if WorkbookForm.hasForm(sheets) || sheets.contains(where: { IndicatorList.headerIndex($0.records) != nil }) {
                // A declaration workbook in the actuals' place: one error that says so.
                return Result(rows: [], diagnostics: [Diagnostic(.declarationAsActuals, at: whole, DeclarationText.formTitle, Wording.scoreCommandLine)])
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

    public static func read(text: String, file: String) -> Result {
        let (records, problems) = CSVReader.read(text)
        return read(records: records, problems: problems, file: file)
    }

    /// Maps the header and turns records into rows; shared by CSV and XLSX input.
    /// `padded`: the records come from a sheet, where trailing empty cells are simply not stored.
    static func read(records: [CSVRecord], problems: [CSVReader.Problem], file: String, padded: Bool = false) -> Result {
        var diagnostics: [Diagnostic] = []
        diagnostics += problems.map { $0.diagnostic(file: file) }
        guard let headerIndex = records.firstIndex(where: { !isBlank($0) }) else {
            diagnostics.append(Diagnostic(.actualsNoHeader, at: SourceLocation(file: file, line: 0)))
            return Result(rows: [], diagnostics: diagnostics)
        }
        let header = records[headerIndex]
        var columns: [ActualsColumn: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            let trimmed = name.jixiaoTrimmed
            if trimmed.isEmpty { continue }
            let location = SourceLocation(file: file, line: header.line, column: index + 1, cell: header.cell(index))
            guard let column = ActualsColumn.named(trimmed) else {
                diagnostics.append(Diagnostic(.actualsUnknownColumn, at: location, trimmed))
                continue
            }
            if let first = columns[column] {
                diagnostics.append(Diagnostic(.actualsDuplicateColumn, at: location, column.rawValue,
                                              header.cell(first), header.cell(index)))
                continue
            }
            columns[column] = index
        }
        let missing = ActualsColumn.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            for column in missing {
                diagnostics.append(Diagnostic(.actualsMissingColumn, at: SourceLocation(file: file, line: header.line),
                                              column.rawValue, Wording(.englishColumnName, column.englishName).argument))
            }
            let dataRows = records.count - headerIndex - 1
            if dataRows > 0 {
                diagnostics.append(Diagnostic(.actualsRowsUnread, at: SourceLocation(file: file, line: header.line),
                                              String(dataRows)))
            }
            return Result(rows: [], diagnostics: diagnostics, header: header)
        }

        var rows: [ActualRow] = []
        for record in records[(headerIndex + 1)...] where !isBlank(record) {
            if record.fields.count > header.fields.count {
                let extra = record.fields[header.fields.count...].filter { !$0.jixiaoTrimmed.isEmpty }
                if !extra.isEmpty {
                    diagnostics.append(Diagnostic(.actualsRagged, at: SourceLocation(file: file, line: record.line),
                                                  String(record.fields.count), String(header.fields.count),
                                                  extra.joined(separator: " | ")))
                }
            } else if record.fields.count < header.fields.count && !padded {
                diagnostics.append(Diagnostic(.actualsShortRow, at: SourceLocation(file: file, line: record.line),
                                              String(record.fields.count), String(header.fields.count)))
            }
            var texts = [String?](repeating: nil, count: ActualsColumn.allCases.count)
            for (column, index) in columns where index < record.fields.count {
                let value = FormulaGuard.removed(record.fields[index].jixiaoTrimmed)
                if !value.isEmpty { texts[column.ordinal] = value }
            }
            let row = ActualRow(line: record.line, row: record.row, texts: texts, fieldIndex: columns)
            if row.projectName.isEmpty || row.indicatorName.isEmpty {
                let missingColumn: ActualsColumn = row.projectName.isEmpty ? .project : .indicator
                diagnostics.append(Diagnostic(.actualsEmptyKey, at: row.location(missingColumn, file: file),
                                              missingColumn.rawValue))
                continue
            }
            rows.append(row)
        }
        if rows.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(Diagnostic(.actualsNoRows, at: SourceLocation(file: file, line: header.line)))
        }
        return Result(rows: rows, diagnostics: diagnostics, header: header)
    }

    static func isBlank(_ record: CSVRecord) -> Bool {
        record.fields.allSatisfy { $0.jixiaoTrimmed.isEmpty }
    }
}
