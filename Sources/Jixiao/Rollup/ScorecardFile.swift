import Foundation

/// A unit's scorecard as `score --format json` wrote it, read back for the commission's roll-up.
struct ScorecardFile: Sendable, Decodable {
    struct Unit: Sendable, Decodable {
        var name: String
        var score: Decimal
        var grade: String
        var budget: Decimal
        var spent: Decimal
        var executionRate: Decimal?
        var projects: Int
    }

    /// One audit finding (`audit[]`): the roll-up counts them per unit and ranks the projects.
    struct AuditEntry: Sendable, Decodable {
        var code: String
        var level: AuditLevel
        var project: String?
        var message: String
        var figures: [String]?
    }

    /// Only the severity of each diagnostic is read: the roll-up counts the errors.
    struct DiagnosticSeverity: Sendable, Decodable {
        var severity: Severity
    }

    var unit: Unit
    var rules: Scorecard.Rules
    var projects: [ProjectScore]
    var diagnostics: [DiagnosticSeverity]?
    /// Absent in a scorecard written before the audit checks.
    var audit: [AuditEntry]?

    /// How many errors the inputs of this scorecard had.
    var errorCount: Int { diagnostics?.filter { $0.severity == .error }.count ?? 0 }
}
