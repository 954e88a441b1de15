/// The columns of a declaration kept as a flat indicator list (one row per indicator), found by
/// their header names in any order. The target is either one column 年度指标值 (the whole
/// expression, `≥95(%)`) or three: 指标性质 (≥ ≤ = < >, a word such as 不低于, 定性 or 区间),
/// 指标值 and 度量单位; a target adjusted during the year, 年初指标值 beside 调整后指标值 (or the cell
/// `年初：≥95%；调整后：≥90%`), is scored against the adjusted one. The project's facts (主管部门 … 年度总体目标) are optional and taken from the
/// project's first row. A money head may carry its unit, `当年财政拨款（万元）`.
enum ListColumn: String, CaseIterable, Sendable {
    case project = "项目名称"
    case category = "一级指标"
    case subcategory = "二级指标"
    case indicator = "三级指标"
    case target = "年度指标值"
    /// A target adjusted during the year: 年初指标值 (declared) beside 调整后指标值 (scored).
    case declaredTarget = "年初指标值"
    case adjustedTarget = "调整后指标值"
    case nature = "指标性质"
    case value = "指标值"
    case unit = "度量单位"
    case points = "分值"
    case supervisor = "主管部门"
    case implementer = "实施单位"
    case projectNature = "项目性质"
    case projectCategory = "项目类别"
    case startDate = "计划开始日期"
    case endDate = "计划完成日期"
    case year = "年度"
    case total = "年度资金申请总额"
    case fiscal = "当年财政拨款"
    case carryover = "上年结转资金"
    case other = "其他资金"
    case goal = "年度总体目标"

    /// Other spellings of the heads.
    static let synonyms: [String: ListColumn] = [
        "计量单位": .unit, "单位名称": .implementer, "权重": .points, "指标分值": .points, "年度(/项目)指标值": .target,
        "年度资金总额": .total, "资金总额": .total, "财政拨款": .fiscal, "其中:当年财政拨款": .fiscal,
        "其中：当年财政拨款": .fiscal, "年度目标": .goal, "总体目标": .goal, "一级": .category, "二级": .subcategory,
        "三级": .indicator, "指标名称": .indicator, "运算符": .nature, "符号": .nature, "年份": .year,
    ]

    /// The money columns, in 元 unless the head says 万元.
    static let money: Set<ListColumn> = [.total, .fiscal, .carryover, .other]

    /// The facts of a project, taken from its first row.
    static let facts: [ListColumn] = [.supervisor, .implementer, .projectNature, .projectCategory, .startDate, .endDate,
                                      .year, .total, .fiscal, .carryover, .other, .goal]

    /// The column a header cell names and, for a money head, whether it says 万元.
    static func named(_ header: String) -> (column: ListColumn, tenThousands: Bool)? {
        let text = PrintedText.compact(PrintedText.foldWidth(header))
        if let column = match(text) { return (column, false) }
        // `当年财政拨款(万元)`, `分值(分)`: the part before the bracket names the column.
        if let open = text.firstIndex(of: "("), text.hasSuffix(")"), let column = match(String(text[..<open])) {
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
            return (column, money.contains(column) && inside == "万元")
        }
        return nil
    }

    private static func match(_ text: String) -> ListColumn? {
        ListColumn(rawValue: text) ?? synonyms[text]
    }

    /// The columns a header row names, by cell index, when the row is an indicator list's header:
    /// 项目名称 and 三级指标, and no 实际完成值 (that is an actuals table). Nil otherwise. (Without a
    /// target column the list is still recognised, and the missing column reported.)
    static func header(_ cells: [String]) -> [Int: (column: ListColumn, tenThousands: Bool)]? {
        var found: [Int: (column: ListColumn, tenThousands: Bool)] = [:]
        for (index, cell) in cells.enumerated() {
            if ActualsColumn.named(cell) == .actual { return nil }
            if let named = named(cell), !found.values.contains(where: { $0.column == named.column }) { found[index] = named }
        }
        let columns = Set(found.values.map(\.column))
        guard columns.contains(.project), columns.contains(.indicator) else { return nil }
        return found
    }
}
