import Foundation

/// 预算执行 as `ScoringCore.execution` scored it: the points, the score, 执行率 and the rule with
/// its numbers before rounding, and the rounding used — what `explain` and the documents state.
public struct ExecutionScore: Hashable, Sendable {
    enum Rule: Hashable, Sendable {
        /// No 全年执行数: 0.
        case noSpending
        /// A budget of 0 (or less): 0.
        case zeroBudget
        /// points × min(spent / budget, 1) = `exact`.
        case proportional(exact: Fixed)
        /// Spending above the budget, deducted as far as it passed it (a department's
        /// `department.over100: "deduct"`): points × (2·budget − spent)/budget, at least 0 = `exact`.
        case overDeducted(exact: Fixed)
        /// Full points from `fullFrom` percent, else points − (fullFrom − percent) × perPercentPoint,
        /// at least 0: `exact`.
        case steps(fullFrom: Fixed, perPercentPoint: Fixed, percent: Fixed, exact: Fixed)
    }

    var points: Fixed
    var score: Fixed
    /// spent / budget in percent, half-up 0.01; nil when it cannot be computed.
    var ratePercent: Fixed?
    var rule: Rule
    var rounding: RuleSet.ScoreRounding
}
