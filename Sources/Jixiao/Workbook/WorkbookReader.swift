import Foundation

/// Reads the cells of one sheet of an XLSX file (as Excel, WPS and LibreOffice save it) into
/// records: shared strings, inline strings, numbers (shown as Excel shows them, with 15
/// significant digits, and as percentages where the cell's format is a percentage), booleans and
/// the cached values of formulas. The first sheet, or the one named.
enum WorkbookReader {
    enum Failure: Error, Equatable {
        case archive(String)
        case noSheet(String)
        case sheetNotFound(String, available: [String])
        /// A row or cell past what Excel allows (1,048,576 rows, columns A to XFD), or a cell
        /// reference that is not one: the wording names the sheet and the reference.
        case beyondSheet(String)
    }

    /// Excel's last row and last column (XFD), 1-based and 0-based as the reader counts them.
    static let lastRow = 1_048_576
    static let lastColumn = 16_383

    /// Why a sheet's cells cannot be read at all.
    enum SheetFailure: Error {
        /// The row or cell reference that lies beyond the sheet, as written in the file.
        case beyond(String)
        /// A part the sheet's cells need (the shared strings) is not in the archive.
        case missingPart(String)

        func failure(sheet: String) -> Failure {
            switch self {
            case .beyond(let reference): return .beyondSheet(Wording(.cellBeyondSheet, sheet, reference).argument)
            case .missingPart(let path): return .archive(Wording(.archiveMissingPart, path).argument)
            }
        }
    }

    /// The part that holds the workbook's shared strings.
    static let sharedStringsPath = "xl/sharedStrings.xml"

    /// One sheet as read: its name, its rows, its merged ranges (0-based, inclusive), and the
    /// cells it did not take as read.
    struct Sheet: Sendable {
        var name: String
        var records: [CSVRecord]
        var merges: [Worksheet.Merge]
        var problems: [CellProblem] = []
    }

    /// A sheet's records and the cells not taken as read.
    struct Cells {
        var records: [CSVRecord]
        var problems: [CellProblem]
    }

    /// Every sheet of the workbook, in workbook order, with its merged ranges.
    static func sheets(_ data: Data) -> Result<[Sheet], Failure> {
        do {
            let zip = try ZipReader(data)
            let paths = try sheetPaths(zip)
            guard !paths.isEmpty else { return .failure(.noSheet(Wording(.workbookNoSheets).argument)) }
            let strings = zip.contains(sharedStringsPath) ? sharedStrings(try zip.data(sharedStringsPath)) : nil
            let formats = try numberFormats(zip)
            var sheets: [Sheet] = []
            for (name, path) in paths {
                guard zip.contains(path) else { return .failure(.noSheet(Wording(.archiveMissingPart, path).argument)) }
                let bytes = try zip.data(path)
                let read: Cells
                do {
                    read = try cells(bytes, strings: strings, formats: formats)
                } catch {
                    return .failure(error.failure(sheet: name))
                }
                sheets.append(Sheet(name: name, records: read.records, merges: merges(bytes), problems: read.problems))
            }
            return .success(sheets)
        } catch {
            return .failure(.archive(describe(error)))
        }
    }

