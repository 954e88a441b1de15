/// A diagnostic as JSON outputs carry it: code, severity, where, and the message in the chosen
/// language.
public struct DiagnosticRecord: Hashable, Sendable, Codable {
    public var code: String
    public var severity: Severity
    public var file: String
    public var line: Int
    public var column: Int?
    public var cell: String?
    public var message: String
    public var project: String?
    public var indicator: String?
    public var hint: String?

    public init(_ diagnostic: Diagnostic, language: Language) {
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
    }
}
