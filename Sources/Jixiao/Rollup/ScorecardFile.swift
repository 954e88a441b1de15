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
        /// With a 部门整体 form: the projects' average beside the unit's (the department's) score.
        var projectAverage: Decimal?
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
        /// For a diagnostic that is an audit question too (JX507, JX514): its level and what it says.
        var level: AuditLevel?
        var code: String?
        var project: String?
        var message: String?
    }

    var unit: Unit
    var rules: Scorecard.Rules
    var projects: [ProjectScore]
    var diagnostics: [DiagnosticSeverity]?
    /// Absent in a scorecard written before the audit checks.
    var audit: [AuditEntry]?
    /// The 部门整体 form's money, when the scorecard has one: a unit that handed in that form alone
    /// has its money (no project to sum).
    struct DepartmentMoney: Sendable, Decodable {
        var budget: Decimal
        var spent: Decimal?
    }
    var department: DepartmentMoney?

    /// Every audit finding of the scorecard: the checks' own (`audit[]`) and the diagnostics with a
    /// level, as entries.
    var findings: [AuditEntry] {
        (audit ?? []) + (diagnostics ?? []).compactMap { d in
            d.level.map { AuditEntry(code: d.code ?? "", level: $0, project: d.project, message: d.message ?? "", figures: nil) }
        }
    }

    /// How many errors the inputs of this scorecard had.
    var errorCount: Int { diagnostics?.filter { $0.severity == .error }.count ?? 0 }
}
