import Foundation

/// Reads a declaration kept as a flat indicator list (`.csv` or a sheet of an `.xlsx`): one row per
/// indicator, columns by header name (`ListColumn`). Rows above the header with a single cell
/// give the document's title. A project is the rows that share a 项目名称 (in order of first
/// appearance); its facts come from its first row, and a later row that disagrees is a warning
/// at the cell. A blank 项目名称, 一级指标 or 二级指标 carries on from the row above, as on a form
/// (so does a merged cell: its value counts for every row it covers). With both forms of the
/// target, 年度指标值 is used where it is filled and the split columns elsewhere. A row with 项目名称 but no
/// 三级指标 and no target declares the project's facts only. Every row is used or reported.
struct IndicatorList {
    struct Result: Sendable {
        var declaration: Declaration
        var diagnostics: [Diagnostic]
        /// Rows (as lines) whose content went into the model.
        var consumedLines: Set<Int>
    }

    let file: String
    /// The sheet's name for a workbook; nil for a CSV file.
    let sheet: String?
    var declaration = Declaration()
    var diagnostics: [Diagnostic] = []
    var consumed: Set<Int> = []
    var columns: [Int: (column: ListColumn, tenThousands: Bool)] = [:]
    /// A project's first row (record) and the facts it gave, by project name.
    var firstRows: [String: CSVRecord] = [:]
    var indexByName: [String: Int] = [:]
    var lastLine: Int?

    init(file: String, sheet: String?) {
        self.file = file
        self.sheet = sheet
    }

    /// The header row's index in `records`, when one of the first rows is an indicator list's header.
    static func headerIndex(_ records: [CSVRecord]) -> Int? {
        records.prefix(12).firstIndex { ListColumn.header($0.fields) != nil }
    }

    /// `lastLine`: for a CSV file, its number of lines, so that a record still open at the end
    /// (an unterminated quote) accounts for every line it swallowed.
    static func read(_ records: [CSVRecord], merges: [Worksheet.Merge] = [], file: String, sheet: String?,
                     lastLine: Int? = nil) -> Result {
        var reader = IndicatorList(file: file, sheet: sheet)
        reader.lastLine = lastLine
        reader.read(records: records, merges: merges)
        return Result(declaration: reader.declaration, diagnostics: reader.diagnostics, consumedLines: reader.consumed)
    }

    mutating func read(records input: [CSVRecord], merges: [Worksheet.Merge]) {
        let records = input.map { record in
            var cleaned = record
            cleaned.fields = record.fields.map { FormulaGuard.removed(PrintedText.trimmed($0)) }
            return cleaned
        }
        guard let headerIndex = Self.headerIndex(records) else {
            diagnostics.append(Diagnostic(.actualsMissingColumn, at: location(records.first, nil), "项目名称, 三级指标, 年度指标值", Wording(.englishColumnName, "project, indicator, target").argument))
            return
        }
        let header = records[headerIndex]
        columns = ListColumn.header(header.fields) ?? [:]
        consumed.insert(header.line)
        checkHeader(header)
        for record in records[..<headerIndex] {
            let filled = record.fields.filter { !$0.isEmpty }
            if filled.count == 1, declaration.title == nil {
                declaration.title = PrintedText.normalizeName(filled[0])
                consumed.insert(record.line)
            } else if !filled.isEmpty {
                report(.unexpectedLine, .warning, record, nil, Wording(.lineBeforeHeader).argument, filled.joined(separator: " | "))
            }
        }
        let body = spreadMerges(Array(records[(headerIndex + 1)...]), merges: merges)
        checkMerges(body, merges: merges)
        var previous: (project: String, category: String, subcategory: String)?
        for record in body {
            take(record, previous: &previous)
        }
        if declaration.projects.isEmpty {
            // A head row and nothing under it: one error, so that no command ends without a word.
            report(.listNoRows, .error, header, nil)
        }
        diagnostics += DeclarationChecks.run(declaration, file: file)
        // A record whose quoted cell holds line breaks runs over several lines: all of them are
        // accounted for with its first.
        let reported = Set(diagnostics.map(\.location.line))
        for (index, record) in records.enumerated() where consumed.contains(record.line) || reported.contains(record.line) {
            let next = index + 1 < records.count ? records[index + 1].line : max(record.line + 1, (lastLine ?? 0) + 1)
            if next > record.line + 1 { consumed.formUnion((record.line + 1)..<next) }
        }
    }

