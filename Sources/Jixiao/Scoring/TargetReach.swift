/// How a target was reached: not below it, not above it, or inside its range.
enum TargetReach: Hashable, Sendable {
    case atLeast
    case atMost
    case within

    /// The comparison sign the working shows between A and T (`within` is written as a range).
    var sign: String {
        switch self {
        case .atLeast: return "≥"
        case .atMost: return "≤"
        case .within: return "≤ … ≤"
        }
    }
}
