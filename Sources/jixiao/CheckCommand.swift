import Foundation
import Jixiao

/// `jixiao check DECLARATION [--format text|json] [--lint FILE] [--rules FILE]`: the findings of the
/// reader and the lint, one per line (`FILE:LINE: severity: message [code]` and a hint line), then
/// a summary; or the same as JSON.
enum CheckCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = try invocation.format()
        let path = invocation.positionals[0]
        let (lint, lintDiagnostics) = LintRules.load(argument: invocation.value("--lint"))
        let (rules, ruleDiagnostics, _) = RuleSetLoader.load(argument: invocation.value("--rules"))
        guard let lint, let rules else {
            console.report(lintDiagnostics + ruleDiagnostics)
            return .inputError
        }
        let (declaration, found) = CheckReport.check(path: path, lint: lint, rules: rules)
        let findings = found.map { $0.naming(usage: console.commandLine) }
        let report = CheckReport(file: path, declaration: declaration, findings: findings, language: console.language)
        if format == .json {
            guard try console.write(report.encoded(), to: nil) else { return .inputError }
        } else {
            var text = findings.map { $0.rendered(in: console.language) + "\n" }.joined()
            text += console.catalog.phrase(.checkSummary, path, String(report.projects), String(report.indicators),
                                           String(report.errors), String(report.warnings)) + "\n"
            console.out(text)
        }
        return report.errors > 0 ? .inputError : .success
    }
}
