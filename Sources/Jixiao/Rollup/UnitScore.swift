import Foundation

/// The unit's line of the scorecard: the roll-up of its projects.
public struct UnitScore: Hashable, Sendable, Codable {
    /// Count of one grade or one status, in a fixed order (a list, so JSON keeps the order).
    public struct Count: Hashable, Sendable, Codable {
        public var name: String
        public var count: Int
    }

    public var name: String
    /// Budget-weighted (or plain, per the rule file) mean of project totals, half-up 0.01.
    public var score: Decimal
    public var grade: String
    public var budget: Decimal
    public var spent: Decimal
    /// Σ spent / Σ budget in percent, half-up 0.01.
    public var executionRate: Decimal?
    public var projects: Int
    public var grades: [Count]
    public var statuses: [Count]
    /// With a 部门整体 form: `score` and `grade` are the department form's, and these the budget-weighted
    /// (or plain) average of the projects and its grade; nil without one. `budget`, `spent` and
    /// `executionRate` stay the projects' sums, as a roll-up checks and weighs them.
    public var projectAverage: Decimal? = nil
    public var projectAverageGrade: String? = nil
}
