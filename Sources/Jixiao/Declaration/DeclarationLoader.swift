import Foundation

/// Reads a declaration from a file in any of its forms, found from the content, never from the
/// file's name: jixiao's JSON (`jixiao import`; starts with `{`), an XLSX workbook (ZIP signature)
/// holding the form (`WorkbookForm`) or an indicator list (`IndicatorList`), a CSV indicator list
/// (a header row with 项目名称, 三级指标 and 年度指标值 or 指标值), or the PDF's text export. An old
/// `.xls` or an encrypted workbook (both OLE compound files) is refused with what to do.
public enum DeclarationLoader {
    public struct Loaded: Sendable {
        /// The declaration as the data path holds it.
        var table: DeclarationTable
        public var diagnostics: [Diagnostic]
        /// For text input, the lines that went into the model (see `DeclarationScanner`); for a
        /// workbook, its rows numbered as lines (see `SheetLineMap`).
        var consumed: LineSet
        /// For a workbook, where its lines came from: later stages' findings go through it.
        public var sheetMap: SheetLineMap? = nil
        /// The 部门整体支出绩效目标申报表 the file holds beside its project forms, if any.
        public var department: DepartmentForm? = nil
        private let model: ModelCache

        init(table: DeclarationTable, diagnostics: [Diagnostic], consumed: LineSet, sheetMap: SheetLineMap? = nil,
             declaration: Declaration? = nil) {
            self.table = table
            self.diagnostics = diagnostics
            self.consumed = consumed
            self.sheetMap = sheetMap
            model = ModelCache(declaration)
        }

        /// A declaration read as values (JSON, workbooks, lists).
        init(declaration: Declaration, diagnostics: [Diagnostic], consumedLines: Set<Int>, sheetMap: SheetLineMap? = nil) {
            var consumed = LineSet(count: (consumedLines.max() ?? 0) + 1)
            for line in consumedLines { consumed.insert(line) }
            self.init(table: DeclarationTable(declaration), diagnostics: diagnostics, consumed: consumed, sheetMap: sheetMap,
                      declaration: declaration)
        }

        /// The declaration as values, made from the table the first time it is asked for.
        public var declaration: Declaration { model.value { table.declaration } }

        public var consumedLines: Set<Int> { consumed.set }

        /// Findings of later stages (lint, matching, scoring) that point into this declaration,
        /// with a workbook's lines turned into cells.
        public func relocate(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
            sheetMap?.relocate(diagnostics, file: file) ?? diagnostics
        }
    }

    /// The `Declaration` of a `Loaded`, made once, on first use, from any thread.
    final class ModelCache: @unchecked Sendable {
        private var stored: Declaration?
        private let lock = NSLock()

        init(_ declaration: Declaration?) { stored = declaration }

        func value(_ make: () -> Declaration) -> Declaration {
            lock.lock()
            defer { lock.unlock() }
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }

    /// The signature of an OLE compound file: an `.xls` workbook, or an encrypted `.xlsx`.
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    public static func load(path: String) -> Loaded {
        switch InputFile.readBytes(path) {
        case .success(let bytes): return load(bytes: bytes, file: path)
        case .failure(let diagnostic): return Loaded.failed(diagnostic)
        }
    }

    public static func load(data: Data, file: String) -> Loaded { load(bytes: [UInt8](data), file: file) }

    static func load(bytes: [UInt8], file: String) -> Loaded {
        if bytes.starts(with: compoundFileSignature) {
            return Loaded.failed(Diagnostic(.oldWorkbookFormat, at: SourceLocation(file: file, line: 0)))
        }
        if ZipReader.looksLikeZip(Data(bytes.prefix(4))) { return loadWorkbook(Data(bytes), file: file) }
        switch TextFileDecoder.utf8(bytes) {
        case .success(let (text, _)): return load(utf8: text, file: file)
        case .failure(let failure): return Loaded.failed(TextFileDecoder.diagnostic(failure, file: file))
        }
    }

