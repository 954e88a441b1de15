import Foundation

/// Reads a declaration from a file in any of its forms, found from the content, never from the
/// file's name: jixiao's JSON (`jixiao import`; starts with `{`), an XLSX workbook (ZIP signature)
/// holding the form (`WorkbookForm`) or an indicator list (`IndicatorList`), a CSV indicator list
/// (a header row with 项目名称, 三级指标 and 年度指标值 or 指标值), or the PDF's text export. An old
/// `.xls` or an encrypted workbook (both OLE compound files) is refused with what to do.
public enum DeclarationLoader {
    public struct Loaded: Sendable {
        public var declaration: Declaration
        public var diagnostics: [Diagnostic]
        /// For text input, the lines that went into the model (see `DeclarationTextReader`); for a
        /// workbook, its rows numbered as lines (see `SheetLineMap`).
        public var consumedLines: Set<Int>
        /// For a workbook, where its lines came from: later stages' findings go through it.
        public var sheetMap: SheetLineMap? = nil

        /// Findings of later stages (lint, matching, scoring) that point into this declaration,
        /// with a workbook's lines turned into cells.
        public func relocate(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
            sheetMap?.relocate(diagnostics, file: file) ?? diagnostics
        }
    }

    /// The signature of an OLE compound file: an `.xls` workbook, or an encrypted `.xlsx`.
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    public static func load(path: String) -> Loaded {
        // The file's bytes are let go once decoded, before the text is parsed.
        switch InputFile.read(path) {
        case .success(let data): return load(data: data, file: path)
        case .failure(let diagnostic): return Loaded.failed(diagnostic)
        }
    }

