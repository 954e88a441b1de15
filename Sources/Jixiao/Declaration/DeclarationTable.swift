import Foundation

/// 绩效目标申报表 of one unit as the data path holds it: plain records in arrays, names and fields
/// as `TextRef`s into the file's bytes (or the arena beside them), labels and targets once each in
/// tables of their own, amounts as `Fixed`. `Declaration` is the same declaration as values with
/// strings, for the commands that want them (`declaration`).
struct DeclarationTable: Sendable {
    struct ProjectRecord: Sendable {
        var name = TextRef.empty
        var nature = TextRef.empty
        var category = TextRef.empty
        var supervisor = TextRef.empty
        var unit = TextRef.empty
        var startDate = TextRef.empty
        var endDate = TextRef.empty
        var goal = TextRef.empty
        var total = Fixed.zero
        var fiscal = Fixed.zero
        var carryover = Fixed.zero
        var other = Fixed.zero
        /// The line of the form's title.
        var line: Int32 = 0
        /// The year of the form's `(2026 年度)` line; 0 when none.
        var year: Int32 = 0
        /// The project's indicators: `indicators[firstIndicator ..< firstIndicator + indicatorCount]`.
        var firstIndicator: Int32 = 0
        var indicatorCount: Int32 = 0

        var indicatorRange: Range<Int> { Int(firstIndicator)..<Int(firstIndicator + indicatorCount) }
    }

    struct IndicatorRecord: Sendable {
        /// 一级 and 二级 labels, by index into `labels` (0 is the empty label).
        var category: UInt16
        var subcategory: UInt16
        var name: TextRef
        /// Index into `targets`; -1 for none.
        var target: Int32
        var line: Int32
    }

    var text: TextStore
    var title: TextRef?
    var projects: [ProjectRecord] = []
    var indicators: [IndicatorRecord] = []
    /// Label names by index; 0 is "".
    var labels: [String] = [""]
    /// The distinct targets as parsed (`Target`, for the model) and as the scorer takes them.
    var targets: [Target] = []
    var scoredTargets: [ScoredTarget] = []
    /// 分值 fixed in the declaration (JSON `points`), by indicator index.
    var explicitPoints: [Int32: Fixed] = [:]
    /// For an indicator whose target was adjusted during the year (`年初：… 调整后：…`, or a list's
    /// 年初指标值 beside 调整后指标值), by indicator index: the target declared at the start, by index
    /// into `targets`. The indicator's own target is the adjusted one, which is scored.
    var adjustedFrom: [Int32: Int32] = [:]

    init(text: TextStore) {
        self.text = text
    }

    func string(_ ref: TextRef) -> String { text.string(ref) }

    func name(ofProject index: Int) -> String { string(projects[index].name) }

    func name(ofIndicator index: Int) -> String { string(indicators[index].name) }

    func target(ofIndicator index: Int) -> Target? {
        let t = indicators[index].target
        return t < 0 ? nil : targets[Int(t)]
    }

    var indicatorCount: Int { indicators.count }

    /// The label's index, added when new.
    mutating func label(_ name: String) -> UInt16 {
        if let index = labels.firstIndex(of: name) { return UInt16(index) }
        labels.append(name)
        return UInt16(labels.count - 1)
    }
}
