import Foundation

/// The scorer's answer for one row: the score (rounded half-up to 0.01, never above the points),
/// the status, a one-line working, and anything the caller must report.
public struct RowScore: Hashable, Sendable {
    public var score: Decimal
    public var status: ScoreStatus
    /// How the score came about, e.g. `16.67 × 85/90 = 15.74`.
    public var basis: String
    /// A/T when the actual reached the rule file's over-achievement ratio on a ≥, > or = target.
    public var overAchievement: Decimal?
    /// The band a written percentage should have been in, when it was not (e.g. `[60, 80)`).
    public var bandViolation: String?
    /// The rule applied and its numbers before rounding.
    public var working: Working

    /// True when the score is the unit's own 自评得分.
    public var isJudged: Bool {
        if case .judged = working.rule { return true }
        return false
    }

    public init(score: Decimal, status: ScoreStatus, basis: String, overAchievement: Decimal? = nil,
                bandViolation: String? = nil, working: Working) {
        self.score = score
        self.status = status
        self.basis = basis
        self.overAchievement = overAchievement
        self.bandViolation = bandViolation
        self.working = working
    }
}
