import Foundation

/// Reads a 部门整体支出绩效目标申报表 from the PDF's text export: the lines from its title to the next
/// form's title (or the end). Cells are split on tabs and read by what they say, as in a project's
/// form (`DeclarationScanner`), since their columns shift from row to row:
///
/// - the head: `部门名称` (or `部门`, `单位名称`, `(区)级预算单位名称`) and the value after it;
/// - the money block, under a head naming 年初预算数 (and 调整后预算数): a label, then the amount at the
///   start of the year and the adjusted one (the start's when only one is printed), in 元, or in
///   万元 when a head says `（万元）`. 合计 is the total; 基本支出 and 项目支出 are kinds of spending;
///   any other label a source of money (一般公共预算, 政府性基金, 其他资金, 当年财政拨款, 上年结转 …);
/// - 年度主要任务 under the head `任务名称`: a name, what it is, and its money when printed;
/// - 年度总体目标: the text after the label, or on the lines below it;
/// - the indicator table, under the head naming 三级指标: labels as a project's, then the name, the
///   target at the start of the year, the adjusted target (`—` for none), 分值 (a plain number, the
///   last but the 核心指标 cell) and 核心指标 (是/否, ★). A target cell written `年初：≥95%；调整后：≥90%`
///   holds both.
enum DepartmentFormReader {
    static let title = "部门整体支出绩效目标申报表"
    static let nameLabels = ["部门名称", "部门", "单位名称", "预算单位名称", "(区)级预算单位名称", "区级预算单位名称"]
    static let coreWords: [String: Bool] = ["是": true, "否": false, "★": true, "√": true, "✓": true, "核心": true]
    static let noTarget = ["—", "-", "/", "无", "——"]

    /// True for the form's title line.
    static func isTitle(_ line: String) -> Bool {
        let first = line.split(separator: "\t").map { PrintedText.compact(PrintedText.foldWidth(String($0))) }.first { !$0.isEmpty } ?? ""
        return first.hasPrefix(title) || first.hasPrefix("部门整体支出绩效自评表")
    }

    private enum Part { case head, money, tasks, goal, indicators }

