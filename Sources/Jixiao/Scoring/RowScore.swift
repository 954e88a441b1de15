import Foundation

/// The scorer's answer for one row: the score (rounded by the rule file, never above the points),
/// the status, the working as facts, and anything the caller must report. Words for it are made
/// where they are shown (`WorkingText`, `ExplanationWords`).
struct RowScore: Hashable, Sendable {
    var score: Fixed
    var status: ScoreStatus
    /// A/T when the actual reached the rule file's over-achievement ratio on a ≥, > or = target.
    var overAchievement: Fixed?
    /// The band a written percentage should have been in, when it was not (e.g. `[60, 80)`).
    var bandViolation: String?
    /// The rule applied and its numbers before rounding.
    var working: Working

    /// True when the score is the unit's own 自评得分.
    var isJudged: Bool {
        if case .judged = working.rule { return true }
        return false
    }

    init(score: Fixed, status: ScoreStatus, overAchievement: Fixed? = nil,
                bandViolation: String? = nil, working: Working) {
        self.score = score
        self.status = status
        self.overAchievement = overAchievement
        self.bandViolation = bandViolation
        self.working = working
    }
}
