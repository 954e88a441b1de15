import Foundation

/// 预算执行, by the rule file's `execution.scoring`:
/// - proportional (default): points × min(spent / budget, 1);
/// - steps: full points from `fullFrom` percent, else points − (fullFrom − rate) × perPercentPoint,
///   down to 0.
/// The score is rounded as the rule file rounds row scores. No spending, or a budget of 0, scores 0.
/// Call it through `ScoringCore.execution`.
enum ExecutionScorer {
    /// `over100`: what spending above the budget scores (`.cap` for projects; a department's rule).
    static func score(spent: Fixed?, budget: Fixed, points: Fixed, context c: ScoringContext,
                      over100: DepartmentRules.Over100 = .cap) -> ExecutionScore {
        let rounding = c.rules.rounding
        guard let spent else { return ExecutionScore(points: points, score: .zero, ratePercent: nil, rule: .noSpending, rounding: rounding) }
        guard budget > .zero else { return ExecutionScore(points: points, score: .zero, ratePercent: nil, rule: .zeroBudget, rounding: rounding) }
        let used = max(spent, .zero)
        let full = IndicatorScorer.full(points)
        let rate = Fixed.quotient(used, .hundred, budget, places: 2, mode: .halfUp)
        if over100 == .deduct, used > budget {
            // 2·budget − spent exactly; past 38 digits the spending is far above twice the budget: 0.
            let left = Fixed.sum(budget, budget).flatMap { Fixed.sum($0, -used) } ?? Fixed(-1)
            let quotient = ScoreQuotient(x: points, y: left, z: budget, flooredAtZero: true)
            return ExecutionScore(points: points, score: min(c.rounded(quotient), IndicatorScorer.full(points)), ratePercent: rate,
                                  rule: .overDeducted(exact: quotient.exact), rounding: rounding)
        }
        let score: Fixed
        let rule: ExecutionScore.Rule
        switch c.rules.executionScoring {
        case .proportional:
            let quotient = ScoreQuotient(x: points, y: min(used, budget), z: budget)
            rule = .proportional(exact: quotient.exact)
            score = used >= budget ? full : min(c.rounded(quotient), full)
        case .steps(let fullFrom, let perPoint):
            let from = Fixed(fullFrom)
            let per = Fixed(perPoint)
            // percent = 100·spent/budget, to 38 digits as the steps are stated; the deduction from it.
            let percent = Fixed.ratio(used, .hundred, budget) ?? .zero
            if percent >= from {
                rule = .steps(fullFrom: from, perPercentPoint: per, percent: percent, exact: points)
                score = full
            } else {
                // points − (fullFrom − 100·spent/budget) × perPoint, exactly: (points·budget − (fullFrom·budget − 100·spent)·perPoint) / budget.
                // Exactly when it fits 38 digits; else (a budget and a spending whose digits lie 38
                // places apart) from the percentage as stated, points·budget − (fullFrom − percent)·perPoint·budget.
                let numerator = Self.stepsNumerator(points: points, budget: budget, used: used, from: from, per: per)
                    ?? Fixed.sum(from, -percent).flatMap { Fixed.product($0, per) }.flatMap { Fixed.product($0, budget) }
                        .flatMap { deduction in Fixed.product(points, budget).flatMap { Fixed.sum($0, -deduction) } }
                    ?? .zero
                let exact = numerator > .zero ? (Fixed.ratio(numerator, Fixed(1), budget) ?? .zero) : .zero
                rule = .steps(fullFrom: from, perPercentPoint: per, percent: percent, exact: exact)
                let rounded = numerator > .zero ? (Fixed.quotient(numerator, Fixed(1), budget, places: c.places, mode: c.mode) ?? .zero) : .zero
                score = min(rounded, full)
            }
        }
        return ExecutionScore(points: points, score: score, ratePercent: rate, rule: rule, rounding: rounding)
    }

    /// points·budget − (fullFrom·budget − 100·spent)·perPoint, or nil past 38 digits.
    static func stepsNumerator(points: Fixed, budget: Fixed, used: Fixed, from: Fixed, per: Fixed) -> Fixed? {
        guard let fullAt = Fixed.product(from, budget), let hundredSpent = Fixed.product(.hundred, used),
              let short = Fixed.sum(fullAt, -hundredSpent), let deduction = Fixed.product(short, per),
              let kept = Fixed.product(points, budget) else { return nil }
        return Fixed.sum(kept, -deduction)
    }
}