    /// The form of `lines` (the first is its title, numbered `firstLine`), and what was wrong in it.
    static func read(_ lines: [String], firstLine: Int, file: String) -> (DepartmentForm, [Diagnostic]) {
        var form = DepartmentForm(name: "", year: nil, money: [], tasks: [], goal: "", rows: [], line: firstLine)
        var diagnostics: [Diagnostic] = []
        var part = Part.head
        var inWanYuan = false
        var category = ""
        var subcategory = ""
        let labels = IndicatorLabels.standard
        for (offset, raw) in lines.enumerated().dropFirst() {
            let number = firstLine + offset
            let cells = raw.split(separator: "\t", omittingEmptySubsequences: false).map { PrintedText.normalizeName(String($0)) }
                .filter { !$0.isEmpty }
            guard !cells.isEmpty else { continue }
            let compact = cells.map { PrintedText.compact(PrintedText.foldWidth($0)) }
            func at(_ column: Int? = nil) -> SourceLocation { SourceLocation(file: file, line: number, column: column) }
            if let year = DeclarationText.formYear(compact[0]) { form.year = year; continue }
            if let label = compact.firstIndex(where: { nameLabels.contains($0) }), label + 1 < cells.count, form.name.isEmpty {
                form.name = cells[label + 1]
                continue
            }
            if compact.contains(where: { $0.contains("三级指标") }) { part = .indicators; continue }
            if compact.contains("任务名称") { part = .tasks; continue }
            if compact.contains(where: { $0.hasPrefix("年初预算") }) {
                part = .money
                if compact.contains(where: DeclarationText.saysWanYuan) { inWanYuan = true }
                continue
            }
            if let goal = compact.firstIndex(of: "年度总体目标"), part != .indicators {
                part = .goal
                form.goal = cells[(goal + 1)...].joined(separator: " ")
                continue
            }
            switch part {
            case .head:
                if compact.contains(where: DeclarationText.saysWanYuan) { inWanYuan = true }
            case .money:
                // A label, then one or two amounts (a dash for none); block labels before it (年度预算申请)
                // are skipped. A cell that is not an amount is an error on its line, not a label.
                let rest = compact.drop { $0.hasPrefix("年度预算") || $0.hasPrefix("部门预算") || $0 == "资金来源" || $0 == "支出类别" }
                guard let first = rest.first else { continue }
                var amounts: [Decimal] = []
                for (offset, text) in rest.dropFirst().enumerated() where !noTarget.contains(text) {
                    if let value = amount(text, inWanYuan: inWanYuan) {
                        amounts.append(value)
                    } else {
                        diagnostics.append(Diagnostic(.listBadNumber, at: at(), text, offset == 0 ? "年初预算数" : "调整后预算数"))
                    }
                }
                guard !amounts.isEmpty else { continue }
                let label = first.replacingOccurrences(of: "其中:", with: "")
                let kind: DepartmentForm.Money.Kind = ["合计", "总计", "年度资金总额", "资金总额"].contains(label) ? .total
                    : ["基本支出", "项目支出"].contains(label) ? .spending : .source
                form.money.append(.init(kind: kind, label: label, declared: amounts[0], adjusted: amounts.count > 1 ? amounts[1] : amounts[0]))
            case .tasks:
                let rest = Array(cells.drop { ["年度主要任务", "主要任务"].contains(PrintedText.compact($0)) })
                guard let name = rest.first else { continue }
                let budget = rest.count > 2 ? amount(PrintedText.compact(PrintedText.foldWidth(rest[rest.count - 1])), inWanYuan: inWanYuan) : nil
                let content = rest.dropFirst().prefix(budget == nil ? rest.count - 1 : rest.count - 2).joined(separator: " ")
                form.tasks.append(.init(name: name, content: content, budget: budget, line: number))
            case .goal:
                form.goal += (form.goal.isEmpty ? "" : " ") + cells.joined(separator: " ")
            case .indicators:
                var payload: [String] = []
                for (index, cell) in compact.enumerated() {
                    guard payload.isEmpty, let label = labels.label(cell) else { payload.append(cells[index]); continue }
                    switch label {
                    case .table: continue
                    case .category(let name): category = name; subcategory = ""
                    case .subcategory(let name):
                        subcategory = name
                        if let owner = labels.category(of: name) { category = owner }
                    }
                }
                guard !payload.isEmpty else { continue }
                var row = DepartmentForm.Row(category: category, subcategory: subcategory, name: payload[0], declared: nil, adjusted: nil,
                                             points: nil, core: false, line: number)
                var values = Array(payload.dropFirst())
                if values.count > 1, let last = values.last, let core = coreWords[PrintedText.compact(PrintedText.foldWidth(last))] {
                    row.core = core
                    values.removeLast()
                }
                if values.count >= 2, let points = DecimalLiteral.parseWhole(PrintedText.compact(PrintedText.foldWidth(values[values.count - 1]))) {
                    row.points = points
                    values.removeLast()
                }
                (row.declared, row.adjusted) = targets(declared: values.first ?? "", adjusted: values.count > 1 ? values[1] : "",
                                                       at: at(), adjustedAt: at(), &diagnostics)
                if values.count > 2 {
                    diagnostics.append(Diagnostic(.extraCells, at: at(), String(payload.count), values[2...].joined(separator: " | ")))
                }
                if row.target == nil {
                    diagnostics.append(Diagnostic(.missingTarget, at: at(), row.name, form.name).about(project: form.name, indicator: row.name))
                }
                form.rows.append(row)
            }
        }
        if form.name.isEmpty { diagnostics.append(Diagnostic(.missingField, at: SourceLocation(file: file, line: firstLine), String(firstLine), "部门名称")) }
        return (form, diagnostics)
    }

    /// A target cell: nil for an empty cell or a dash (no adjustment); a target the parser cannot
    /// read is reported at `location`.
    static func target(_ text: String, at location: SourceLocation, _ diagnostics: inout [Diagnostic]) -> Target? {
        guard !text.isEmpty, !noTarget.contains(PrintedText.compact(text)) else { return nil }
        let parsed = TargetParser.parse(text)
        if let problem = parsed.problem {
            let (code, arguments) = problem.diagnostic
            diagnostics.append(Diagnostic(code: code, severity: code.defaultSeverity, location: location, arguments: [text] + arguments))
        }
        return parsed.target
    }

    /// The targets declared and adjusted: two cells, or the first holding both (`年初：…；调整后：…`).
    /// Shared by the form (`read`) and the list (`DepartmentList`).
    static func targets(declared: String, adjusted: String, at location: SourceLocation, adjustedAt: SourceLocation,
                        _ diagnostics: inout [Diagnostic]) -> (Target?, Target?) {
        if let (before, after) = DeclarationText.splitAdjusted(declared) {
            return (target(before, at: location, &diagnostics), target(after, at: location, &diagnostics))
        }
        return (target(declared, at: location, &diagnostics), target(adjusted, at: adjustedAt, &diagnostics))
    }

    /// An amount in 元 (`9,000,000.00`, `900万元`, or a bare number in a 万元 block).
    static func amount(_ compact: String, inWanYuan: Bool) -> Decimal? {
        if let value = DeclarationText.amount(compact) { return inWanYuan && !compact.hasSuffix("元") ? value * 10_000 : value }
        if compact.hasSuffix("万元"), let value = DecimalLiteral.parseWhole(String(compact.dropLast(2))) { return value * 10_000 }
        return nil
    }

}