    /// Missing required columns, and heads read twice or not at all.
    mutating func checkHeader(_ header: CSVRecord) {
        let present = Set(columns.values.map(\.column))
        if !present.contains(.category) {
            diagnostics.append(Diagnostic(.actualsMissingColumn, at: location(header, nil), ListColumn.category.rawValue, Wording(.englishColumnName, "category").argument))
        }
        if !present.contains(.target) && !present.contains(.value) && !present.contains(.declaredTarget) {
            diagnostics.append(Diagnostic(.actualsMissingColumn, at: location(header, nil), "年度指标值 / 指标值", Wording(.englishColumnName, "target").argument))
        }
        var seen: [ListColumn: Int] = [:]
        for (index, cell) in header.fields.enumerated() where !cell.isEmpty {
            guard let named = ListColumn.named(cell) else {
                report(.actualsUnknownColumn, nil, header, index, cell)
                continue
            }
            if let first = seen[named.column] {
                report(.actualsDuplicateColumn, nil, header, index, named.column.rawValue, header.cell(first), header.cell(index))
            } else {
                seen[named.column] = index
            }
        }
    }

    func value(_ record: CSVRecord, _ column: ListColumn) -> (text: String, index: Int)? {
        guard let index = columns.first(where: { $0.value.column == column })?.key else { return nil }
        let text = index < record.fields.count ? record.fields[index] : ""
        return (text, index)
    }

    func text(_ record: CSVRecord, _ column: ListColumn) -> String { value(record, column)?.text ?? "" }

    mutating func take(_ record: CSVRecord, previous: inout (project: String, category: String, subcategory: String)?) {
        guard record.fields.contains(where: { !$0.isEmpty }) else {
            consumed.insert(record.line)   // a row of empty cells (`,,,`): nothing to read
            return
        }
        var projectName = PrintedText.normalizeName(text(record, .project))
        if projectName.isEmpty, let previous { projectName = previous.project }
        guard !projectName.isEmpty else {
            report(.actualsEmptyKey, nil, record, value(record, .project)?.index, ListColumn.project.rawValue)
            return
        }
        let projectIndex = project(named: projectName, record)
        consumed.insert(record.line)
        let name = PrintedText.normalizeName(text(record, .indicator))
        let target = targetText(record)
        if name.isEmpty {
            if let target {
                report(.targetWithoutName, nil, record, target.index, target.text)
            }
            previous = (projectName, previous?.project == projectName ? previous!.category : "", "")
            return
        }
        let labels = IndicatorLabels.standard
        var category = canonical(text(record, .category), labels)
        var subcategory = canonical(text(record, .subcategory), labels)
        if category.isEmpty, let previous, previous.project == projectName {
            category = previous.category
            if subcategory.isEmpty { subcategory = previous.subcategory }
        }
        previous = (projectName, category, subcategory)
        guard !category.isEmpty else {
            report(.actualsEmptyKey, nil, record, value(record, .category)?.index, ListColumn.category.rawValue)
            return
        }
        var indicator = Indicator(category: category, subcategory: subcategory, name: name, target: nil, line: record.line)
        func parse(_ text: String, at index: Int) -> Target {
            let parsed = TargetParser.parse(text)
            if let problem = parsed.problem {
                let (code, arguments) = problem.diagnostic
                diagnostics.append(Diagnostic(code: code, severity: code.defaultSeverity, location: location(record, index),
                                              arguments: [text] + arguments))
            }
            return parsed.target
        }
        if let target {
            // The target declared at the start, and the adjusted one, which is scored.
            let adjusted = value(record, .adjustedTarget).flatMap { cell in
                ["", "—", "-", "/", "无"].contains(PrintedText.compact(cell.text)) ? nil : cell
            }
            if let (before, after) = DeclarationText.splitAdjusted(target.text) {
                indicator.declaredTarget = parse(before, at: target.index)
                indicator.target = parse(after, at: target.index)
            } else if let adjusted {
                indicator.declaredTarget = parse(target.text, at: target.index)
                indicator.target = parse(adjusted.text, at: adjusted.index)
            } else {
                indicator.target = parse(target.text, at: target.index)
            }
        }
        if let points = value(record, .points), !points.text.isEmpty {
            if let number = DecimalLiteral.parseWhole(points.text), number >= 0 {
                indicator.points = number
            } else {
                report(.listBadNumber, nil, record, points.index, points.text, ListColumn.points.rawValue)
            }
        }
        declaration.projects[projectIndex].indicators.append(indicator)
    }

