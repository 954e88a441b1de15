import Foundation

/// Scores one indicator row from its target, its converted actual and its points W, by the rule
/// file. Exact arithmetic: the unrounded score is the fact x·y/z (`ScoreQuotient`), rounded once, at
/// the end, as the rule file says (half-up to 0.01 by default), in 128-bit integers
/// (`ExactQuotient`; `arithmetic: .decimal` is the first, `Decimal`, arithmetic, kept as the oracle
/// of `ScoreArithmeticTests` and the `score` fuzz target). It returns facts (`Working`), never text.
///
/// Quantitative (T = target, A = actual in the target's unit):
/// - `≥`, `>`: A ≥ T → W; else W·max(A,0)/T (0 when T ≤ 0).
/// - `≤`, `<`: A ≤ T → W; else W·T/A (`reverse: ratio`) or W·(2T − A)/T floored at 0
///   (`reverse: linear`), 0 when T ≤ 0.
/// - `=`: T = 0 → W if A = 0 else 0; otherwise as `≥`.
/// - range [L, U]: inside → W; below → W·A/L; above → as `≤ U`.
/// Strict `<` and `>` are scored as `≤` and `≥`.
/// - `by` (a deadline): A ≤ T → W; else 0.
/// Qualitative: the level's share of W (达成/部分达成/未达成), or the percentage written, which
/// must lie in the level's band; or the unit's 自评得分 within [0, W] and the band of a level written.
/// No target: 0, or W with `noTarget: "full"`.
enum IndicatorScorer {
    static func score(target: Target?, actual: ActualInput, points w: Decimal, rules: RuleSet,
                      arithmetic: ScoreArithmetic = .integers) -> RowScore {
        guard let target else {
            if rules.noTarget == .full {
                return RowScore(score: Rounding.halfUp(w), status: .met, working: Working(rule: .noTargetFull, points: w))
            }
            return fixed(.noTarget, w: w, status: .invalid)
        }
        switch actual {
        case .missing:
            return fixed(.missingActual, w: w, status: .missing)
        case .invalid:
            return fixed(.invalidActual, w: w, status: .invalid)
        case .level(let level, let percent):
            return qualitative(level: level, percent: percent, w: w, rules: rules.qualitative, rounding: rules.rounding,
                               arithmetic: arithmetic)
        case .judged(let given, let level):
            return judged(given, level: level, w: w, rules: rules.qualitative)
        case .number(let a):
            guard target.kind == .quantitative, let op = target.operator, let t = target.value else {
                return fixed(.numberForQualitative, w: w, status: .invalid)
            }
            var row = quantitative(op: op, t: t, upper: target.upper, a: a, w: w, reverse: rules.reverse, rounding: rules.rounding,
                                   arithmetic: arithmetic)
            if let ratio = rules.overAchievementRatio, t > 0, [.atLeast, .greater, .equal].contains(op), a >= ratio * t {
                row.overAchievement = a / t
                if rules.overAchievementDeduct > 0 {
                    let kept = ScoreQuotient(x: w, y: 100 - rules.overAchievementDeduct, z: 100)
                    row.score = min(kept.rounded(rules.rounding, arithmetic), row.score)
                    row.status = .partial
                    row.working = Working(rule: .overAchievementDeducted(rules.overAchievementDeduct), points: w, target: t,
                                          actual: a, quotient: kept)
                }
            }
            return row
        }
    }

    static func quantitative(op: TargetOperator, t: Decimal, upper: Decimal?, a: Decimal, w: Decimal,
                             reverse: RuleSet.ReverseFormula, rounding: RuleSet.ScoreRounding = .standard,
                             arithmetic: ScoreArithmetic = .integers) -> RowScore {
        switch op {
        case .atLeast, .greater:
            return higherIsBetter(t: t, a: a, w: w, rounding: rounding, arithmetic: arithmetic)
        case .equal:
            guard t == 0 else { return higherIsBetter(t: t, a: a, w: w, rounding: rounding, arithmetic: arithmetic) }
            let working = Working(rule: .zeroTarget, points: w, target: t, actual: a)
            return a == 0 ? RowScore(score: Rounding.halfUp(w), status: .met, working: working)
                          : RowScore(score: 0, status: .unmet, working: working)
        case .by:
            // A deadline is kept or missed: full points when not later, else 0.
            if a <= t {
                return RowScore(score: Rounding.halfUp(w), status: .met, working: Working(rule: .reached(.atMost), points: w, target: t, actual: a))
            }
            return RowScore(score: 0, status: .unmet, working: Working(rule: .late, points: w, target: t, actual: a))
        case .atMost, .less:
            return lowerIsBetter(t: t, a: a, w: w, reverse: reverse, rounding: rounding, arithmetic: arithmetic)
        case .range:
            let u = upper ?? t
            if a >= t && a <= u {
                return RowScore(score: Rounding.halfUp(w), status: .met, working: Working(rule: .reached(.within), points: w, target: t, upper: u, actual: a))
            }
            return a < t ? higherIsBetter(t: t, a: a, w: w, rounding: rounding, arithmetic: arithmetic)
                         : lowerIsBetter(t: u, a: a, w: w, reverse: reverse, rounding: rounding, arithmetic: arithmetic)
        }
    }

    static func higherIsBetter(t: Decimal, a: Decimal, w: Decimal, rounding: RuleSet.ScoreRounding = .standard,
                               arithmetic: ScoreArithmetic = .integers) -> RowScore {
        if a >= t {
            return RowScore(score: Rounding.halfUp(w), status: .met, working: Working(rule: .reached(.atLeast), points: w, target: t, actual: a))
        }
        guard t > 0 else {
            return RowScore(score: 0, status: .unmet, working: Working(rule: .nonPositiveTarget, points: w, target: t, actual: a))
        }
        let used = max(a, 0)
        return finish(rounding, arithmetic, Working(rule: .proportional, points: w, target: t, actual: a,
                                                    quotient: ScoreQuotient(x: w, y: used, z: t)))
    }

