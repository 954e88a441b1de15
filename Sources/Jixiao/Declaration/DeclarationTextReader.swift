import Foundation

/// Reads the text that a PDF export of 绩效目标申报表 gives (see `samples/…/declaration.txt`).
///
/// Every form starts with a line `财政项目支出绩效目标申报表`; then come header fields, money,
/// 年度总体目标 and the indicator table. The reader copes with what the export does to the text:
/// cells that shift between tab columns, merged 一级/二级 labels printed on one row of their
/// group (rows without a label belong to the group above), spaces left by line wraps, names
/// continued after a page break, rows without a target and repeated rows.
///
/// Nothing is lost: each non-blank line is either consumed into the model (its number is in
/// `Result.consumedLines`) or named in a diagnostic.
struct DeclarationTextReader {
    struct Result: Sendable {
        var declaration: Declaration
        var diagnostics: [Diagnostic]
        /// The lines whose content went into the model.
        var consumedLines: Set<Int>
    }

    enum Stage {
        case preamble
        case header
        case goal
        case table
    }

    static let formTitle = "财政项目支出绩效目标申报表"

    let file: String
    var declaration = Declaration()
    var diagnostics: [Diagnostic] = []
    var consumed: Set<Int> = []
    var stage = Stage.preamble
    var project: Project?
    var goalParts: [String] = []
    var category = ""
    var subcategory = ""
    var blankSinceLastRow = false
    /// Targets already parsed, by their text as printed.
    var parsedTargets: [ByteKey: TargetParser.Parsed] = [:]

    init(file: String) {
        self.file = file
    }

    /// Reads all forms in `text`; `file` names the input in diagnostics.
    ///
    /// A large file is read in two halves at a form boundary, one per core; the halves are joined
    /// in order, so the result is the same as reading it in one go.
    static func read(_ text: String, file: String) -> Result { read(text, file: file, parallel: true) }

    static func read(_ text: String, file: String, parallel: Bool) -> Result {
        read(lines: lines(of: text), file: file, parallel: parallel)
    }

    /// Reads lines already split (a workbook's rows, see `WorkbookForm`).
    static func read(lines: [String], file: String, parallel: Bool = true) -> Result {
        var split: Int?
        if parallel && lines.count > 20_000 && ProcessInfo.processInfo.activeProcessorCount > 1 {
            split = (lines.count / 2..<lines.count).first { isFormTitle(lines[$0]) }
        }
        let ranges = split.map { [0..<$0, $0..<lines.count] } ?? [0..<lines.count]
        let results = ChunkResults<DeclarationTextReader>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
            var reader = DeclarationTextReader(file: file)
            for number in ranges[chunk] { reader.take(PrintedLine(number: number + 1, raw: lines[number])) }
            reader.finishProject()
            results[chunk] = reader
        }
        var readers = results.values
        var reader = readers.removeFirst()
        for other in readers {
            reader.declaration.projects += other.declaration.projects
            reader.diagnostics += other.diagnostics
            reader.consumed.formUnion(other.consumed)
        }
        if reader.declaration.projects.isEmpty {
            reader.report(.noForm, line: lines.isEmpty ? 0 : 1)
        }
        reader.diagnostics += DeclarationChecks.run(reader.declaration, file: file)
        return Result(declaration: reader.declaration, diagnostics: reader.diagnostics,
                      consumedLines: reader.consumed)
    }

    /// True for a form's title line (`财政项目支出绩效目标申报表`), as `take` recognises it.
    static func isFormTitle(_ raw: String) -> Bool {
        guard raw.unicodeScalars.first(where: { !PrintedText.isWhitespace($0) }) == "财" else { return false }
        return PrintedLine(number: 0, raw: raw).cells.first?.compact.hasPrefix(formTitle) ?? false
    }

    /// Splits on LF, CRLF or a lone CR, working on UTF-8 bytes.
    static func lines(of text: String) -> [String] {
        var out: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                out.append(String(Substring(text[start..<index])))
                var next = utf8.index(after: index)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if start < utf8.endIndex { out.append(String(Substring(text[start..<utf8.endIndex]))) }
        return out
    }

    mutating func take(_ line: PrintedLine) {
        if !line.controlCharacters.isEmpty {
            report(.controlCharacters, line: line.number, line.controlCharacters.joined(separator: " "))
        }
        if line.isBlank {
            if stage == .table { blankSinceLastRow = true }
            return
        }
        if line.cells[0].compact.hasPrefix(Self.formTitle) {
            finishProject()
            project = Project(line: line.number)
            stage = .header
            consume(line)
            return
        }
        switch stage {
        case .preamble:
            if declaration.title == nil {
                declaration.title = line.cells.map(\.text).joined(separator: " ")
                consume(line)
            } else {
                report(.unexpectedLine, severity: .warning, line: line.number, Wording(.lineBeforeFirstForm).argument, line.quoted)
            }
        case .header:
            takeHeader(line)
        case .goal:
            takeGoal(line)
        case .table:
            takeTableRow(line)
        }
    }

    mutating func consume(_ line: PrintedLine) {
        consumed.insert(line.number)
    }

    mutating func report(_ code: DiagnosticCode, severity: Severity? = nil, line: Int, column: Int? = nil,
                         _ arguments: String...) {
        diagnostics.append(Diagnostic(code: code, severity: severity ?? code.defaultSeverity,
                                      location: SourceLocation(file: file, line: line, column: column),
                                      arguments: arguments))
    }

    /// True for the `一级指标 | 二级指标 | 三级指标 | 年度(/项目)指标值` line.
    static func isTableHeader(_ line: PrintedLine) -> Bool {
        line.cells.contains { $0.compact == "一级指标" } && line.cells.contains { $0.compact == "三级指标" }
    }

    /// Closes the current form and appends its project.
    mutating func finishProject() {
        guard var current = project else { return }
        current.goal = goalParts.joined(separator: " ")
        declaration.projects.append(current)
        project = nil
        goalParts = []
        category = ""
        subcategory = ""
        blankSinceLastRow = false
        stage = .preamble
    }
}
