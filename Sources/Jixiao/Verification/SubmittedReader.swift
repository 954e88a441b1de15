import Foundation

/// Reads a submitted 自评表 from the cells a reviewer sees, whoever wrote the file:
///
/// - **Forms** (`.xlsx`, any sheet): a table whose head row names 三级指标, 年度指标值, 实际完成值,
///   分值 and 得分 (and 一级指标, 二级指标 where present), columns found by their heads. The project
///   is the value beside the nearest 项目名称 above; the money row is the one labelled 年度资金总额,
///   read under the heads 全年预算数, 全年执行数, 分值 and 得分 of the row above it (bare amounts in
///   万元 when a head above the table says `（万元）`, as `项目资金（万元）`); 年度总体目标's
///   实际完成情况 is the cell under that head; 偏差原因 is read back by `SubmittedReason`; the table ends at
///   the row labelled 总分 (its 得分 cell is the total), followed by 等级. 一级/二级 cells left empty
///   (merged) carry on from the row above. Several forms may share a sheet.
/// - **Lists** (`.xlsx` sheet or `.csv`): a header with 项目名称, 三级指标, 年度指标值, 实际完成值, 分值
///   and 得分; rows named 全年执行数 (实际完成值 = spending, with its 分值 and 得分), 全年预算数, 总分
///   (得分) and 等级 (实际完成值 or 得分) carry the project's money, total and grade.
enum SubmittedReader {
    struct Result: Sendable {
        var form: SubmittedForm
        var diagnostics: [Diagnostic]
    }

    static func load(path: String) -> Result {
        switch InputFile.read(path) {
        case .failure(let diagnostic): return Result(form: SubmittedForm(), diagnostics: [diagnostic])
        case .success(let data): return read(data, file: path)
        }
    }

    static func read(_ data: Data, file: String) -> Result {
        var form = SubmittedForm()
        var diagnostics: [Diagnostic] = []
        if ZipReader.looksLikeZip(data) {
            switch WorkbookReader.sheets(data) {
            case .failure(.archive(let why)), .failure(.noSheet(let why)), .failure(.beyondSheet(let why)):
                return Result(form: form, diagnostics: [Diagnostic(.workbookUnreadable, at: SourceLocation(file: file, line: 0), why)])
            case .failure(.sheetNotFound):
                break
            case .success(let sheets):
                for sheet in sheets {
                    diagnostics += sheet.problems.map { $0.diagnostic(file: file, sheet: sheet.name) }
                    let place = { (row: Int, column: Int) in
                        SourceLocation(file: file, line: row, cell: SheetLineMap.quoted(sheet.name) + "!" + CellReference.cell(row: row - 1, column: column))
                    }
                    if listHeader(sheet.records) != nil {
                        form.projects += readList(sheet.records, place: place, &diagnostics)
                    } else {
                        form.projects += readForms(sheet.records, place: place, &diagnostics)
                    }
                }
            }
        } else if data.starts(with: DeclarationLoader.compoundFileSignature) {
            return Result(form: form, diagnostics: [Diagnostic(.oldWorkbookFormat, at: SourceLocation(file: file, line: 0))])
        } else {
            switch TextFileDecoder.decode(data) {
            case .failure(let failure): return Result(form: form, diagnostics: [TextFileDecoder.diagnostic(failure, file: file)])
            case .success(let (text, _)):
                let parsed = CSVReader.read(text)
                diagnostics += parsed.problems.map { $0.diagnostic(file: file) }
                let lines = Dictionary(parsed.records.map { ($0.row, $0.line) }, uniquingKeysWith: { first, _ in first })
                form.projects = readList(parsed.records, place: { row, column in
                    SourceLocation(file: file, line: lines[row] ?? row, cell: CellReference.cell(row: row - 1, column: column))
                }, &diagnostics)
            }
        }
        if form.projects.isEmpty {
            diagnostics.append(Diagnostic(.verifyNotAForm, at: SourceLocation(file: file, line: 0)))
        }
        for project in form.projects {
            for (label, present) in [("总分", project.total != nil || project.totalLocation != nil),
                                     ("等级", project.grade != nil || project.gradeLocation != nil)] where !present {
                diagnostics.append(Diagnostic(.verifyNoTotalRow, at: project.location, project.name, label))
            }
        }
        return Result(form: form, diagnostics: diagnostics)
    }

    /// A cell as the reader compares it: without white space, in half width, and a head of
    /// jixiao's English workbook (`Indicator`, `Total`) as the Chinese head it stands for.
    static func compact(_ text: String) -> String {
        let compact = PrintedText.compact(PrintedText.foldWidth(text))
        return englishHeads[compact.lowercased()] ?? compact
    }

