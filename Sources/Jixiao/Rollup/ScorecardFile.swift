import Foundation

/// A unit's scorecard as `score --format json` wrote it, read back for the commission's roll-up.
public struct ScorecardFile: Sendable, Decodable {
    public struct Unit: Sendable, Decodable {
        public var name: String
        public var score: Decimal
        public var grade: String
        public var budget: Decimal
        public var spent: Decimal
        public var executionRate: Decimal?
        public var projects: Int
    }

    public var unit: Unit
    public var rules: Scorecard.Rules
    public var projects: [ProjectScore]
}
