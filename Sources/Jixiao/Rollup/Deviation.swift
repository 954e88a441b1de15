import Foundation

/// 偏差: a row the commission will ask about — below full points, or far above its target — with
/// whether the actuals file explains it (偏差原因).
public struct Deviation: Hashable, Sendable, Decodable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Scored below its points.
        case belowPoints = "below-points"
        /// Reached the rule file's over-achievement ratio of a ≥/= target.
        case overAchievement = "over-achievement"
    }

    public var kind: Kind
    public var project: String
    public var indicator: String
    public var target: String?
    public var actual: String?
    public var points: Decimal
    public var score: Decimal
    /// A/T for an over-achievement.
    public var ratio: Decimal?
    public var reason: String?
    /// True when a 偏差原因 is given.
    public var explained: Bool
    public var line: Int
    public var actualLine: Int?
}
