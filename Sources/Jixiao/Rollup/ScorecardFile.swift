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

    /// Only the severity of each diagnostic is read: the roll-up counts the errors.
    public struct DiagnosticSeverity: Sendable, Decodable {
        public var severity: Severity
    }

    public var unit: Unit
    public var rules: Scorecard.Rules
    public var projects: [ProjectScore]
    public var diagnostics: [DiagnosticSeverity]?

    /// How many errors the inputs of this scorecard had.
    public var errorCount: Int { diagnostics?.filter { $0.severity == .error }.count ?? 0 }
}