    public static func load(data: Data, file: String) -> Loaded {
        if data.starts(with: compoundFileSignature) {
            return Loaded.failed(Diagnostic(.oldWorkbookFormat, at: SourceLocation(file: file, line: 0)))
        }
        if ZipReader.looksLikeZip(data) { return loadWorkbook(data, file: file) }
        switch decode(data, file: file) {
        case .success(let text): return load(text: text, file: file)
        case .failure(let diagnostic): return Loaded.failed(diagnostic)
        }
    }

    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        switch TextFileDecoder.decode(data) {
        case .success(let (text, _)): return .success(text)
        case .failure(let failure):
            return .failure(TextFileDecoder.diagnostic(failure, file: file))
        }
    }

    static func load(text: String, file: String) -> Loaded {
        if text.unicodeScalars.first(where: { !PrintedText.isWhitespace($0) }) == "{" {
            return loadJSON(text, file: file)
        }
        if let list = loadList(text, file: file) { return list }
        let result = DeclarationTextReader.read(text, file: file)
        if result.declaration.projects.isEmpty, let (line, columns) = actualsHeader(text) {
            // An actuals table in the declaration's place: one error that says so, not one per line.
            return Loaded.failed(Diagnostic(.actualsAsDeclaration, at: SourceLocation(file: file, line: line),
                                            columns.map(\.rawValue).joined(separator: ", "), Wording.scoreCommandLine))
        }
        return Loaded(declaration: result.declaration, diagnostics: result.diagnostics,
                      consumedLines: result.consumedLines)
    }

    /// A CSV indicator list: one of the first lines is a list header (`ListColumn.header`).
    static func loadList(_ text: String, file: String) -> Loaded? {
        let head = text.split(maxSplits: 12, omittingEmptySubsequences: true, whereSeparator: { $0.isNewline })
        let looksLikeList = head.prefix(12).contains { line in
            line.contains(",") && ListColumn.header(CSVReader.read(String(line)).records.first?.fields ?? []) != nil
        }
        guard looksLikeList else { return nil }
        let parsed = CSVReader.read(text)
        var result = IndicatorList.read(parsed.records, file: file, sheet: nil,
                                        lastLine: DeclarationTextReader.lines(of: text).count)
        result.diagnostics = parsed.problems.map { $0.diagnostic(file: file) } + result.diagnostics
        return Loaded(declaration: result.declaration, diagnostics: result.diagnostics, consumedLines: result.consumedLines)
    }

    /// A workbook: an indicator list on the first sheet that has its header, else the form on
    /// its sheets; an actuals table, or nothing of either, is refused with one error.
    static func loadWorkbook(_ data: Data, file: String) -> Loaded {
        let sheets: [WorkbookReader.Sheet]
        switch WorkbookReader.sheets(data) {
        case .success(let read): sheets = read
        case .failure(.archive(let why)), .failure(.noSheet(let why)):
            return Loaded.failed(Diagnostic(.workbookUnreadable, at: SourceLocation(file: file, line: 0), why))
        case .failure(.sheetNotFound):
            return Loaded.failed(Diagnostic(.workbookAsDeclaration, at: SourceLocation(file: file, line: 0)))
        }
        if let sheet = sheets.first(where: { IndicatorList.headerIndex($0.records) != nil }) {
            let result = IndicatorList.read(sheet.records, merges: sheet.merges, file: file, sheet: sheet.name)
            var map = SheetLineMap()
            let last = sheet.records.map(\.row).max() ?? 0
            if last > 0 {
                map.places = (1...last).map { SheetLineMap.Place(sheet: sheet.name, row: $0, starts: [], firstFilled: 0) }
            }
            return Loaded(declaration: result.declaration, diagnostics: map.relocate(result.diagnostics, file: file),
                          consumedLines: result.consumedLines, sheetMap: map)
        }
        if WorkbookForm.hasForm(sheets) {
            let (result, map) = WorkbookForm.read(sheets, file: file)
            return Loaded(declaration: result.declaration, diagnostics: map.relocate(result.diagnostics, file: file),
                          consumedLines: result.consumedLines, sheetMap: map)
        }
        for sheet in sheets {
            guard let first = sheet.records.first(where: { $0.fields.contains { !PrintedText.trimmed($0).isEmpty } }) else { continue }
            let columns = ActualsColumn.header(in: Substring(first.fields.joined(separator: "\t")))
            if columns.contains(.actual) {
                return Loaded.failed(Diagnostic(.actualsAsDeclaration, at: SourceLocation(file: file, line: first.row),
                                                columns.map(\.rawValue).joined(separator: ", "), Wording.scoreCommandLine))
            }
        }
        return Loaded.failed(Diagnostic(.workbookAsDeclaration, at: SourceLocation(file: file, line: 0)))
    }

    /// The first non-blank line and the actuals columns it names, when it reads as an actuals header.
    static func actualsHeader(_ text: String) -> (Int, [ActualsColumn])? {
        var number = 0
        // The first non-blank line is within the first lines: only those are split, not the whole file.
        let lines = text.split(maxSplits: 64, omittingEmptySubsequences: false,
                               whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        // With 65 pieces the last is the rest of the file, not a line.
        for line in lines.count > 64 ? lines.dropLast() : lines[...] {
            number += 1
            if PrintedText.trimmed(String(line)).isEmpty { continue }
            let columns = ActualsColumn.header(in: line)
            return columns.isEmpty ? nil : (number, columns)
        }
        return nil
    }

    static func loadJSON(_ text: String, file: String) -> Loaded {
        do {
            let document = try JSONDecoder().decode(DeclarationDocument.self, from: Data(text.utf8))
            let declaration = document.declaration
            return Loaded(declaration: declaration, diagnostics: DeclarationChecks.run(declaration, file: file),
                          consumedLines: [])
        } catch {
            let (line, message) = JSONErrorText.describe(error, in: text)
            return Loaded.failed(Diagnostic(.declarationJSON, at: SourceLocation(file: file, line: line), message))
        }
    }
}

extension DeclarationLoader.Loaded {
    /// True when there is something to work with: at least one project. A declaration that could
    /// not be read at all (missing, not text, the wrong kind of file, no form) gives no output.
    public var isUsable: Bool { !declaration.projects.isEmpty }

    /// Nothing read; one diagnostic says why.
    static func failed(_ diagnostic: Diagnostic) -> Self {
        Self(declaration: Declaration(), diagnostics: [diagnostic], consumedLines: [])
    }
}
