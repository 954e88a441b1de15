/// A diagnostic as JSON outputs carry it: code, severity, where, and the message in the chosen
/// language.
struct DiagnosticRecord: Hashable, Sendable, Codable {
    var code: String
    var severity: Severity
    var file: String
    var line: Int
    var column: Int?
    var cell: String?
    var message: String
    var project: String?
    var indicator: String?
    var hint: String?
    /// The audit level of a finding that is an audit question too (JX507, JX514).
    var level: AuditLevel?

    init(_ diagnostic: Diagnostic, language: Language) {
        code = diagnostic.code.rawValue
        severity = diagnostic.severity
        file = diagnostic.location.file
        line = diagnostic.location.line
        column = diagnostic.location.column
        cell = diagnostic.location.cell
        message = diagnostic.message(in: language)
        project = diagnostic.project
        indicator = diagnostic.indicator
        hint = diagnostic.hint(in: language)
        level = diagnostic.auditLevel
    }
}
