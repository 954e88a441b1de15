import Foundation

/// Scores one indicator row from its target, its converted actual and its points W, by the rule
/// file, in exact integer arithmetic (`Fixed`): the unrounded score is the fact x·y/z
/// (`ScoreQuotient`), rounded once, at the end, as the rule file says (half-up to 0.01 by default).
/// It returns facts (`Working`), never text. Call it through `ScoringCore.row`; `DecimalScorer`
/// (in the tests) is the same rules in Foundation `Decimal`, its oracle.
///
/// Quantitative (T = target, A = actual in the target's unit):
/// - `≥`, `>`: A ≥ T → W; else W·max(A,0)/T (0 when T ≤ 0).
/// - `≤`, `<`: A ≤ T → W; else W·T/A (`reverse: ratio`) or W·(2T − A)/T floored at 0
///   (`reverse: linear`), 0 when T ≤ 0.
/// - `=`: T = 0 → W if A = 0 else 0; otherwise as `≥`.
/// - range [L, U]: inside → W; below → W·A/L; above → as `≤ U`.
/// Strict `<` and `>`: passed → W. Not passed (at the bound or on its wrong side) → 未达成, scored
///   as `≤`/`≥` (`strictBound: "asNonStrict"`, the default: W at the bound) or 0 (`"zero"`).
/// - `by` (a deadline): A ≤ T → W; else 0.
/// With `quantitative.tolerance` d (percent): a floor missed by no more than d % of T
///   (A·100 ≥ T·(100 − d)), or a ceiling passed by no more than that (A·100 ≤ T·(100 + d)), keeps W.
/// Qualitative: the level's share of W (达成/部分达成/未达成), or the percentage written, which
/// must lie in the level's band; or the unit's 自评得分 within [0, W] and the band of a level written.
/// No target: 0, or W with `noTarget: "full"`.
enum IndicatorScorer {
    static func score(target: ScoredTarget?, actual: ActualInput, points w: Fixed, context c: ScoringContext) -> RowScore {
        guard let target else {
            if c.rules.noTarget == .full {
                return RowScore(score: full(w), status: .met, working: Working(rule: .noTargetFull, points: w))
            }
            return fixed(.noTarget, w: w, status: .invalid)
        }
        switch actual {
        case .missing:
            return fixed(.missingActual, w: w, status: .missing)
        case .invalid:
            return fixed(.invalidActual, w: w, status: .invalid)
        case .level(let level, let percent):
            return qualitative(level: level, percent: percent, w: w, c)
        case .judged(let given, let level):
            return judged(given, level: level, w: w, c)
        case .number(let a):
            guard target.kind == .quantitative, let op = target.op, let t = target.value else {
                return fixed(.numberForQualitative, w: w, status: .invalid)
            }
            var row = quantitative(op: op, t: t, upper: target.upper, a: a, w: w, c)
            if let ratio = c.overAchievementRatio, t > .zero, op == .atLeast || op == .greater || op == .equal,
               let limit = Fixed.product(ratio, t), a >= limit {
                row.overAchievement = Fixed.ratio(a, Fixed(1), t)
                if c.overAchievementDeduct > .zero {
                    let kept = ScoreQuotient(x: w, y: .hundred - c.overAchievementDeduct, z: .hundred)
                    row.score = min(c.rounded(kept), row.score)
                    row.status = .partial
                    row.working = Working(rule: .overAchievementDeducted(c.overAchievementDeduct), points: w, target: t,
                                          actual: a, quotient: kept)
                }
            }
            return row
        }
    }

    /// Full points, shown to 0.01: W rounded half-up, never the rule file's rounding.
    static func full(_ w: Fixed) -> Fixed { w.rounded(2, .halfUp) }

