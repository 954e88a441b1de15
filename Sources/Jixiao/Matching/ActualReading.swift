/// How an actual number was read against its target's unit: a fact `explain` states as it is.
enum ActualReading: Hashable, Sendable {
    /// No unit was written; the number is taken in the target's unit.
    case noUnit
    /// Written in the target's own unit.
    case targetUnit
    /// Written in another unit of the same kind, and converted (`万元` → `元`, `km` → `米`).
    case converted(from: String)
    /// Written with an approximation word (`300余人`, `约90%`, `5次左右`): the number is read as
    /// written; `from` is the unit written when it was converted.
    case approximate(word: String, from: String?)
    /// Words that mean none (`无投诉`, `未发生`) under a number target: read as 0 (`NoneWords`).
    case meansNone
}