    /// The heads and labels the reader looks for, keyed by their English words (compacted, lower
    /// case) in jixiao's English documents.
    static let englishHeads: [String: String] = {
        let keys = ["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
                    "部门名称", "年初指标值", "调整后指标值", "调整后预算数", "年度资金总额（部门）",
                    "总分", "等级", "年度资金总额", "年初预算数", "全年预算数", "全年执行数", "执行率", "（未申报）", "实际完成情况"]
        var heads: [String: String] = [:]
        for key in keys {
            let english = MessageCatalog.english.text(key)
            if english != key { heads[PrintedText.compact(PrintedText.foldWidth(english)).lowercased()] = key }
        }
        return heads
    }()

    /// Column by head, for the heads that name a column of a submitted form.
    static func heads(_ fields: [String]) -> [String: Int] {
        var found: [String: Int] = [:]
        for (index, field) in fields.enumerated() {
            var head = compact(field)
            for unit in ["(万元)", "(元)"] where head.hasSuffix(unit) && head.count > unit.count { head.removeLast(unit.count) }
            if head.hasPrefix("偏差原因") { head = "偏差原因" }
            if head == "年度(/项目)指标值" || head == "指标值" { head = "年度指标值" }
            // A 部门整体 form: its 调整后预算数 is the budget scored over, as a project's 全年预算数.
            if head == "调整后预算数" { head = "全年预算数" }
            if head == "自评得分" { head = "得分" }
            if found[head] == nil { found[head] = index }
        }
        return found
    }

    static let required = ["三级指标", "实际完成值", "分值", "得分"]

    /// The heads of a form's indicator table: the required ones, and a target column — 年度指标值, or
    /// a 部门整体 form's 年初指标值 (with 调整后指标值 beside it).
    static func isTableHead(_ found: [String: Int]) -> Bool {
        required.allSatisfy { found[$0] != nil } && (found["年度指标值"] != nil || found["年初指标值"] != nil)
    }

    static func listHeader(_ records: [CSVRecord]) -> Int? {
        records.prefix(12).firstIndex { record in
            let found = heads(record.fields)
            return found["项目名称"] != nil && isTableHead(found)
        }
    }

    static func cell(_ record: CSVRecord, _ index: Int?) -> String {
        guard let index, index < record.fields.count else { return "" }
        return PrintedText.trimmed(record.fields[index])
    }

    /// Reads a number cell (`SubmittedNumber.parse`, or `.amount` for money: `873.41万元`); text
    /// that is not one is reported at its own cell and read as nil.
    static func number(_ record: CSVRecord, _ index: Int?, head: String, place: (Int, Int) -> SourceLocation,
                       reading parse: (String) -> Decimal? = SubmittedNumber.parse,
                       _ diagnostics: inout [Diagnostic]) -> Decimal? {
        let text = cell(record, index)
        guard !text.isEmpty, compact(text) != "—", compact(text) != "-" else { return nil }
        if let value = parse(text) { return value }
        diagnostics.append(Diagnostic(.listBadNumber, at: place(record.row, index ?? 0), text, head))
        return nil
    }

    static func amount(_ record: CSVRecord, _ index: Int?, head: String, place: (Int, Int) -> SourceLocation, inWanYuan: Bool = false,
                       _ diagnostics: inout [Diagnostic]) -> Decimal? {
        number(record, index, head: head, place: place, reading: { SubmittedNumber.amount($0, inWanYuan: inWanYuan) }, &diagnostics)
    }

    /// 分值 of a row: a number of 0 or more, each problem at the cell.
    static func points(_ record: CSVRecord, _ index: Int?, place: (Int, Int) -> SourceLocation,
                       _ diagnostics: inout [Diagnostic]) -> Decimal? {
        guard let value = number(record, index, head: "分值", place: place, &diagnostics) else { return nil }
        guard value >= 0 else {
            diagnostics.append(Diagnostic(.verifyNegativePoints, at: place(record.row, index ?? 0), cell(record, index)))
            return nil
        }
        return value
    }