    static func quantitative(op: TargetOperator, t: Fixed, upper: Fixed?, a: Fixed, w: Fixed, _ c: ScoringContext) -> RowScore {
        switch op {
        case .atLeast:
            return higherIsBetter(t: t, a: a, w: w, c)
        case .greater, .less:
            let higher = op == .greater
            if higher ? a > t : a < t {
                return RowScore(score: full(w), status: .met,
                                working: Working(rule: .reached(higher ? .atLeast : .atMost), points: w, target: t, actual: a))
            }
            guard c.rules.strictBound == .asNonStrict else {
                return RowScore(score: .zero, status: .unmet, working: Working(rule: .strictNotPassed(op), points: w, target: t, actual: a))
            }
            var row = higher ? higherIsBetter(t: t, a: a, w: w, c) : lowerIsBetter(t: t, a: a, w: w, c)
            row.status = .unmet
            row.working.strictMissed = op
            return row
        case .equal:
            guard t.isZero else { return higherIsBetter(t: t, a: a, w: w, c) }
            let working = Working(rule: .zeroTarget, points: w, target: t, actual: a)
            return a.isZero ? RowScore(score: full(w), status: .met, working: working)
                            : RowScore(score: .zero, status: .unmet, working: working)
        case .by:
            // A deadline is kept or missed: full points when not later, else 0.
            if a <= t {
                return RowScore(score: full(w), status: .met, working: Working(rule: .reached(.atMost), points: w, target: t, actual: a))
            }
            return RowScore(score: .zero, status: .unmet, working: Working(rule: .late, points: w, target: t, actual: a))
        case .atMost:
            return lowerIsBetter(t: t, a: a, w: w, c)
        case .range:
            let u = upper ?? t
            if a >= t && a <= u {
                return RowScore(score: full(w), status: .met,
                                working: Working(rule: .reached(.within), points: w, target: t, upper: u, actual: a))
            }
            return a < t ? higherIsBetter(t: t, a: a, w: w, c) : lowerIsBetter(t: u, a: a, w: w, c)
        }
    }

    static func higherIsBetter(t: Fixed, a: Fixed, w: Fixed, _ c: ScoringContext) -> RowScore {
        if a >= t {
            return RowScore(score: full(w), status: .met, working: Working(rule: .reached(.atLeast), points: w, target: t, actual: a))
        }
        guard t > .zero else {
            return RowScore(score: .zero, status: .unmet, working: Working(rule: .nonPositiveTarget, points: w, target: t, actual: a))
        }
        if within(a, of: t, by: c.tolerance, below: true) {
            return RowScore(score: full(w), status: .met,
                            working: Working(rule: .withinTolerance(.atLeast, percent: c.tolerance), points: w, target: t, actual: a))
        }
        return finish(c, Working(rule: .proportional, points: w, target: t, actual: a, quotient: ScoreQuotient(x: w, y: max(a, .zero), z: t)))
    }

    static func lowerIsBetter(t: Fixed, a: Fixed, w: Fixed, _ c: ScoringContext) -> RowScore {
        if a <= t {
            return RowScore(score: full(w), status: .met, working: Working(rule: .reached(.atMost), points: w, target: t, actual: a))
        }
        guard t > .zero else {
            return RowScore(score: .zero, status: .unmet, working: Working(rule: .nonPositiveTarget, points: w, target: t, actual: a))
        }
        if within(a, of: t, by: c.tolerance, below: false) {
            return RowScore(score: full(w), status: .met,
                            working: Working(rule: .withinTolerance(.atMost, percent: c.tolerance), points: w, target: t, actual: a))
        }
        switch c.rules.reverse {
        case .ratio:
            return finish(c, Working(rule: .reverseRatio, points: w, target: t, actual: a, quotient: ScoreQuotient(x: w, y: t, z: a)))
        case .linear:
            // 2T − A exactly. It passes 38 digits only when A is far above 2T (an actual is read to
            // 30 digits), where the floored score is 0: -1 stands for it.
            let twiceLess = Fixed.sum(t, t).flatMap { Fixed.sum($0, -a) } ?? Fixed(-1)
            return finish(c, Working(rule: .reverseLinear, points: w, target: t, actual: a,
                                     quotient: ScoreQuotient(x: w, y: twiceLess, z: t, flooredAtZero: true)))
        }
    }

    /// A (past T on its wrong side) within d % of T: A·100 ≥ T·(100 − d) below a floor, A·100 ≤
    /// T·(100 + d) above a ceiling; exact, false when a product passes what `Fixed` holds.
    static func within(_ a: Fixed, of t: Fixed, by d: Fixed, below: Bool) -> Bool {
        guard d > .zero, let scaledA = Fixed.product(a, .hundred),
              let share = Fixed.sum(.hundred, below ? -d : d), let scaledT = Fixed.product(t, share) else { return false }
        return below ? scaledA >= scaledT : scaledA <= scaledT
    }

