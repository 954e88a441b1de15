import Foundation

/// 预算执行, by the rule file's `execution.scoring`:
/// - proportional (default): points × min(spent / budget, 1);
/// - steps: full points from `fullFrom` percent, else points − (fullFrom − rate) × perPercentPoint,
///   down to 0.
/// The score is rounded as the rule file rounds row scores. No spending, or a budget of 0, scores 0.
/// Call it through `ScoringCore.execution`.
enum ExecutionScorer {
    static func score(spent: Decimal?, budget: Decimal, points: Decimal,
                      scoring: RuleSet.ExecutionScoring = .proportional,
                      rounding: RuleSet.ScoreRounding = .standard) -> ExecutionScore {
        guard let spent else { return ExecutionScore(points: points, score: 0, ratePercent: nil, rule: .noSpending, rounding: rounding) }
        guard budget > 0 else { return ExecutionScore(points: points, score: 0, ratePercent: nil, rule: .zeroBudget, rounding: rounding) }
        let rate = max(spent, 0) / budget
        let exact: Decimal
        let rule: ExecutionScore.Rule
        switch scoring {
        case .proportional:
            exact = points * min(rate, 1)
            rule = .proportional(exact: exact)
        case .steps(let fullFrom, let perPoint):
            let percent = rate * 100
            exact = percent >= fullFrom ? points : max(points - (fullFrom - percent) * perPoint, 0)
            rule = .steps(fullFrom: fullFrom, perPercentPoint: perPoint, percent: percent, exact: exact)
        }
        let score = exact == points ? Rounding.halfUp(points) : min(rounding.apply(exact), Rounding.halfUp(points))
        return ExecutionScore(points: points, score: score, ratePercent: Rounding.halfUp(rate * 100), rule: rule, rounding: rounding)
    }
}
