/// One data row of an actuals file, with its cells by column and where each came from.
struct ActualRow: Hashable, Sendable {
    /// The line the row starts on.
    var line: Int
    /// The spreadsheet row number (1 is the header).
    var row: Int
    /// Cell text by column ordinal (`ActualsColumn.ordinal`); nil for a column the file lacks or a
    /// blank cell.
    private var texts: [String?]
    /// The 0-based field index of each column, for cell names in messages (one table for the file).
    var fieldIndex: [ActualsColumn: Int]

    func value(_ column: ActualsColumn) -> String? { texts[column.ordinal] }

    /// The project name after the importer's normalisation.
    let projectName: String
    /// The indicator name after the importer's normalisation.
    let indicatorName: String

    init(line: Int, row: Int, cells: [ActualsColumn: String], fieldIndex: [ActualsColumn: Int]) {
        var texts = [String?](repeating: nil, count: ActualsColumn.allCases.count)
        for (column, text) in cells { texts[column.ordinal] = text }
        self.init(line: line, row: row, texts: texts, fieldIndex: fieldIndex)
    }

    /// A row from its cell texts by column ordinal (nil for absent or blank).
    init(line: Int, row: Int, texts: [String?], fieldIndex: [ActualsColumn: Int]) {
        self.line = line
        self.row = row
        self.texts = texts
        self.fieldIndex = fieldIndex
        projectName = PrintedText.normalizeName(texts[ActualsColumn.project.ordinal] ?? "")
        indicatorName = PrintedText.normalizeName(texts[ActualsColumn.indicator.ordinal] ?? "")
    }

    /// The spreadsheet cell of `column` in this row (`G12`).
    func cell(_ column: ActualsColumn) -> String? {
        fieldIndex[column].map { CSVRecord.columnName($0) + String(row) }
    }

    /// Where `column`'s cell is, for a diagnostic.
    func location(_ column: ActualsColumn, file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: fieldIndex[column].map { $0 + 1 }, cell: cell(column))
    }

    /// Budget rows carry these names in the 三级指标 column.
    enum Special: String, CaseIterable, Sendable {
        /// The year's spending (元 unless a unit is written).
        case spent = "全年执行数"
        /// Overrides the declared 年度资金申请总额.
        case budget = "全年预算数"
        /// 实际完成情况 of the 年度总体目标.
        case goal = "年度总体目标"
        /// The 其中 rows of the money block: 全年执行数 and 全年预算数 of one source of money.
        case fiscalSpent = "当年财政拨款执行数"
        case carryoverSpent = "上年结转资金执行数"
        case otherSpent = "其他资金执行数"
        case fiscalBudget = "当年财政拨款预算数"
        case carryoverBudget = "上年结转资金预算数"
        case otherBudget = "其他资金预算数"

        /// The 其中 row's source of money (0 当年财政拨款, 1 上年结转资金, 2 其他资金) and whether it gives
        /// the budget (else the spending); nil for the project's own rows.
        var source: (index: Int, isBudget: Bool)? {
            switch self {
            case .spent, .budget, .goal: return nil
            case .fiscalSpent: return (0, false)
            case .carryoverSpent: return (1, false)
            case .otherSpent: return (2, false)
            case .fiscalBudget: return (0, true)
            case .carryoverBudget: return (1, true)
            case .otherBudget: return (2, true)
            }
        }

        /// The budget row a compacted, width-folded 三级指标 names, or nil: the names above;
        /// `执行数` and `1-7月执行数` (spending to date, in a mid-year progress file) for 全年执行数;
        /// and for a 其中 row an optional `其中:` before it, `财政拨款` or `上年结转` for short, and
        /// `全年执行数` / `全年预算数` for its last word (`其中:当年财政拨款全年执行数`).
        static func named(_ compact: String) -> Special? {
            if let special = Special(rawValue: compact) { return special }
            if compact == "执行数" || ActualRow.isSpendingToDate(compact) { return .spent }
            var name = Substring(compact)
            if name.hasPrefix("其中:") { name = name.dropFirst(3) }
            let isBudget: Bool
            if name.hasSuffix("全年执行数") || name.hasSuffix("全年预算数") {
                isBudget = name.hasSuffix("预算数")
                name = name.dropLast(5)
            } else if name.hasSuffix("执行数") || name.hasSuffix("预算数") {
                isBudget = name.hasSuffix("预算数")
                name = name.dropLast(3)
            } else {
                return nil
            }
            switch name {
            case "当年财政拨款", "财政拨款": return isBudget ? .fiscalBudget : .fiscalSpent
            case "上年结转资金", "上年结转": return isBudget ? .carryoverBudget : .carryoverSpent
            case "其他资金": return isBudget ? .otherBudget : .otherSpent
            default: return nil
            }
        }
    }

    /// The budget row a name stands for (`Special.named`).
    var special: Special? {
        Special.named(PrintedText.compact(PrintedText.foldWidth(indicatorName)))
    }

    /// `1-7月执行数`, `1至7月执行数`, `1~7月执行数`.
    static func isSpendingToDate(_ compact: String) -> Bool {
        compact.hasSuffix("月执行数") && monthToDate(compact) != nil
    }

    /// M of a name of values to date, `1-M月执行数` or `1-M月完成值` (`1至7月`, `1~7月`), compacted;
    /// nil for any other name.
    static func monthToDate(_ compact: String) -> Int? {
        guard compact.hasPrefix("1"), compact.hasSuffix("月执行数") || compact.hasSuffix("月完成值") else { return nil }
        let middle = compact.dropFirst().dropLast(4)
        guard let separator = middle.first, "-~～至到—".contains(separator) else { return nil }
        let month = middle.dropFirst()
        guard !month.isEmpty, month.count <= 2, month.allSatisfy(\.isASCII), let m = Int(month), (1...12).contains(m) else { return nil }
        return m
    }
}
