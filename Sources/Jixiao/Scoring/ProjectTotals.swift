import Foundation

/// A project's totals as `ScoringCore.totals` computed them: what the documents show as 分值 and
/// 得分 sums, the 总分 and the 等级.
public struct ProjectTotals: Hashable, Sendable {
    /// The rows' points and the sum of their (rounded) scores, without 预算执行.
    var rowPoints: Fixed
    var rowScores: Fixed
    /// All points, 预算执行's included: 100 unless the unit's 分值 or the rule file say otherwise.
    var points: Fixed
    /// 预算执行's score plus the rows' scores.
    var sum: Fixed
    /// 总分: the sum, or the sum rescaled to 100 points (`totals.rescaleTo100`).
    var total: Fixed
    /// True when `total` is the sum rescaled to 100.
    public var rescaled: Bool
    public var grade: String
}
