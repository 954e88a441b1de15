import Foundation
#if !FUZZ
@testable import Jixiao
#endif

/// The scorer as it was first written, in Foundation `Decimal` arithmetic (38 digits, rounded by
/// `NSDecimalRound`): the oracle that the integer scorer (`IndicatorScorer`, on `Fixed`) is
/// checked against, by `ScoreArithmeticTests` and the `score` fuzz target. Only the score and the
/// status; the rules as `IndicatorScorer` documents them.
enum DecimalScorer {
    enum Actual {
        case missing
        case invalid
        case number(Decimal)
        case level(QualitativeLevel, percent: Decimal?)
        case judged(Decimal, level: QualitativeLevel?)
    }

    static func score(target: Target?, actual: Actual, points w: Decimal, rules: RuleSet) -> (Decimal, ScoreStatus) {
        let full = Rounding.halfUp(w)
        guard let target else { return rules.noTarget == .full ? (full, .met) : (0, .invalid) }
        switch actual {
        case .missing: return (0, .missing)
        case .invalid: return (0, .invalid)
        case .level(let level, let percent): return qualitative(level, percent, w, rules)
        case .judged(let given, let level): return judged(given, level, w, rules.qualitative)
        case .number(let a):
            guard target.kind == .quantitative, let op = target.operator, let t = target.value else { return (0, .invalid) }
            var row = quantitative(op, t, target.upper, a, w, rules)
            if let ratio = rules.overAchievementRatio, t > 0, [.atLeast, .greater, .equal].contains(op), a >= ratio * t,
               rules.overAchievementDeduct > 0 {
                let kept = rules.rounding.apply(w * (100 - rules.overAchievementDeduct) / 100)
                row = (min(kept, row.0), .partial)
            }
            return row
        }
    }

    static func quantitative(_ op: TargetOperator, _ t: Decimal, _ upper: Decimal?, _ a: Decimal, _ w: Decimal,
                             _ rules: RuleSet) -> (Decimal, ScoreStatus) {
        switch op {
        case .atLeast: return higher(t, a, w, rules)
        case .greater, .less:
            // A strict bound not passed is 未达成: 0, or points as ≤/≥.
            if op == .greater ? a > t : a < t { return (Rounding.halfUp(w), .met) }
            if rules.strictBound == .zero { return (0, .unmet) }
            return ((op == .greater ? higher(t, a, w, rules) : lower(t, a, w, rules)).0, .unmet)
        case .equal:
            guard t == 0 else { return higher(t, a, w, rules) }
            return a == 0 ? (Rounding.halfUp(w), .met) : (0, .unmet)
        case .by: return a <= t ? (Rounding.halfUp(w), .met) : (0, .unmet)
        case .atMost: return lower(t, a, w, rules)
        case .range:
            let u = upper ?? t
            if a >= t && a <= u { return (Rounding.halfUp(w), .met) }
            return a < t ? higher(t, a, w, rules) : lower(u, a, w, rules)
        }
    }

    static func higher(_ t: Decimal, _ a: Decimal, _ w: Decimal, _ rules: RuleSet) -> (Decimal, ScoreStatus) {
        if a >= t { return (Rounding.halfUp(w), .met) }
        guard t > 0 else { return (0, .unmet) }
        if rules.tolerance > 0, a * 100 >= t * (100 - rules.tolerance) { return (Rounding.halfUp(w), .met) }
        return finish(w * max(a, 0) / t, w, rules)
    }

    static func lower(_ t: Decimal, _ a: Decimal, _ w: Decimal, _ rules: RuleSet) -> (Decimal, ScoreStatus) {
        if a <= t { return (Rounding.halfUp(w), .met) }
        guard t > 0 else { return (0, .unmet) }
        if rules.tolerance > 0, a * 100 <= t * (100 + rules.tolerance) { return (Rounding.halfUp(w), .met) }
        switch rules.reverse {
        case .ratio: return finish(w * t / a, w, rules)
        case .linear: return finish(max(w * (2 * t - a) / t, 0), w, rules)
        }
    }

    static func qualitative(_ level: QualitativeLevel, _ percent: Decimal?, _ w: Decimal, _ rules: RuleSet) -> (Decimal, ScoreStatus) {
        let q = rules.qualitative
        let (low, high, included, share): (Decimal, Decimal, Bool, Decimal) = {
            switch level {
            case .met: return (q.metMinimum, 100, true, q.met)
            case .partial: return (q.partialMinimum, q.metMinimum, false, q.partial)
            case .unmet: return (0, q.partialMinimum, false, q.unmet)
            }
        }()
        if let percent, percent < low || percent > high || (!included && percent == high) { return (0, .invalid) }
        let (score, _) = finish(w * (percent ?? share) / 100, w, rules)
        return (score, level == .met ? .met : level == .partial ? .partial : .unmet)
    }

    static func judged(_ given: Decimal, _ level: QualitativeLevel?, _ w: Decimal, _ q: RuleSet.Qualitative) -> (Decimal, ScoreStatus) {
        let full = Rounding.halfUp(w)
        let percent = w > 0 ? given / w * 100 : 0
        func band(_ level: QualitativeLevel) -> (Decimal, Decimal, Bool) {
            switch level {
            case .met: return (q.metMinimum, 100, true)
            case .partial: return (q.partialMinimum, q.metMinimum, false)
            case .unmet: return (0, q.partialMinimum, false)
            }
        }
        func contains(_ b: (Decimal, Decimal, Bool)) -> Bool { percent >= b.0 && (percent < b.1 || (b.2 && percent == b.1)) }
        guard given >= 0, given <= full, level.map({ contains(band($0)) }) ?? true else { return (0, .invalid) }
        let shown = level ?? [QualitativeLevel.met, .partial, .unmet].first { contains(band($0)) } ?? .unmet
        return (Rounding.halfUp(given), shown == .met ? .met : shown == .partial ? .partial : .unmet)
    }

    static func finish(_ exact: Decimal, _ w: Decimal, _ rules: RuleSet) -> (Decimal, ScoreStatus) {
        let full = Rounding.halfUp(w)
        let score = min(rules.rounding.apply(exact), full)
        return (score, score >= full ? .met : score > 0 ? .partial : .unmet)
    }
}