    /// A declaration's text in UTF-8: JSON, a CSV indicator list, or the PDF's text export.
    static func load(utf8 bytes: [UInt8], file: String) -> Loaded {
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C].contains($0) }
        if first == UInt8(ascii: "{") { return loadJSON(String(decoding: bytes, as: UTF8.self), file: file) }
        // The first lines, for the forms told apart by their header (a list, an actuals table).
        let head = String(decoding: bytes.prefix(65_536), as: UTF8.self)
        if looksLikeList(head) { return loadList(String(decoding: bytes, as: UTF8.self), file: file)! }
        if let department = loadDepartmentList(String(decoding: bytes, as: UTF8.self), head: head, file: file) { return department }
        // A department's form is read on its own; the project forms are read with its lines blank.
        let department = DepartmentFormExtractor.extract(bytes, file: file)
        let result = DeclarationScanner.read(department?.rest ?? bytes, file: file)
        if result.table.projects.isEmpty, department == nil, let (line, columns) = actualsHeader(head) {
            // An actuals table in the declaration's place: one error that says so, not one per line.
            return Loaded.failed(Diagnostic(.actualsAsDeclaration, at: SourceLocation(file: file, line: line),
                                            columns.map(\.rawValue).joined(separator: ", "), Wording.scoreCommandLine))
        }
        var loaded = Loaded(table: result.table, diagnostics: result.diagnostics, consumed: result.consumed)
        loaded.adopt(department, relocatedBy: nil, file: file)
        return loaded
    }

    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        switch TextFileDecoder.decode(data) {
        case .success(let (text, _)): return .success(text)
        case .failure(let failure):
            return .failure(TextFileDecoder.diagnostic(failure, file: file))
        }
    }

    static func load(text: String, file: String) -> Loaded { load(utf8: Array(text.utf8), file: file) }

    /// True when one of the first lines is a list header (`ListColumn.header`).
    static func looksLikeList(_ text: String) -> Bool {
        let head = text.split(maxSplits: 12, omittingEmptySubsequences: true, whereSeparator: { $0.isNewline })
        return head.prefix(12).contains { line in
            line.contains(",") && ListColumn.header(CSVReader.read(String(line)).records.first?.fields ?? []) != nil
        }
    }

    /// A 部门整体 form kept as a CSV list (`DepartmentList`), when one of the first lines is its header.
    static func loadDepartmentList(_ text: String, head: String, file: String) -> Loaded? {
        // Most declarations are the PDF text: a look at the head's words before it is read as CSV.
        guard head.contains("部门名称"), DepartmentList.header(CSVReader.read(head).records) != nil else { return nil }
        let parsed = CSVReader.read(text)
        guard let (form, diagnostics) = DepartmentList.read(parsed.records, file: file, place: { row, column in
            SourceLocation(file: file, line: parsed.records.first { $0.row == row }?.line ?? row, cell: CellReference.cell(row: row - 1, column: column))
        }) else { return nil }
        var loaded = Loaded(declaration: Declaration(), diagnostics: parsed.problems.map { $0.diagnostic(file: file) } + diagnostics,
                            consumedLines: Set(parsed.records.map(\.line)))
        loaded.department = form
        return loaded
    }

    /// A CSV indicator list.
    static func loadList(_ text: String, file: String) -> Loaded? {
        guard looksLikeList(text) else { return nil }
        let parsed = CSVReader.read(text)
        var result = IndicatorList.read(parsed.records, file: file, sheet: nil,
                                        lastLine: DeclarationText.lines(of: text).count)
        result.diagnostics = parsed.problems.map { $0.diagnostic(file: file) } + result.diagnostics
        return Loaded(declaration: result.declaration, diagnostics: result.diagnostics, consumedLines: result.consumedLines)
    }

    /// A workbook: an indicator list on the first sheet that has its header, else the form on
    /// its sheets; an actuals table, or nothing of either, is refused with one error.
    static func loadWorkbook(_ data: Data, file: String) -> Loaded {
        let sheets: [WorkbookReader.Sheet]
        switch WorkbookReader.sheets(data) {
        case .success(let read): sheets = read
        case .failure(.archive(let why)), .failure(.noSheet(let why)), .failure(.beyondSheet(let why)):
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
            let cells = sheet.problems.map { $0.diagnostic(file: file, sheet: sheet.name) }
            return Loaded(declaration: result.declaration, diagnostics: cells + map.relocate(result.diagnostics, file: file),
                          consumedLines: result.consumedLines, sheetMap: map)
        }
        if let sheet = sheets.first(where: { DepartmentList.header($0.records) != nil }),
           let (form, diagnostics) = DepartmentList.read(sheet.records, file: file, place: { row, column in
               SourceLocation(file: file, line: row, cell: SheetLineMap.quoted(sheet.name) + "!" + CellReference.cell(row: row - 1, column: column))
           }) {
            // A 部门整体 form kept as a list on a sheet.
            var loaded = Loaded(declaration: Declaration(), diagnostics: sheet.problems.map { $0.diagnostic(file: file, sheet: sheet.name) } + diagnostics,
                                consumedLines: Set(sheet.records.map(\.row)))
            loaded.department = form
            return loaded
        }
        if WorkbookForm.hasForm(sheets) {
            let (result, map, department) = WorkbookForm.read(sheets, file: file)
            let cells = sheets.flatMap { sheet in sheet.problems.map { $0.diagnostic(file: file, sheet: sheet.name) } }
            var loaded = Loaded(table: result.table, diagnostics: cells + map.relocate(result.diagnostics, file: file),
                                consumed: result.consumed, sheetMap: map)
            loaded.adopt(department, relocatedBy: map, file: file)
            return loaded
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
        switch JSONErrorText.decode(DeclarationDocument.self, from: Array(text.utf8), json5: false) {
        case .success(let document):
            let declaration = document.declaration
            var loaded = Loaded(declaration: declaration, diagnostics: DeclarationChecks.run(declaration, file: file),
                                consumedLines: [])
            loaded.department = document.department
            return loaded
        case .failure(let failure):
            return Loaded.failed(Diagnostic(.declarationJSON, at: SourceLocation(file: file, line: failure.line, column: failure.column),
                                            failure.message))
        }
    }
}

extension DeclarationLoader.Loaded {
    /// True when there is something to work with: at least one project. A declaration that could
    /// not be read at all (missing, not text, the wrong kind of file, no form) gives no output.
    /// Something to score: a project form, or a 部门整体 form alone.
    public var isUsable: Bool { !table.projects.isEmpty || department != nil }

    /// Takes a 部门整体 form found beside the project forms: its lines are consumed, its findings
    /// kept (placed in cells for a workbook); a file holding only that form is not "no form".
    mutating func adopt(_ found: DepartmentFormExtractor.Found?, relocatedBy map: SheetLineMap?, file: String) {
        guard let found else { return }
        department = found.form
        diagnostics += map?.relocate(found.diagnostics, file: file) ?? found.diagnostics
        for line in found.lines { consumed.insert(line) }
        if table.projects.isEmpty { diagnostics.removeAll { $0.code == .noForm } }
    }

    /// Nothing read; one diagnostic says why.
    static func failed(_ diagnostic: Diagnostic) -> Self {
        Self(declaration: Declaration(), diagnostics: [diagnostic], consumedLines: [])
    }
}