    static func lowerIsBetter(t: Decimal, a: Decimal, w: Decimal, reverse: RuleSet.ReverseFormula,
                              rounding: RuleSet.ScoreRounding = .standard, arithmetic: ScoreArithmetic = .integers) -> RowScore {
        if a <= t {
            return RowScore(score: Rounding.halfUp(w), status: .met, working: Working(rule: .reached(.atMost), points: w, target: t, actual: a))
        }
        guard t > 0 else {
            return RowScore(score: 0, status: .unmet, working: Working(rule: .nonPositiveTarget, points: w, target: t, actual: a))
        }
        switch reverse {
        case .ratio:
            return finish(rounding, arithmetic, Working(rule: .reverseRatio, points: w, target: t, actual: a,
                                                        quotient: ScoreQuotient(x: w, y: t, z: a)))
        case .linear:
            return finish(rounding, arithmetic, Working(rule: .reverseLinear, points: w, target: t, actual: a,
                                                        quotient: ScoreQuotient(x: w, y: 2 * t - a, z: t, flooredAtZero: true)))
        }
    }

    static func qualitative(level: QualitativeLevel, percent: Decimal?, w: Decimal, rules: RuleSet.Qualitative,
                            rounding: RuleSet.ScoreRounding = .standard, arithmetic: ScoreArithmetic = .integers) -> RowScore {
        let (low, high, highIncluded, share): (Decimal, Decimal, Bool, Decimal) = {
            switch level {
            case .met: return (rules.metMinimum, 100, true, rules.met)
            case .partial: return (rules.partialMinimum, rules.metMinimum, false, rules.partial)
            case .unmet: return (0, rules.partialMinimum, false, rules.unmet)
            }
        }()
        if let percent, percent < low || percent > high || (!highIncluded && percent == high) {
            let band = "[\(low), \(high)\(highIncluded ? "]" : ")")"
            return RowScore(score: 0, status: .invalid, bandViolation: band, working: Working(rule: .outOfBand(level, percent: percent, band: band), points: w))
        }
        let used = percent ?? share
        var row = finish(rounding, arithmetic, Working(rule: .level(level, percent: used, written: percent != nil), points: w,
                                                       quotient: ScoreQuotient(x: w, y: used, z: 100)))
        row.status = level == .met ? .met : level == .partial ? .partial : .unmet
        return row
    }

    /// The unit's 自评得分 for a qualitative row: used as given when it lies in [0, W] and, when a
    /// level is written too, in that level's band (as a share of W); else 0 and reported. The status
    /// is the level written, or the level whose band the share falls in.
    static func judged(_ given: Decimal, level: QualitativeLevel?, w: Decimal, rules: RuleSet.Qualitative) -> RowScore {
        let full = Rounding.halfUp(w)
        let percent = w > 0 ? given / w * 100 : 0
        let inBand = level.map { band(of: $0, rules: rules).contains(percent) } ?? true
        guard given >= 0, given <= full, inBand else {
            let range = level.map { band(of: $0, rules: rules).text(w: w) } ?? "[0, \(Rounding.fixed(w))]"
            return RowScore(score: 0, status: .invalid, bandViolation: range,
                            working: Working(rule: .judgedOutOfRange(given, band: range), points: w, actual: given))
        }
        let shown = level ?? [QualitativeLevel.met, .partial, .unmet].first { band(of: $0, rules: rules).contains(percent) } ?? .unmet
        let status: ScoreStatus = shown == .met ? .met : shown == .partial ? .partial : .unmet
        let score = Rounding.halfUp(given)
        return RowScore(score: score, status: status, working: Working(rule: .judged(level), points: w, actual: given,
                                                                                  quotient: ScoreQuotient(x: given, y: 1)))
    }

    /// A level's band of percentages: 达成 [met, 100], 部分达成 [partial, met), 未达成 [0, partial).
    struct Band {
        var low: Decimal
        var high: Decimal
        var highIncluded: Bool
        func contains(_ p: Decimal) -> Bool { p >= low && (p < high || (highIncluded && p == high)) }
        /// The band as points of W, e.g. `[12.00, 15.00]`.
        func text(w: Decimal) -> String {
            "[\(Rounding.fixed(w * low / 100)), \(Rounding.fixed(w * high / 100))\(highIncluded ? "]" : ")")"
        }
    }

    static func band(of level: QualitativeLevel, rules: RuleSet.Qualitative) -> Band {
        switch level {
        case .met: return Band(low: rules.metMinimum, high: 100, highIncluded: true)
        case .partial: return Band(low: rules.partialMinimum, high: rules.metMinimum, highIncluded: false)
        case .unmet: return Band(low: 0, high: rules.partialMinimum, highIncluded: false)
        }
    }

    static func fixed(_ rule: ScoringRule, w: Decimal, status: ScoreStatus) -> RowScore {
        RowScore(score: 0, status: status, working: Working(rule: rule, points: w))
    }

    /// Rounds half-up to 0.01, caps at W, and names the status by the score.
    static func finish(_ rounding: RuleSet.ScoreRounding, _ arithmetic: ScoreArithmetic, _ working: Working) -> RowScore {
        let full = Rounding.halfUp(working.points)
        let score = min(working.quotient?.rounded(rounding, arithmetic) ?? 0, full)
        let status: ScoreStatus = score >= full ? .met : score > 0 ? .partial : .unmet
        return RowScore(score: score, status: status, working: working)
    }
}
