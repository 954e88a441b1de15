import Foundation

/// 预算执行: points × min(spent / budget, 1), rounded half-up to 0.01. No spending, or a budget
/// of 0, scores 0.
public enum ExecutionScorer {
    public struct Result: Hashable, Sendable {
        public var score: Decimal
        /// spent / budget in percent, half-up 0.01; nil when it cannot be computed.
        public var ratePercent: Decimal?
    }

    public static func score(spent: Decimal?, budget: Decimal, points: Decimal) -> Result {
        guard let spent, budget > 0 else { return Result(score: 0, ratePercent: nil) }
        let rate = max(spent, 0) / budget
        return Result(score: Rounding.halfUp(points * min(rate, 1)), ratePercent: Rounding.halfUp(rate * 100))
    }
}
