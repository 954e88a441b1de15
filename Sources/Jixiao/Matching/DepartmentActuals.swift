import Foundation

/// The year-end rows of a department's form (`DepartmentForm`), in the same actuals file as the
/// projects' and under the department's name as 项目名称 (`ActualsMatcher.Result.departmentRows`):
///
/// - a row per indicator (三级指标 as the form names it): 实际完成值, 自评得分, 偏差原因, 改进措施, read
///   against the row's target — the adjusted one where there is one — as a project's (`ActualInterpreter`);
/// - `全年执行数`: the year's spending, 元 unless a unit is written; `<label>执行数` for a line of the
///   money block (`一般公共预算执行数`, `基本支出执行数`, `项目支出执行数` …);
/// - `年度总体目标`: its 实际完成情况; `任务：<name>` (or the task's own name): a task's.
///
/// A row that names nothing of the form is reported (JX317) and not used, a second row for the same
/// indicator too (JX318); an indicator without a row is reported at its declaration line (JX329).
struct DepartmentActuals: Sendable {
    struct Row: Sendable {
        var input: ActualInput = .missing
        var reading: ActualReading?
        var judged: Fixed?
        var actual: String?
        var reason: String?
        var remedy: String?
        var actualLine: Int?
    }

    var rows: [Row]
    /// 全年执行数 in 元, and its row's line.
    var spent: Fixed?
    var spentLine: Int?
    /// Spending by the money block's labels (`一般公共预算` → …, keyed by `key`), in 元: read it with `spent(_:)`.
    var spentBy: [String: Fixed] = [:]
    var goalOutcome: String?
    /// 实际完成情况 by task name.
    var taskOutcomes: [String: String] = [:]
    var diagnostics: [Diagnostic] = []

    /// A name or label as rows are matched: white space, width and 其中: aside.
    static func key(_ name: String) -> String {
        PrintedText.compact(PrintedText.foldWidth(PrintedText.normalizeName(name))).replacingOccurrences(of: "其中:", with: "")
    }

    /// 全年执行数 of a line of the money block (its label as the form prints it).
    func spent(_ label: String) -> Fixed? { spentBy[Self.key(label)] }

    static func read(_ form: DepartmentForm, table: ActualsTable, rows: [Int32], file: String, declarationFile: String,
                     vocabulary: LevelVocabulary) -> DepartmentActuals {
        var result = DepartmentActuals(rows: Array(repeating: Row(), count: form.rows.count))
        let key = Self.key
        // The lines of the money block a `<label>执行数` row may name; any other such name is unknown.
        let moneyLabels = Set(form.money.filter { $0.kind != .total }.map { key($0.label) })
        var byName: [String: Int] = [:]
        for (index, row) in form.rows.enumerated() where byName[key(row.name)] == nil { byName[key(row.name)] = index }
        let tasks = Set(form.tasks.map { key($0.name) })
        var firstLine: [Int: Int] = [:]
        // A name the form does not have: its lines, and its first row (for the cell).
        var unknown: [(name: String, lines: [Int], first: Int)] = []
        for row in rows.map(Int.init) {
            let actualRow = table.row(row)
            let name = actualRow.value(.indicator) ?? ""
            let compact = key(name)
            let text = actualRow.value(.actual)
            let line = Int(table.lines[row])
            // An indicator's own name first: a 三级指标 may end in 执行数 too.
            let label = compact.hasSuffix("执行数") ? String(compact.dropLast(3)) : ""
            if byName[compact] == nil, compact == "全年执行数" || moneyLabels.contains(label) {
                guard let text else { continue }
                guard let quantity = Quantity.parse(text), let value = quantity.value(inUnitOf: "元") else {
                    result.diagnostics.append(Diagnostic(.actualBadAmount, at: table.location(row, .actual, file: file), name, text)
                        .about(project: form.name, indicator: name))
                    continue
                }
                if compact == "全年执行数" { result.spent = Fixed(value); result.spentLine = line } else { result.spentBy[label] = Fixed(value) }
                continue
            }
            if compact == "年度总体目标" { result.goalOutcome = text; continue }
            let task = compact.hasPrefix("任务:") ? String(compact.dropFirst(3)) : compact
            if byName[compact] == nil, tasks.contains(task) { result.taskOutcomes[task] = text; continue }
            guard let index = byName[compact] else {
                if let found = unknown.firstIndex(where: { $0.name == name }) { unknown[found].lines.append(line) } else { unknown.append((name, [line], row)) }
                continue
            }
            if let first = firstLine[index] {
                result.diagnostics.append(Diagnostic(.actualDuplicateRow, at: table.location(row, .indicator, file: file), name, form.name,
                                                     String(first)).about(project: form.name, indicator: name))
                continue
            }
            firstLine[index] = line
            var found = Row(actual: text, reason: actualRow.value(.reason), remedy: actualRow.value(.remedy), actualLine: line)
            if let judgedText = actualRow.value(.judged) {
                if let value = Fixed.parseWhole(PrintedText.compact(PrintedText.foldWidth(judgedText))), value >= .zero {
                    found.judged = value
                } else {
                    result.diagnostics.append(Diagnostic(.actualBadJudged, at: table.location(row, .judged, file: file), judgedText, name)
                        .about(project: form.name, indicator: name))
                }
            }
            var reading: ActualReading?
            var diagnostics: [Diagnostic] = []
            found.input = ActualInterpreter.interpret(text, at: table.location(row, .actual, file: file), target: form.rows[index].target,
                                                      indicator: name, vocabulary: vocabulary, judged: found.judged, reading: &reading,
                                                      diagnostics: &diagnostics)
            found.reading = reading
            result.diagnostics += diagnostics.map { $0.about(project: form.name, indicator: name) }
            if text == nil, found.judged == nil {
                result.diagnostics.append(Diagnostic(.blankActual, at: table.location(row, .actual, file: file), name, form.name)
                    .about(project: form.name, indicator: name))
            }
            result.rows[index] = found
        }
        for (name, lines, first) in unknown {
            result.diagnostics.append(Diagnostic(.actualUnknownIndicator, at: table.location(first, .indicator, file: file), name, form.name,
                                                 String(lines.count), lines.map(String.init).joined(separator: ", "))
                .about(project: form.name, indicator: name))
        }
        for (index, row) in form.rows.enumerated() where firstLine[index] == nil && row.target != nil {
            result.diagnostics.append(Diagnostic(.noActualRow, at: SourceLocation(file: declarationFile, line: row.line), row.name, form.name)
                .about(project: form.name, indicator: row.name))
        }
        return result
    }
}
