import Foundation

/// Scores one indicator row from its target, its converted actual and its points W, by the rule
/// file. Pure arithmetic on exact decimals; the result is rounded half-up to 0.01 once, at the end.
///
/// Quantitative (T = target, A = actual in the target's unit):
/// - `≥`, `>`: A ≥ T → W; else W·max(A,0)/T (0 when T ≤ 0).
/// - `≤`, `<`: A ≤ T → W; else W·T/A (`reverse: ratio`) or W·(2T − A)/T floored at 0
///   (`reverse: linear`), 0 when T ≤ 0.
/// - `=`: T = 0 → W if A = 0 else 0; otherwise as `≥`.
/// - range [L, U]: inside → W; below → W·A/L; above → as `≤ U`.
/// Strict `<` and `>` are scored as `≤` and `≥`.
/// Qualitative: the level's share of W (达成/部分达成/未达成), or the percentage written, which
/// must lie in the level's band.
public enum IndicatorScorer {
    public static func score(target: Target?, actual: ActualInput, points w: Decimal, rules: RuleSet) -> RowScore {
        let full = Rounding.halfUp(w)
        guard let target else {
            return RowScore(score: 0, status: .invalid, basis: "no target → 0.00")
        }
        switch actual {
        case .missing:
            return RowScore(score: 0, status: .missing, basis: "no actual → 0.00")
        case .invalid:
            return RowScore(score: 0, status: .invalid, basis: "actual not usable → 0.00")
        case .level(let level, let percent):
            return qualitative(level: level, percent: percent, w: w, rules: rules.qualitative)
        case .number(let a):
            guard target.kind == .quantitative, let op = target.operator, let t = target.value else {
                return RowScore(score: 0, status: .invalid, basis: "a number for a qualitative target → 0.00")
            }
            var row = quantitative(op: op, t: t, upper: target.upper, a: a, w: w, full: full, reverse: rules.reverse)
            if let ratio = rules.overAchievementRatio, t > 0, [.atLeast, .greater, .equal].contains(op), a >= ratio * t {
                row.overAchievement = a / t
            }
            return row
        }
    }

    static func quantitative(op: TargetOperator, t: Decimal, upper: Decimal?, a: Decimal, w: Decimal, full: Decimal,
                             reverse: RuleSet.ReverseFormula) -> RowScore {
        let (fw, ft, fa) = (Rounding.fixed(w), "\(t)", "\(a)")
        switch op {
        case .atLeast, .greater:
            return higherIsBetter(t: t, a: a, w: w, full: full, sign: "≥")
        case .equal:
            if t == 0 {
                return a == 0 ? RowScore(score: full, status: .met, basis: "T = 0, A = 0 → \(fw)")
                              : RowScore(score: 0, status: .unmet, basis: "T = 0, A = \(fa) ≠ 0 → 0.00")
            }
            return higherIsBetter(t: t, a: a, w: w, full: full, sign: "≥")
        case .atMost, .less:
            return lowerIsBetter(t: t, a: a, w: w, full: full, reverse: reverse)
        case .range:
            let u = upper ?? t
            if a >= t && a <= u {
                return RowScore(score: full, status: .met, basis: "\(ft) ≤ \(fa) ≤ \(u) → \(fw)")
            }
            if a < t { return higherIsBetter(t: t, a: a, w: w, full: full, sign: "≥") }
            return lowerIsBetter(t: u, a: a, w: w, full: full, reverse: reverse)
        }
    }

    static func higherIsBetter(t: Decimal, a: Decimal, w: Decimal, full: Decimal, sign: String) -> RowScore {
        let fw = Rounding.fixed(w)
        if a >= t { return RowScore(score: full, status: .met, basis: "\(a) \(sign) \(t) → \(fw)") }
        guard t > 0 else { return RowScore(score: 0, status: .unmet, basis: "\(a) < \(t), T ≤ 0 → 0.00") }
        let used = max(a, 0)
        return finish(w * used / t, full: full, basis: "\(fw) × \(used)/\(t)")
    }

    static func lowerIsBetter(t: Decimal, a: Decimal, w: Decimal, full: Decimal,
                              reverse: RuleSet.ReverseFormula) -> RowScore {
        let fw = Rounding.fixed(w)
        if a <= t { return RowScore(score: full, status: .met, basis: "\(a) ≤ \(t) → \(fw)") }
        guard t > 0 else { return RowScore(score: 0, status: .unmet, basis: "\(a) > \(t), T ≤ 0 → 0.00") }
        switch reverse {
        case .ratio:
            return finish(w * t / a, full: full, basis: "\(fw) × \(t)/\(a)")
        case .linear:
            return finish(max(w * (2 * t - a) / t, 0), full: full, basis: "\(fw) × (2×\(t) − \(a))/\(t)")
        }
    }

    static func qualitative(level: QualitativeLevel, percent: Decimal?, w: Decimal,
                            rules: RuleSet.Qualitative) -> RowScore {
        let fw = Rounding.fixed(w)
        let status: ScoreStatus = level == .met ? .met : level == .partial ? .partial : .unmet
        let (low, high, highIncluded, share): (Decimal, Decimal, Bool, Decimal) = {
            switch level {
            case .met: return (rules.metMinimum, 100, true, rules.met)
            case .partial: return (rules.partialMinimum, rules.metMinimum, false, rules.partial)
            case .unmet: return (0, rules.partialMinimum, false, rules.unmet)
            }
        }()
        let used = percent ?? share
        if let percent, percent < low || percent > high || (!highIncluded && percent == high) {
            let band = "[\(low), \(high)\(highIncluded ? "]" : ")")"
            return RowScore(score: 0, status: .invalid, basis: "\(level.rawValue) \(percent)% outside \(band) → 0.00",
                            bandViolation: band)
        }
        var row = finish(w * used / 100, full: Rounding.halfUp(w), basis: "\(level.rawValue) \(used)% × \(fw)")
        row.status = status
        return row
    }

    /// Rounds half-up to 0.01, caps at W, and names the status by the score.
    static func finish(_ exact: Decimal, full: Decimal, basis: String) -> RowScore {
        let score = min(Rounding.halfUp(exact), full)
        let status: ScoreStatus = score >= full ? .met : score > 0 ? .partial : .unmet
        return RowScore(score: score, status: status, basis: "\(basis) = \(Rounding.fixed(score))")
    }
}
