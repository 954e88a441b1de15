import Foundation

/// 预算执行, by the rule file's `execution.scoring`:
/// - proportional (default): points × min(spent / budget, 1);
/// - steps: full points from `fullFrom` percent, else points − (fullFrom − rate) × perPercentPoint,
///   down to 0.
/// The score is rounded as the rule file rounds row scores. No spending, or a budget of 0, scores 0.
enum ExecutionScorer {
    struct Result: Hashable, Sendable {
        var score: Decimal
        /// spent / budget in percent, half-up 0.01; nil when it cannot be computed.
        var ratePercent: Decimal?
    }

    static func score(spent: Decimal?, budget: Decimal, points: Decimal,
                             scoring: RuleSet.ExecutionScoring = .proportional,
                             rounding: RuleSet.ScoreRounding = .standard) -> Result {
        guard let spent, budget > 0 else { return Result(score: 0, ratePercent: nil) }
        let rate = max(spent, 0) / budget
        let exact: Decimal
        switch scoring {
        case .proportional:
            exact = points * min(rate, 1)
        case .steps(let fullFrom, let perPoint):
            let percent = rate * 100
            exact = percent >= fullFrom ? points : max(points - (fullFrom - percent) * perPoint, 0)
        }
        let score = exact == points ? Rounding.halfUp(points) : min(rounding.apply(exact), Rounding.halfUp(points))
        return Result(score: score, ratePercent: Rounding.halfUp(rate * 100))
    }
}
