import Foundation

/// The unrounded score of a row as the fact x·y/z (W·A/T, W·T/A, W·percent/100 …), floored at 0
/// where the rule says so: what `Working.exact` shows and what is rounded into the score.
struct ScoreQuotient: Hashable, Sendable {
    var x: Decimal
    var y: Decimal
    var z: Decimal = 1
    /// W·(2T − A)/T may go below 0; the rule floors it.
    var flooredAtZero = false

    /// The value in `Decimal` arithmetic, evaluated as (x·y)/z.
    var decimal: Decimal {
        let value = x * y / z
        return flooredAtZero ? max(value, 0) : value
    }

    /// The value rounded as the rule file says, in the arithmetic asked for; the integer
    /// arithmetic falls back to `Decimal` when a figure does not fit in it.
    func rounded(_ rounding: RuleSet.ScoreRounding, _ arithmetic: ScoreArithmetic) -> Decimal {
        if arithmetic == .integers,
           let value = ExactQuotient.rounded(x, y, z, places: rounding.places, truncate: rounding.mode == .truncate) {
            return flooredAtZero ? max(value, 0) : value
        }
        return rounding.apply(decimal)
    }
}