    static func readList(_ records: [CSVRecord], place: (Int, Int) -> SourceLocation,
                         _ diagnostics: inout [Diagnostic]) -> [SubmittedForm.Project] {
        guard let headerIndex = listHeader(records) else { return [] }
        let columns = heads(records[headerIndex].fields)
        var projects: [SubmittedForm.Project] = []
        var current = ""
        var category = ""
        var subcategory = ""
        for record in records[(headerIndex + 1)...] {
            let name = PrintedText.normalizeName(cell(record, columns["项目名称"]))
            if !name.isEmpty { current = name }
            let indicator = PrintedText.normalizeName(cell(record, columns["三级指标"]))
            guard !current.isEmpty, !indicator.isEmpty else { continue }
            if projects.last?.name != current {
                projects.append(SubmittedForm.Project(name: current, location: place(record.row, columns["项目名称"] ?? 0)))
                category = ""
                subcategory = ""
            }
            let actual = cell(record, columns["实际完成值"])
            switch compact(indicator) {
            case "全年执行数", "执行数":
                projects[projects.count - 1].spent = amount(record, columns["实际完成值"], head: "全年执行数", place: place, &diagnostics)
                projects[projects.count - 1].executionPoints = points(record, columns["分值"], place: place, &diagnostics)
                projects[projects.count - 1].executionScore = number(record, columns["得分"], head: "得分", place: place, &diagnostics)
                projects[projects.count - 1].executionLocation = place(record.row, columns["得分"] ?? 0)
            case "全年预算数":
                projects[projects.count - 1].budget = amount(record, columns["实际完成值"], head: "全年预算数", place: place, &diagnostics)
            case "总分":
                projects[projects.count - 1].total = number(record, columns["得分"], head: "得分", place: place, &diagnostics)
                projects[projects.count - 1].totalLocation = place(record.row, columns["得分"] ?? 0)
            case "等级":
                let column = actual.isEmpty ? columns["得分"] : columns["实际完成值"]
                let grade = chineseGrade(cell(record, column))
                projects[projects.count - 1].grade = grade.isEmpty ? nil : grade
                projects[projects.count - 1].gradeLocation = place(record.row, column ?? 0)
            default:
                let c1 = PrintedText.normalizeName(cell(record, columns["一级指标"]))
                let c2 = PrintedText.normalizeName(cell(record, columns["二级指标"]))
                if !c1.isEmpty { category = c1; subcategory = "" }
                if !c2.isEmpty { subcategory = c2 }
                projects[projects.count - 1].rows.append(row(record, columns, category: category, subcategory: subcategory,
                                                             name: indicator, place: place, &diagnostics))
            }
        }
        return projects
    }

    static func row(_ record: CSVRecord, _ columns: [String: Int], category: String, subcategory: String, name: String,
                    place: (Int, Int) -> SourceLocation, _ diagnostics: inout [Diagnostic]) -> SubmittedForm.Row {
        // A 部门整体 form's row is scored against its adjusted target where there is one.
        let adjusted = cell(record, columns["调整后指标值"])
        let target = withoutAdjustedNote(columns["年度指标值"] == nil && !adjusted.isEmpty && !["—", "-", "/"].contains(compact(adjusted))
            ? adjusted : cell(record, columns["年度指标值"] ?? columns["年初指标值"]))
        let actual = typedActual(cell(record, columns["实际完成值"]))
        let given = SubmittedReason.parse(cell(record, columns["偏差原因"]))
        return SubmittedForm.Row(category: category, subcategory: subcategory, name: name,
                                 target: target.isEmpty || compact(target) == "（未申报）" || compact(target) == "(未申报)" ? nil : target,
                                 actual: actual.isEmpty || actual == "—" ? nil : actual,
                                 points: points(record, columns["分值"], place: place, &diagnostics),
                                 score: number(record, columns["得分"], head: "得分", place: place, &diagnostics),
                                 location: place(record.row, columns["得分"] ?? 0), reason: given.reason, remedy: given.remedy,
                                 reasonLocation: columns["偏差原因"].map { place(record.row, $0) })
    }

    /// A grade as the rule file names it: an English document writes the 10号文's grades with
    /// their English names beside them (`优 Excellent`).
    static func chineseGrade(_ text: String) -> String {
        for (grade, english) in MessageCatalog.englishGrades where text == grade + " " + english { return grade }
        return text
    }

    /// 年度指标值 without the target declared at the start that jixiao's form writes after an adjusted
    /// one (`≥100(场)（年初 ≥120(场)）`, in English `… (at the start: …)`): the adjusted one is scored.
    static func withoutAdjustedNote(_ text: String) -> String {
        for open in ["（年初 ", " (at the start: "] {
            if let start = text.range(of: open), text.hasSuffix(")") || text.hasSuffix("）") { return String(text[..<start.lowerBound]) }
        }
        return text
    }

    /// 实际完成值 as it was typed: a form written by jixiao shows the number in the target's unit and,
    /// where that differs, what was typed after it (`861.24万元（填报 8,612,360.00元）`, in English
    /// `… (typed: …)`); the score is from what was typed.
    static func typedActual(_ text: String) -> String {
        for (open, close) in [("（填报 ", "）"), (" (typed: ", ")")] where text.hasSuffix(close) {
            guard let start = text.range(of: open, options: .backwards) else { continue }
            let typed = text[start.upperBound..<text.index(text.endIndex, offsetBy: -close.count)]
            if !typed.isEmpty { return String(typed) }
        }
        return text
    }

