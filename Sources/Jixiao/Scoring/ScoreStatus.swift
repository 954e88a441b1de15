/// How an indicator row ended up: reached, partly reached, not reached, no actual, or an actual
/// (or target) that could not be used.
public enum ScoreStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case met
    case partial
    case unmet
    case missing
    case invalid
}
