import Foundation

/// 三级指标: one row of a project's indicator table, under its 一级 (category) and 二级
/// (subcategory) labels as printed.
struct Indicator: Hashable, Sendable, Codable {
    /// 一级指标 as printed, e.g. 产出指标.
    var category: String
    /// 二级指标 as printed, e.g. 数量指标; empty when the form gave none.
    var subcategory: String
    /// 三级指标: the indicator's name after wrap repair.
    var name: String
    /// 年度指标值; nil when the form printed none.
    var target: Target?
    /// The input line the row came from (its first line when the name was continued).
    var line: Int
    /// 分值 fixed in the declaration JSON; nil means the rule file's equal split.
    var points: Decimal?
    /// The target declared at the start of the year when `target` is an adjustment of it (调整后); nil
    /// when the target was not adjusted.
    var declaredTarget: Target? = nil

    init(category: String, subcategory: String, name: String, target: Target?, line: Int,
                points: Decimal? = nil, declaredTarget: Target? = nil) {
        self.declaredTarget = declaredTarget
        self.category = category
        self.subcategory = subcategory
        self.name = name
        self.target = target
        self.line = line
        self.points = points
    }

    enum CodingKeys: String, CodingKey {
        case category, subcategory, name, target, line, points, declaredTarget
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        category = try c.decode(String.self, forKey: .category)
        subcategory = try c.decodeIfPresent(String.self, forKey: .subcategory) ?? ""
        name = try c.decode(String.self, forKey: .name)
        target = try c.decodeIfPresent(Target.self, forKey: .target)
        line = try c.decodeIfPresent(Int.self, forKey: .line) ?? 0
        points = try c.decodeIfPresent(Decimal.self, forKey: .points)
        declaredTarget = try c.decodeIfPresent(Target.self, forKey: .declaredTarget)
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(subcategory, forKey: .subcategory)
        try c.encode(name, forKey: .name)
        try c.encode(target, forKey: .target)
        try c.encode(line, forKey: .line)
        try c.encodeIfPresent(points, forKey: .points)
        try c.encodeIfPresent(declaredTarget, forKey: .declaredTarget)
    }
}
