import Foundation

/// One scored row of a project's 自评表: the declared indicator, the actual as typed, 分值 and 得分,
/// the status, the working and the deviation reason and remedy.
/// `ScorecardJSON` writes it; `Decodable` reads it back from a scorecard file.
public struct IndicatorScore: Hashable, Sendable, Decodable {
    public var category: String
    public var subcategory: String
    public var name: String
    /// 年度指标值 as printed (the adjusted one, which is scored, when the target was adjusted during
    /// the year); nil when none was declared.
    public var target: String?
    /// The target declared at the start of the year, when `target` is its adjustment (JSON
    /// `declaredTarget`); nil otherwise.
    public var declaredTarget: String? = nil
    /// 实际完成值 as typed in the actuals file; nil when none was given.
    public var actual: String?
    /// 分值.
    public var points: Decimal
    /// 得分, rounded half-up to 0.01, never above `points`.
    public var score: Decimal
    public var status: ScoreStatus
    /// How the score came about, in one line.
    public var basis: String
    /// 偏差原因 and 改进措施 from the actuals file.
    public var reason: String?
    public var remedy: String?
    /// The declaration line and the actuals line of this row.
    public var line: Int
    public var actualLine: Int?
    /// The rule-file block (产出, 效益, 满意度 …) whose points this row shares; nil when none.
    public var block: String?
    /// The rule applied and its exact numbers (for `jixiao explain`); not part of the JSON.
    var working: Working? = nil
    /// Facts `explain` states, as the pipeline had them (not part of the JSON): the target as
    /// declared (parsed once, at import), how the actual's number was read against its unit, and
    /// whether the row's block was split evenly by the rule file (false: the unit gave 分值).
    var declared: Target? = nil
    var reading: ActualReading? = nil
    /// The actual's number as scored, in the target's unit (not part of the JSON); nil for a
    /// level, a missing or unreadable actual.
    var actualValue: Decimal? = nil
    var evenSplit: Bool? = nil
    /// true when the score is the unit's own 自评得分 (JSON `judged: true`); nil otherwise.
    public var judged: Bool? = nil
    /// The actual ÷ target of a row over its target by the rule file's `overAchievementRatio` (not
    /// part of the JSON: `deviations[]` carries it as `ratio`); nil otherwise.
    var overAchievement: Decimal? = nil

    enum CodingKeys: String, CodingKey {
        case category, subcategory, name, target, declaredTarget, actual, points, score, status, basis, reason, remedy, line,
             actualLine, block, judged
    }
}