    /// `≥`/`不低于`/`定性`/`区间` + 指标值 + 度量单位 as one expression the target parser reads, or
    /// the 年度指标值 cell as written; nil when the row gives no target.
    mutating func targetText(_ record: CSVRecord) -> (text: String, index: Int)? {
        if let whole = value(record, .target), !whole.text.isEmpty { return whole }
        if let declared = value(record, .declaredTarget), !declared.text.isEmpty { return declared }
        guard let number = value(record, .value), !number.text.isEmpty else { return nil }
        let nature = value(record, .nature)
        let unit = value(record, .unit).map { (PrintedText.compact($0.text), $0.index) }
        let op = PrintedText.compact(PrintedText.foldWidth(nature?.text ?? ""))
        if op == "定性" { return number }
        let isOperator = op.isEmpty || op == "区间" || TargetOperator.spellings.contains { $0.0 == op }
        if !isOperator {
            report(.listBadNature, nil, record, nature?.index, nature?.text ?? "")
        }
        let prefix = isOperator && op != "区间" ? op : ""
        guard let unit, !unit.0.isEmpty else { return (prefix + number.text, number.index) }
        // A unit written in 指标值 too (`95%` with 度量单位 %) is used once; a different one is an error.
        let parsed = TargetParser.parse(number.text).target
        if let written = parsed.unit, parsed.kind == .quantitative {
            if MeasureUnit(written) != MeasureUnit(unit.0) && written != unit.0 {
                report(.listUnitConflict, nil, record, unit.1, unit.0, number.text, written)
            }
            return (prefix + number.text, number.index)
        }
        return (prefix + number.text + "(" + unit.0 + ")", number.index)
    }

    func canonical(_ raw: String, _ labels: IndicatorLabels) -> String {
        let name = PrintedText.normalizeName(raw)
        switch labels.label(PrintedText.compact(PrintedText.foldWidth(name))) {
        case .category(let canonical)?, .subcategory(let canonical)?: return canonical
        default: return name
        }
    }

    /// The cell of field `index` of a record: `FILE:Sheet!C5` in a workbook, `FILE:line [C5]` in a CSV.
    func location(_ record: CSVRecord?, _ index: Int?) -> SourceLocation {
        guard let record else { return SourceLocation(file: file, line: 0) }
        let cell = record.cell(index ?? 0)
        if let sheet { return SourceLocation(file: file, line: record.row, cell: SheetLineMap.quoted(sheet) + "!" + cell) }
        return SourceLocation(file: file, line: record.line, cell: index == nil ? nil : cell)
    }

    mutating func report(_ code: DiagnosticCode, _ severity: Severity?, _ record: CSVRecord, _ index: Int?, _ arguments: String...) {
        diagnostics.append(Diagnostic(code: code, severity: severity ?? code.defaultSeverity, location: location(record, index),
                                      arguments: arguments))
    }
}
