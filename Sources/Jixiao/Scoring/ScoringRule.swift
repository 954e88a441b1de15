import Foundation

/// Which branch of the rules scored a row, with the numbers it used: what `jixiao explain` turns
/// into sentences. W = points, T = target, U = upper bound, A = actual in the target's unit.
enum ScoringRule: Hashable, Sendable {
    /// A ≥ T (or ≤, or inside a range): full points.
    case reached(TargetReach)
    /// ≥ (or =) not reached, or ≤ exceeded, by no more than the rule file's tolerance (percent of
    /// T, `quantitative.tolerance`): full points.
    case withinTolerance(TargetReach, percent: Fixed)
    /// ≥ (or =) not reached: W·max(A,0)/T.
    case proportional
    /// ≤ exceeded: W·T/A.
    case reverseRatio
    /// ≤ exceeded: W·(2T − A)/T, floored at 0.
    case reverseLinear
    /// A target of 0 (=0): W when A = 0, else 0.
    case zeroTarget
    /// Over-achieved by the rule file's ratio, with its deduction (percent of W): W × (100 − d)%.
    case overAchievementDeducted(Fixed)
    /// A strict bound (`<`, `>`) not passed, under `strictBound: "zero"`: 0.
    case strictNotPassed(TargetOperator)
    /// A deadline (`by`) missed: 0.
    case late
    /// A target T ≤ 0 not reached: 0.
    case nonPositiveTarget
    /// A qualitative level: W × percent / 100.
    case level(QualitativeLevel, percent: Fixed, written: Bool)
    /// A written percentage outside its level's band: 0.
    case outOfBand(QualitativeLevel, percent: Fixed, band: String)
    /// The unit's 自评得分, used as given (it lies in [0, W] and in the band of the level written).
    case judged(QualitativeLevel?)
    /// A 自评得分 above W, below 0, or outside the band of the level written: 0.
    case judgedOutOfRange(Fixed, band: String)
    case missingActual
    case invalidActual
    case noTarget
    /// No target, and the rule file gives such rows full points (`noTarget: "full"`).
    case noTargetFull
    case numberForQualitative
    case noBlock
}

/// The numbers behind a row's score, before rounding.
struct Working: Hashable, Sendable {
    var rule: ScoringRule
    var points: Fixed
    var target: Fixed?
    var upper: Fixed?
    var actual: Fixed?
    /// The score before rounding and capping, as x·y/z; nil where the rule gives a fixed 0 or W.
    var quotient: ScoreQuotient?

    /// The unrounded score (shown by `explain`).
    var exact: Fixed? { quotient?.exact }
    /// The operator the rules assumed for a bare-number target (`quantitative.bareNumber`).
    var assumed: AssumedOperator? = nil
    /// The strict operator whose bound the actual did not pass (the row is 未达成 whatever its
    /// points); nil otherwise.
    var strictMissed: TargetOperator? = nil
    /// The target's unit, when T and A are not plain numbers to show (a deadline's day numbers).
    var timeUnit: String? = nil
}

/// The operator assumed for a target written as a bare number, and why.
struct AssumedOperator: Hashable, Sendable {
    var op: TargetOperator
    /// True when it is the 成本指标 choice (a ceiling); else the general one (an amount to reach).
    var cost: Bool
}