    /// The forms of one sheet, each from its indicator table's head row.
    static func readForms(_ records: [CSVRecord], place: (Int, Int) -> SourceLocation,
                          _ diagnostics: inout [Diagnostic]) -> [SubmittedForm.Project] {
        var projects: [SubmittedForm.Project] = []
        let tableHeads = records.indices.filter { index in
            let found = heads(records[index].fields)
            return isTableHead(found)
        }
        for (ordinal, headIndex) in tableHeads.enumerated() {
            let start = ordinal == 0 ? 0 : tableHeads[ordinal - 1] + 1
            let end = ordinal + 1 < tableHeads.count ? tableHeads[ordinal + 1] : records.count
            let columns = heads(records[headIndex].fields)
            var project = SubmittedForm.Project(name: "", location: place(records[headIndex].row, 0))
            // Above the table: 项目名称, the money row (in 万元 when a head says so), 年度总体目标.
            let inWanYuan = records[start..<headIndex].contains { $0.fields.contains(where: DeclarationText.saysWanYuan) }
            for index in start..<headIndex {
                let record = records[index]
                let cells = record.fields.map(compact)
                if let label = cells.firstIndex(where: { $0 == "项目名称" || $0 == "部门名称" }), let value = record.fields[(label + 1)...].first(where: { !compact($0).isEmpty }) {
                    project.name = PrintedText.normalizeName(value)
                    project.isDepartment = cells[label] == "部门名称"
                    project.location = place(record.row, label + 1)
                }
                // 年度总体目标: the cell under the head 实际完成情况.
                if let column = cells.firstIndex(of: "实际完成情况") {
                    // A sheet's empty row is not a record: the row below may be missing.
                    let below = index + 1 < headIndex && records[index + 1].row == record.row + 1 ? records[index + 1] : nil
                    let outcome = below.map { column < $0.fields.count ? PrintedText.trimmed($0.fields[column]) : "" } ?? ""
                    let unfilled = [MessageCatalog.chinese, MessageCatalog.english].contains { outcome == $0.label(.notFilledIn) }
                    project.goalOutcome = outcome.isEmpty || unfilled ? nil : outcome
                    project.goalOutcomeLocation = place(record.row + 1, column)
                }
                if cells.contains("年度资金总额"), index > start {
                    let money = heads(records[index - 1].fields)
                    project.budget = amount(record, money["全年预算数"], head: "全年预算数", place: place, inWanYuan: inWanYuan, &diagnostics)
                    project.spent = amount(record, money["全年执行数"], head: "全年执行数", place: place, inWanYuan: inWanYuan, &diagnostics)
                    project.executionPoints = points(record, money["分值"], place: place, &diagnostics)
                    project.executionScore = number(record, money["得分"], head: "得分", place: place, &diagnostics)
                    project.executionLocation = place(record.row, money["得分"] ?? 0)
                }
            }
            var category = ""
            var subcategory = ""
            for record in records[(headIndex + 1)..<end] {
                let first = record.fields.first { !compact($0).isEmpty }.map(compact) ?? ""
                if first == "总分" {
                    project.total = number(record, columns["得分"], head: "得分", place: place, &diagnostics)
                    project.totalLocation = place(record.row, columns["得分"] ?? 0)
                    continue
                }
                if first == "等级" {
                    let label = record.fields.firstIndex { compact($0) == "等级" } ?? 0
                    if let column = record.fields.indices.dropFirst(label + 1).first(where: { !compact(record.fields[$0]).isEmpty }) {
                        project.grade = chineseGrade(PrintedText.trimmed(record.fields[column]))
                        project.gradeLocation = place(record.row, column)
                    }
                    continue
                }
                let name = PrintedText.normalizeName(cell(record, columns["三级指标"]))
                guard !name.isEmpty, project.total == nil else { continue }
                let c1 = PrintedText.normalizeName(cell(record, columns["一级指标"]))
                let c2 = PrintedText.normalizeName(cell(record, columns["二级指标"]))
                if !c1.isEmpty { category = c1; subcategory = "" }
                if !c2.isEmpty { subcategory = c2 }
                project.rows.append(row(record, columns, category: category, subcategory: subcategory, name: name,
                                        place: place, &diagnostics))
            }
            if !project.rows.isEmpty || project.total != nil { projects.append(project) }
        }
        return projects
    }
}
