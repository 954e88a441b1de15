import Foundation

/// The unrounded score of a row as the fact x·y/z (W·A/T, W·T/A, W·percent/100 …), floored at 0
/// where the rule says so: what `Working.exact` shows and what is rounded, once, into the score
/// (`ScoringContext.rounded`).
struct ScoreQuotient: Hashable, Sendable {
    var x: Fixed
    var y: Fixed
    var z: Fixed = Fixed(1)
    /// W·(2T − A)/T may go below 0; the rule floors it.
    var flooredAtZero = false

    /// The value, exact where its decimal form ends, else to 38 digits (for `explain` to show).
    var exact: Fixed {
        let value = Fixed.ratio(x, y, z) ?? .zero
        return flooredAtZero ? max(value, .zero) : value
    }
}
