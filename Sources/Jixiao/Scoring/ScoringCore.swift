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
/// writers to put into words. All in exact integer arithmetic (`Fixed`).
enum ScoringCore {
    /// One row. `inBlock`: a block of the rule file scores the row's 一级指标 (else it scores 0).
    static func row(target declared: ScoredTarget?, cost: Bool, actual: ActualInput, points: Fixed, inBlock: Bool,
                    context: ScoringContext) -> RowScore {
        guard inBlock else { return RowScore(score: .zero, status: .invalid, working: Working(rule: .noBlock, points: points)) }
        let (target, assumed) = effectiveTarget(declared, cost: cost, rules: context.rules)
        var result = IndicatorScorer.score(target: target, actual: actual, points: points, context: context)
        result.working.assumed = assumed
        if target?.op == .by { result.working.timeUnit = target?.unit }
        return result
    }

    /// The same, from the model's values (verify, monitor).
    static func row(target declared: Target?, category: String, subcategory: String, actual: ActualInput, points: Fixed,
                    inBlock: Bool, context: ScoringContext) -> RowScore {
        row(target: declared.map(ScoredTarget.init), cost: isCost(category: category, subcategory: subcategory), actual: actual,
            points: points, inBlock: inBlock, context: context)
    }

    /// True under 成本指标, as 一级 or as 二级 in the layout until 2022.
    static func isCost(category: String, subcategory: String) -> Bool { category == "成本指标" || subcategory == "成本指标" }

    /// A bare-number target with the operator the rule file assumes: the 成本指标 one under 成本指标,
    /// else the general one; a bare 0 stays `= 0`.
    static func effectiveTarget(_ declared: ScoredTarget?, cost: Bool, rules: RuleSet) -> (ScoredTarget?, AssumedOperator?) {
        guard var target = declared, target.assumed, let value = target.value, !value.isZero else { return (declared, nil) }
        let op = cost ? rules.bareNumber.cost : rules.bareNumber.assume
        target.op = op
        return (target, AssumedOperator(op: op, cost: cost))
    }

    /// The model's target with the operator the rule file assumes for a bare number (monitor).
    static func effectiveTarget(_ declared: Target?, category: String, subcategory: String, rules: RuleSet) -> Target? {
        guard var target = declared, target.assumed, let value = target.value, value != 0 else { return declared }
        target.operator = isCost(category: category, subcategory: subcategory) ? rules.bareNumber.cost : rules.bareNumber.assume
        return target
    }

    /// 预算执行 from the spending and the budget in 元 and its points.
    static func execution(spent: Fixed?, budget: Fixed, points: Fixed, context: ScoringContext,
                          over100: DepartmentRules.Over100 = .cap) -> ExecutionScore {
        ExecutionScorer.score(spent: spent, budget: budget, points: points, context: context, over100: over100)
    }

    /// A project's totals from its rows' points and scores and its 预算执行.
    static func totals(rowPoints: Fixed, rowScores: Fixed, execution: ExecutionScore, context: ScoringContext) -> ProjectTotals {
        let points = execution.points + rowPoints
        let sum = execution.score + rowScores
        var total = sum
        var rescaled = false
        if points != .hundred, context.rules.rescaleTo100, points > .zero {
            let scaled = Fixed.quotient(sum, .hundred, points, places: context.places, mode: context.mode) ?? sum
            total = min(scaled, .hundred)
            rescaled = true
        }
        return ProjectTotals(rowPoints: rowPoints, rowScores: rowScores, points: points, sum: sum, total: total,
                             rescaled: rescaled, grade: context.grade(for: total))
    }

    /// The same, from the rows themselves.
    static func totals(rows: [(points: Fixed, score: Fixed)], execution: ExecutionScore, context: ScoringContext) -> ProjectTotals {
        var points = Fixed.zero
        var scores = Fixed.zero
        for row in rows {
            points += row.points
            scores += row.score
        }
        return totals(rowPoints: points, rowScores: scores, execution: execution, context: context)
    }
}
