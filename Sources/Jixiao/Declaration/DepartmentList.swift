import Foundation

/// A 部门整体支出绩效目标申报表 kept as a flat list (CSV, or a workbook sheet): a header naming 部门名称
/// and 三级指标, then one row per line of the form, told apart by its 一级指标 cell:
///
/// - `资金来源`, `支出类别` or `合计`: a line of the money block — 三级指标 is its label (一般公共预算,
///   基本支出 …), `年初预算数` and `调整后预算数` its amounts (元; `（万元）` in the head for 万元);
/// - `年度主要任务`: a task — 三级指标 its name, `主要内容`, `预算数`;
/// - any other: an indicator, as in a project list — 二级指标, 三级指标, `年初指标值` (or 年度指标值),
///   `调整后指标值`, 分值, 核心指标 (是/否).
///
/// 年度总体目标 is the column of that name on the first row that has it. Every row is used or
/// reported: a row whose amount or 分值 is not a number is an error at its cell.
enum DepartmentList {
    static let heads = ["部门名称", "一级指标", "二级指标", "三级指标", "年初指标值", "调整后指标值", "年度指标值", "分值", "核心指标",
                        "年初预算数", "调整后预算数", "主要内容", "预算数", "年度总体目标"]

    /// The header's row index and its columns (by head, with whether a money head says 万元), when a
    /// row of the first twelve names 部门名称 and 三级指标.
    static func header(_ records: [CSVRecord]) -> (Int, [String: Int], Bool)? {
        for (index, record) in records.prefix(12).enumerated() {
            var columns: [String: Int] = [:]
            var wan = false
            for (column, field) in record.fields.enumerated() {
                var head = PrintedText.compact(PrintedText.foldWidth(field))
                if head.hasSuffix("(万元)") { head.removeLast(4); wan = true } else if head.hasSuffix("(元)") { head.removeLast(3) }
                if heads.contains(head), columns[head] == nil { columns[head] = column }
            }
            if columns["部门名称"] != nil, columns["三级指标"] != nil { return (index, columns, wan) }
        }
        return nil
    }

    static func read(_ records: [CSVRecord], file: String, place: (Int, Int) -> SourceLocation) -> (DepartmentForm, [Diagnostic])? {
        guard let (headerIndex, columns, wan) = header(records) else { return nil }
        var form = DepartmentForm(name: "", year: nil, money: [], tasks: [], goal: "", rows: [], line: records[headerIndex].line)
        var diagnostics: [Diagnostic] = []
        let labels = IndicatorLabels.standard
        var category = ""
        var subcategory = ""
        for record in records[(headerIndex + 1)...] {
            func cell(_ head: String) -> String {
                guard let index = columns[head], index < record.fields.count else { return "" }
                return PrintedText.normalizeName(record.fields[index])
            }
            func amount(_ head: String) -> Decimal? {
                let text = cell(head)
                guard !text.isEmpty else { return nil }
                let compact = PrintedText.compact(PrintedText.foldWidth(text))
                if let value = DepartmentFormReader.amount(compact, inWanYuan: wan) { return value }
                diagnostics.append(Diagnostic(.listBadNumber, at: place(record.row, columns[head] ?? 0), text, head))
                return nil
            }
            let name = cell("三级指标")
            if form.name.isEmpty { form.name = cell("部门名称") }
            if form.goal.isEmpty { form.goal = cell("年度总体目标") }
            guard !name.isEmpty else { continue }
            let kind = PrintedText.compact(cell("一级指标"))
            switch kind {
            case "资金来源", "支出类别", "合计":
                let declared = amount("年初预算数") ?? 0
                form.money.append(.init(kind: kind == "合计" ? .total : kind == "支出类别" ? .spending : .source, label: name,
                                        declared: declared, adjusted: amount("调整后预算数") ?? declared))
            case "年度主要任务", "主要任务":
                form.tasks.append(.init(name: name, content: cell("主要内容"), budget: amount("预算数"), line: record.line))
            default:
                if !kind.isEmpty {
                    if case .category(let label)? = labels.label(kind) { category = label } else { category = cell("一级指标") }
                    subcategory = ""
                }
                let second = PrintedText.compact(PrintedText.foldWidth(cell("二级指标")))
                if !second.isEmpty {
                    if case .subcategory(let label)? = labels.label(second) { subcategory = label } else { subcategory = cell("二级指标") }
                }
                var points: Decimal?
                let pointsText = cell("分值")
                if !pointsText.isEmpty {
                    points = DecimalLiteral.parseWhole(PrintedText.compact(PrintedText.foldWidth(pointsText)))
                    if points == nil { diagnostics.append(Diagnostic(.listBadNumber, at: place(record.row, columns["分值"] ?? 0), pointsText, "分值")) }
                }
                let core = DepartmentFormReader.coreWords[PrintedText.compact(PrintedText.foldWidth(cell("核心指标")))] ?? false
                let declaredHead = columns["年初指标值"] != nil ? "年初指标值" : "年度指标值"
                var row = DepartmentForm.Row(category: category, subcategory: subcategory, name: name, declared: nil, adjusted: nil,
                                             points: points, core: core, line: record.line)
                (row.declared, row.adjusted) = DepartmentFormReader.targets(
                    declared: cell(declaredHead), adjusted: cell("调整后指标值"), at: place(record.row, columns[declaredHead] ?? 0),
                    adjustedAt: place(record.row, columns["调整后指标值"] ?? 0), &diagnostics)
                if row.target == nil {
                    diagnostics.append(Diagnostic(.missingTarget, at: place(record.row, columns["三级指标"] ?? 0), name, form.name)
                        .about(project: form.name, indicator: name))
                }
                form.rows.append(row)
            }
        }
        return (form, diagnostics)
    }
}