    static func qualitative(level: QualitativeLevel, percent: Fixed?, w: Fixed, _ c: ScoringContext) -> RowScore {
        let band = self.band(of: level, c)
        if let percent, !band.contains(percent) {
            let text = "[\(band.low), \(band.high)\(band.highIncluded ? "]" : ")")"
            return RowScore(score: .zero, status: .invalid, bandViolation: text,
                            working: Working(rule: .outOfBand(level, percent: percent, band: text), points: w))
        }
        let used = percent ?? (level == .met ? c.met : level == .partial ? c.partial : c.unmet)
        var row = finish(c, Working(rule: .level(level, percent: used, written: percent != nil), points: w,
                                    quotient: ScoreQuotient(x: w, y: used, z: .hundred)))
        row.status = level == .met ? .met : level == .partial ? .partial : .unmet
        return row
    }

    /// The unit's 自评得分 for a qualitative row: used as given when it lies in [0, W] and, when a
    /// level is written too, in that level's band (as a share of W); else 0 and reported. The status
    /// is the level written, or the level whose band the share falls in.
    static func judged(_ given: Fixed, level: QualitativeLevel?, w: Fixed, _ c: ScoringContext) -> RowScore {
        let full = full(w)
        let percent = w > .zero ? (Fixed.ratio(given, .hundred, w) ?? .zero) : .zero
        let inBand = level.map { band(of: $0, c).contains(percent) } ?? true
        guard given >= .zero, given <= full, inBand else {
            let range = level.map { band(of: $0, c).text(w: w) } ?? "[0, \(w.fixedText())]"
            return RowScore(score: .zero, status: .invalid, bandViolation: range,
                            working: Working(rule: .judgedOutOfRange(given, band: range), points: w, actual: given))
        }
        let shown = level ?? [QualitativeLevel.met, .partial, .unmet].first { band(of: $0, c).contains(percent) } ?? .unmet
        let status: ScoreStatus = shown == .met ? .met : shown == .partial ? .partial : .unmet
        return RowScore(score: given.rounded(2, .halfUp), status: status,
                        working: Working(rule: .judged(level), points: w, actual: given, quotient: ScoreQuotient(x: given, y: Fixed(1))))
    }

    /// A level's band of percentages: 达成 [met, 100], 部分达成 [partial, met), 未达成 [0, partial).
    struct Band {
        var low: Fixed
        var high: Fixed
        var highIncluded: Bool
        func contains(_ p: Fixed) -> Bool { p >= low && (p < high || (highIncluded && p == high)) }
        /// The band as points of W, e.g. `[12.00, 15.00]`.
        func text(w: Fixed) -> String {
            let lowPoints = Fixed.quotient(w, low, .hundred, places: 2, mode: .halfUp) ?? .zero
            let highPoints = Fixed.quotient(w, high, .hundred, places: 2, mode: .halfUp) ?? .zero
            return "[\(lowPoints.fixedText()), \(highPoints.fixedText())\(highIncluded ? "]" : ")")"
        }
    }

    static func band(of level: QualitativeLevel, _ c: ScoringContext) -> Band {
        switch level {
        case .met: return Band(low: c.metMinimum, high: .hundred, highIncluded: true)
        case .partial: return Band(low: c.partialMinimum, high: c.metMinimum, highIncluded: false)
        case .unmet: return Band(low: .zero, high: c.partialMinimum, highIncluded: false)
        }
    }

    static func fixed(_ rule: ScoringRule, w: Fixed, status: ScoreStatus) -> RowScore {
        RowScore(score: .zero, status: status, working: Working(rule: rule, points: w))
    }

    /// Rounds as the rule file says, caps at W, and names the status by the score.
    static func finish(_ c: ScoringContext, _ working: Working) -> RowScore {
        let full = full(working.points)
        let score = min(working.quotient.map(c.rounded) ?? .zero, full)
        let status: ScoreStatus = score >= full ? .met : score > .zero ? .partial : .unmet
        return RowScore(score: score, status: status, working: working)
    }
}
