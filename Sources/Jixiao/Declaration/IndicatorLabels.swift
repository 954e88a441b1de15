import Foundation

/// The 一级/二级指标 labels a declaration table prints, and which 一级 each 二级 belongs to: the data of
/// `scoring-rules/labels.json5` (built in, see `BuiltInRules`). Labels are compared after
/// white-space removal, so `满意度指 标` is 满意度指标; a printed suffix (`服务对象满意度指标等`) is
/// dropped and a synonym (`进度指标`) read as its label (时效指标).
struct IndicatorLabels: Sendable, Decodable {
    /// 一级指标 (categories), in the order the official forms list them.
    var categories: [String]
    /// 二级指标 → its 一级指标.
    var subcategories: [String: String]
    /// Other printed names → the 二级 label they stand for.
    var synonyms: [String: String]
    /// Other printed names → the 一级 label they stand for (效果指标 → 效益指标).
    var categorySynonyms: [String: String]
    var suffixes: [String]
    /// 一级 labels that the old layout prints as 二级 labels.
    var labelsAsSubcategories: [String]
    var tableLabel: String

    /// What a cell is, as a label.
    enum Label: Equatable, Sendable {
        case table
        case category(String)
        case subcategory(String)
    }

    /// The longest spelling of any label, synonym and suffix, in UTF-8 bytes.
    static let longest: Int = {
        let labels = standard.categories + Array(standard.subcategories.keys) + Array(standard.synonyms.keys)
            + Array(standard.categorySynonyms.keys) + [standard.tableLabel]
        return (labels.map(\.utf8.count).max() ?? 0) + (standard.suffixes.map(\.utf8.count).max() ?? 0)
    }()

    /// The built-in table.
    static let standard: IndicatorLabels = {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        // The built-in file is checked by a test; it cannot fail to decode in a build that passed.
        return try! decoder.decode(IndicatorLabels.self, from: BuiltInRules.named("labels")!.data)
    }()

    static var categories: [String] { standard.categories }
    static var tableLabel: String { standard.tableLabel }

    /// The label a compacted cell is, or nil. Every label and synonym is short: a long cell (a name)
    /// is not looked up.
    func label(_ compact: String) -> Label? {
        if compact.utf8.count > Self.longest { return nil }
        if let found = exact(compact) { return found }
        for suffix in suffixes where compact.hasSuffix(suffix) && compact.count > suffix.count {
            if let found = exact(String(compact.dropLast(suffix.count))) { return found }
        }
        return nil
    }

    private func exact(_ text: String) -> Label? {
        if text == tableLabel { return .table }
        if categories.contains(text) { return .category(text) }
        if subcategories[text] != nil { return .subcategory(text) }
        if let label = synonyms[text] { return .subcategory(label) }
        if let label = categorySynonyms[text] { return .category(label) }
        return nil
    }

    /// True when the cell spells a label itself, not a synonym of one.
    func isExact(_ compact: String) -> Bool {
        compact == tableLabel || categories.contains(compact) || subcategories[compact] != nil
    }

    /// The 一级 a 二级 label belongs to.
    func category(of subcategory: String) -> String? { subcategories[subcategory] }

    /// True for any label (compared without white space).
    static func isLabel(_ compact: String) -> Bool { standard.label(compact) != nil }
}
