import Foundation

/// The one place a score is computed. Every command — `score`, `verify`, `monitor`, `explain`,
/// `--need`, `compare` and every document — takes its scores from here and never computes a score,
/// a sum or a rounding itself:
///
/// - `row`: one indicator row, from its target as declared (a bare number takes the operator the
///   rule file assumes, `quantitative.bareNumber`, by its 一级/二级 label), the actual as read, the
///   points allocated and whether a block of the rule file scores it (`IndicatorScorer`);
/// - `execution`: 预算执行 by the rule file's `execution.scoring` (`ExecutionScorer`);
/// - `totals`: a project's points, the sum of its shown scores, the total (rescaled to 100 when
///   the rule file says so and the points are not 100) and its grade.
/// Each returns the facts of what it did (the rule, the numbers, the rounding used) for the
/// writers to put into words.
enum ScoringCore {
    /// One row. `inBlock`: a block of the rule file scores the row's 一级指标 (else it scores 0).
    static func row(target declared: Target?, category: String, subcategory: String, actual: ActualInput, points: Decimal,
                    inBlock: Bool, rules: RuleSet) -> RowScore {
        guard inBlock else { return RowScore(score: 0, status: .invalid, working: Working(rule: .noBlock, points: points)) }
        let (target, assumed) = effectiveTarget(declared, category: category, subcategory: subcategory, rules: rules)
        var result = IndicatorScorer.score(target: target, actual: actual, points: points, rules: rules)
        result.working.assumed = assumed
        if target?.operator == .by { result.working.timeUnit = target?.unit }
        return result
    }

    /// A bare-number target with the operator the rule file assumes: the 成本指标 one under 成本指标
    /// (as 一级, or as 二级 in the layout until 2022), else the general one; a bare 0 stays `= 0`.
    static func effectiveTarget(_ declared: Target?, category: String, subcategory: String,
                                rules: RuleSet) -> (Target?, AssumedOperator?) {
        guard var target = declared, target.assumed, let value = target.value, value != 0 else { return (declared, nil) }
        let cost = category == "成本指标" || subcategory == "成本指标"
        let op = cost ? rules.bareNumber.cost : rules.bareNumber.assume
        target.operator = op
        return (target, AssumedOperator(op: op, cost: cost))
    }

    /// 预算执行 from the spending and the budget in 元 and its points.
    static func execution(spent: Decimal?, budget: Decimal, points: Decimal, rules: RuleSet) -> ExecutionScore {
        ExecutionScorer.score(spent: spent, budget: budget, points: points, scoring: rules.executionScoring, rounding: rules.rounding)
    }

    /// A project's totals from its rows' points and scores and its 预算执行.
    static func totals(rows: [(points: Decimal, score: Decimal)], execution: ExecutionScore, rules: RuleSet) -> ProjectTotals {
        let rowPoints = rows.reduce(Decimal(0)) { $0 + $1.points }
        let rowScores = rows.reduce(Decimal(0)) { $0 + $1.score }
        let points = execution.points + rowPoints
        let sum = execution.score + rowScores
        var total = sum
        var rescaled = false
        if points != 100, rules.rescaleTo100, points > 0 {
            total = min(rules.rounding.apply(sum * 100 / points), 100)
            rescaled = true
        }
        return ProjectTotals(rowPoints: rowPoints, rowScores: rowScores, points: points, sum: sum, total: total,
                             rescaled: rescaled, grade: rules.grade(for: total))
    }
}
