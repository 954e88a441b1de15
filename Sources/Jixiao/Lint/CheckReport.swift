import Foundation

/// `jixiao check`: reading the declaration and linting it, in one call, and the report's JSON form.
public struct CheckReport: Sendable, Encodable {
    public var file: String
    public var projects: Int
    public var indicators: Int
    public var errors: Int
    public var warnings: Int
    var findings: [DiagnosticRecord]

    /// Reads `path`, runs the reader's checks and the lint; `rules` (for block checks) is optional.
    public static func check(path: String, lint: LintRules, rules: RuleSet?) -> (Declaration, [Diagnostic]) {
        let loaded = DeclarationLoader.load(path: path)
        let findings = loaded.diagnostics + loaded.relocate(DeclarationLint.run(loaded.declaration, lint: lint, rules: rules, file: path), file: path)
        return (loaded.declaration, findings.sortedForOutput())
    }

    public init(file: String, declaration: Declaration, findings: [Diagnostic], language: Language) {
        self.file = file
        projects = declaration.projects.count
        indicators = declaration.indicatorCount
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.count - errors
        self.findings = findings.map { DiagnosticRecord($0, language: language) }
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }
}
