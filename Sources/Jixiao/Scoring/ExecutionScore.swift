import Foundation

/// 预算执行 as `ScoringCore.execution` scored it: the points, the score, 执行率 and the rule with
/// its numbers before rounding, and the rounding used — what `explain` and the documents state.
public struct ExecutionScore: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// No 全年执行数: 0.
        case noSpending
        /// A budget of 0 (or less): 0.
        case zeroBudget
        /// points × min(spent / budget, 1) = `exact`.
        case proportional(exact: Decimal)
        /// Full points from `fullFrom` percent, else points − (fullFrom − percent) × perPercentPoint,
        /// at least 0: `exact`.
        case steps(fullFrom: Decimal, perPercentPoint: Decimal, percent: Decimal, exact: Decimal)
    }

    public var points: Decimal
    public var score: Decimal
    /// spent / budget in percent, half-up 0.01; nil when it cannot be computed.
    public var ratePercent: Decimal?
    public var rule: Rule
    var rounding: RuleSet.ScoreRounding
}
