/// The columns of an indicator table as a spreadsheet holds it: the declaration's (项目名称 …
/// 年度指标值, 分值) and the year end's (实际完成值, 偏差原因 …). An actuals file's columns are found by
/// these names in its header row, in any order; the declaration reader uses them to recognise an
/// actuals table given in a declaration's place.
/// A header cell may be the Chinese name, the English name, or both (`实际完成值(actual)`).
enum ActualsColumn: String, CaseIterable, Sendable {
    case project = "项目名称"
    case category = "一级指标"
    case subcategory = "二级指标"
    case indicator = "三级指标"
    case target = "年度指标值"
    case points = "分值"
    case actual = "实际完成值"
    case reason = "偏差原因"
    case remedy = "改进措施"
    /// 自评得分: the unit's own score for the row (used for qualitative rows, compared for the others).
    case judged = "自评得分"
    /// 全年预计完成值: the unit's forecast for the year (mid-year monitoring).
    case forecast = "全年预计完成值"
    /// 完成目标可能性: the unit's own judgement (确定能 / 有可能 / 不可能; mid-year monitoring).
    case likelihood = "完成目标可能性"

    var englishName: String {
        switch self {
        case .project: return "project"
        case .category: return "category"
        case .subcategory: return "subcategory"
        case .indicator: return "indicator"
        case .target: return "target"
        case .points: return "points"
        case .actual: return "actual"
        case .reason: return "reason"
        case .remedy: return "remedy"
        case .judged: return "score"
        case .forecast: return "forecast"
        case .likelihood: return "likelihood"
        }
    }

    /// The column's place among `allCases`, 0…11: rows keep their cells in an array by it.
    var ordinal: Int {
        switch self {
        case .project: return 0
        case .category: return 1
        case .subcategory: return 2
        case .indicator: return 3
        case .target: return 4
        case .points: return 5
        case .actual: return 6
        case .reason: return 7
        case .remedy: return 8
        case .judged: return 9
        case .forecast: return 10
        case .likelihood: return 11
        }
    }

    /// Hashes by case, not by the Chinese raw value.
    func hash(into hasher: inout Hasher) {
        hasher.combine(ordinal)
    }

    /// Columns without which no row can be used.
    static let required: [ActualsColumn] = [.project, .indicator, .actual]

    /// Other spellings seen in filled forms. 得分 is the score a row got — on a filled form, the
    /// unit's own score, so 自评得分 — never the points it carries (分值).
    static let synonyms: [String: ActualsColumn] = [
        "偏差原因分析": .reason, "偏差原因分析及改进措施": .reason, "年度(/项目)指标值": .target,
        "指标值": .target, "实际值": .actual, "得分": .judged, "单位自评得分": .judged,
        "全年预计执行数": .forecast, "预计完成值": .forecast, "全年预计数": .forecast, "完成可能性": .likelihood,
        "累计完成值": .actual, "截至目前完成值": .actual,
    ]

    /// The column a header cell names, or nil.
    static func named(_ header: String) -> ActualsColumn? {
        let text = PrintedText.compact(PrintedText.foldWidth(header))
        if let column = match(text) { return column }
        // `实际完成值(actual)`: try the part before the bracket, then the part inside.
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let outside = String(text[..<open])
            let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            return match(outside) ?? match(inside)
        }
        return nil
    }

    /// The columns a line names when it is read as a header (cells split on commas, tabs or
    /// semicolons): how a file given in the wrong place is recognised as an actuals table. Two
    /// columns, one of them 三级指标 or 实际完成值, make a header; else the result is empty.
    static func header(in line: Substring) -> [ActualsColumn] {
        var found: [ActualsColumn] = []
        for cell in line.split(whereSeparator: { $0 == "," || $0 == "\t" || $0 == ";" }) {
            var text = PrintedText.trimmed(String(cell))
            if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
            if let column = named(text), !found.contains(column) { found.append(column) }
        }
        guard found.count >= 2, found.contains(.indicator) || found.contains(.actual) else { return [] }
        return found
    }

    private static func match(_ text: String) -> ActualsColumn? {
        if let column = ActualsColumn(rawValue: text) ?? synonyms[text] { return column }
        // `1-7月完成值`: the value to date, in a mid-year progress file.
        if text.hasPrefix("1"), text.hasSuffix("月完成值"), text.count <= 9 { return .actual }
        return allCases.first { $0.englishName == text.lowercased() }
    }
}