    /// The `<mergeCell ref="A2:B5"/>` ranges of a sheet part.
    static func merges(_ bytes: [UInt8]) -> [Worksheet.Merge] {
        var merges: [Worksheet.Merge] = []
        var scanner = XMLScanner(bytes)
        while let event = scanner.next() {
            guard case .start("mergeCell", let attributes, _) = event, let ref = attributes["ref"] else { continue }
            let ends = ref.split(separator: ":").map(String.init)
            guard ends.count == 2, let first = position(ends[0]), let last = position(ends[1]) else { continue }
            merges.append(Worksheet.Merge(row: min(first.row, last.row), column: min(first.column, last.column),
                                          lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column)))
        }
        return merges
    }

    /// `B12` → row 11, column 1 (0-based).
    static func position(_ reference: String) -> (row: Int, column: Int)? {
        guard let column = CellReference.columnIndex(reference) else { return nil }
        let digits = reference.drop { $0.isLetter }
        guard let row = Int(digits), row >= 1 else { return nil }
        return (row - 1, column)
    }

    static func records(_ data: Data, sheet wanted: String? = nil) -> Result<[CSVRecord], Failure> {
        do {
            let zip = try ZipReader(data)
            let sheets = try sheetPaths(zip)
            guard let first = sheets.first else { return .failure(.noSheet(Wording(.workbookNoSheets).argument)) }
            let chosen: (name: String, path: String)
            if let wanted {
                guard let match = sheets.first(where: { $0.name == wanted }) else {
                    return .failure(.sheetNotFound(wanted, available: sheets.map(\.name)))
                }
                chosen = match
            } else {
                chosen = first
            }
            let strings = zip.contains(sharedStringsPath) ? sharedStrings(try zip.data(sharedStringsPath)) : nil
            guard zip.contains(chosen.path) else { return .failure(.noSheet(Wording(.archiveMissingPart, chosen.path).argument)) }
            let bytes = try zip.data(chosen.path)
            let formats = try numberFormats(zip)
            do {
                return .success(try cells(bytes, strings: strings, formats: formats).records)
            } catch {
                return .failure(error.failure(sheet: chosen.name))
            }
        } catch {
            return .failure(.archive(describe(error)))
        }
    }

    /// What was wrong with the archive, as a wording a message carries.
    static func describe(_ error: ZipReader.Failure) -> String {
        switch error {
        case .notZip(let why): return Wording(.archiveNotZip, why.argument).argument
        case .missingEntry(let name): return Wording(.archiveMissingPart, name).argument
        case .unsupportedMethod(let name, let method): return Wording(.archiveMethod, name, String(method)).argument
        case .corrupt(let name): return Wording(.archiveDamaged, name).argument
        case .tooLarge(let name, let limit): return Wording(.archiveTooLarge, name, String(limit / 1_048_576)).argument
        }
    }

    /// Sheet names and their part paths, in workbook order.
    static func sheetPaths(_ zip: ZipReader) throws(ZipReader.Failure) -> [(name: String, path: String)] {
        var targets: [String: String] = [:]
        if zip.contains("xl/_rels/workbook.xml.rels") {
            var scanner = XMLScanner(try zip.data("xl/_rels/workbook.xml.rels"))
            while let event = scanner.next() {
                if case .start("Relationship", let attributes, _) = event, let id = attributes["Id"],
                   let target = attributes["Target"] {
                    targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                }
            }
        }
        var sheets: [(name: String, path: String)] = []
        var scanner = XMLScanner(try zip.data("xl/workbook.xml"))
        while let event = scanner.next() {
            if case .start("sheet", let attributes, _) = event, let name = attributes["name"] {
                let path = attributes["id"].flatMap { targets[$0] } ?? "xl/worksheets/sheet\(sheets.count + 1).xml"
                sheets.append((name, path))
            }
        }
        return sheets
    }

    static func sharedStrings(_ bytes: [UInt8]) -> [String] {
        var strings: [String] = []
        var scanner = XMLScanner(bytes)
        var current: String?
        var inText = false
        var inPhonetic = false
        while let event = scanner.next() {
            switch event {
            case .start("si", _, let selfClosing):
                if selfClosing { strings.append("") } else { current = "" }
            case .end("si"):
                strings.append(current ?? "")
                current = nil
            case .start("rPh", _, false): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _, let selfClosing): inText = !selfClosing
            case .end("t"): inText = false
            case .text(let text) where inText && !inPhonetic: current? += text
            default: break
            }
        }
        return strings
    }

    /// How the workbook shows numbers: its styles' percentages and dates, and its date system.
    static func numberFormats(_ zip: ZipReader) throws(ZipReader.Failure) -> NumberFormats {
        NumberFormats(styles: zip.contains("xl/styles.xml") ? try zip.data("xl/styles.xml") : nil,
                      workbook: zip.contains("xl/workbook.xml") ? try zip.data("xl/workbook.xml") : nil)
    }

    /// The sheet's cells by row. A row number or cell reference past Excel's sheet (or one that is
    /// not a reference) ends the reading: nothing is read from a sheet whose size cannot be trusted,
    /// and nothing downstream sizes itself from a row number of four billion. So does a shared
    /// string without the part that holds them. A cell whose content is an error value, an
    /// uncached formula, bad text or a bad string index is left empty and reported
    /// (`CellProblem`), except a formula that reads as a value, which is kept as `=` + formula.
    static func cells(_ bytes: [UInt8], strings: [String]?, formats: NumberFormats) throws(SheetFailure) -> Cells {
        var rows: [Int: [Int: String]] = [:]
        var problems: [CellProblem] = []
        var scanner = XMLScanner(bytes)
        var rowNumber = 0
        var cell: (column: Int, type: String, style: Int)?
        var value = ""
        var formula = ""
        var hasValue = false
        var capturing = false
        var capturingFormula = false
        var nextColumn = 0
        while let event = scanner.next() {
            switch event {
            case .start("row", let attributes, let selfClosing):
                if let written = attributes["r"] {
                    guard let number = Int(written), number >= 1, number <= lastRow else { throw .beyond(written) }
                    rowNumber = number
                } else {
                    rowNumber += 1
                    guard rowNumber <= lastRow else { throw .beyond(String(rowNumber)) }
                }
                nextColumn = 0
                if selfClosing { continue }
            case .start("c", let attributes, let selfClosing):
                let column: Int
                if let written = attributes["r"] {
                    guard let place = position(written), place.column <= lastColumn, place.row < lastRow else {
                        throw .beyond(written)
                    }
                    column = place.column
                } else {
                    column = nextColumn
                    guard column <= lastColumn else { throw .beyond(CellReference.cell(row: max(rowNumber - 1, 0), column: column)) }
                }
                nextColumn = column + 1
                cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) } ?? 0)
                value = ""
                formula = ""
                hasValue = false
                if selfClosing { cell = nil }
            case .start("v", _, false), .start("t", _, false):
                capturing = cell != nil
                hasValue = hasValue || cell != nil
            case .end("v"), .end("t"):
                capturing = false
            case .start("f", _, false):
                capturingFormula = cell != nil
            case .end("f"):
                capturingFormula = false
            case .text(let text) where capturing:
                value += text
            case .text(let text) where capturingFormula:
                formula += text
            case .end("c"):
                if let current = cell {
                    var problem: CellProblem.Kind?
                    var shown = ""
                    if !hasValue && !formula.isEmpty {
                        if CellProblem.formulaIsValue(formula) {
                            shown = "=" + formula
                            problem = .formulaAsText(formula)
                        } else {
                            problem = .uncachedFormula(formula)
                        }
                    } else if current.type == "e" {
                        problem = .errorValue(value.jixiaoTrimmed)
                    } else if current.type == "s" {
                        guard let strings else { throw .missingPart(sharedStringsPath) }
                        if let index = Int(value.jixiaoTrimmed), index >= 0, index < strings.count {
                            shown = strings[index]
                        } else {
                            problem = .badStringIndex(value.jixiaoTrimmed)
                        }
                    } else {
                        shown = display(value, type: current.type, format: formats.kinds[current.style], formats: formats)
                    }
                    if problem == nil && CellProblem.isBadText(shown) {
                        problem = .badText
                        shown = ""
                    }
                    if let problem { problems.append(CellProblem(row: rowNumber, column: current.column, kind: problem)) }
                    if !shown.isEmpty { rows[rowNumber, default: [:]][current.column] = shown }
                }
                cell = nil
            default:
                break
            }
        }
        let records = rows.keys.sorted().map { number in
            let byColumn = rows[number] ?? [:]
            let width = (byColumn.keys.max() ?? -1) + 1
            return CSVRecord(line: number, row: number, fields: (0..<width).map { byColumn[$0] ?? "" })
        }
        return Cells(records: records, problems: problems)
    }

    /// A cell's value as shown, for every type but shared strings and errors.
    static func display(_ raw: String, type: String, format: NumberFormats.Kind?, formats: NumberFormats) -> String {
        switch type {
        case "inlineStr", "str":
            return raw
        case "b":
            return raw == "1" ? "TRUE" : "FALSE"
        default:
            if let format, format != .percent, let serial = Double(raw.jixiaoTrimmed),
               let date = formats.text(ofSerial: serial, format) {
                return date
            }
            return number(raw, percent: format == .percent)
        }
    }

    /// Excel keeps binary doubles (0.98499999999999999); it shows 15 significant digits. So do we.
    static func number(_ raw: String, percent: Bool) -> String {
        let trimmed = raw.jixiaoTrimmed
        guard let double = Double(trimmed), double.isFinite else { return trimmed }
        let scaled = percent ? double * 100 : double
        guard let decimal = Decimal(string: String(format: "%.15g", scaled), locale: Locale(identifier: "en_US_POSIX")) else {
            return trimmed
        }
        let text = (decimal.isZero ? Decimal(0) : decimal).description
        return percent ? text + "%" : text
    }
}
