/// How an actual number was read against its target's unit: a fact `explain` states as it is.
enum ActualReading: Hashable, Sendable {
    /// No unit was written; the number is taken in the target's unit.
    case noUnit
    /// Written in the target's own unit.
    case targetUnit
    /// Written in another unit of the same kind, and converted (`万元` → `元`, `km` → `米`).
    case converted(from: String)
}
