import Foundation
import Jixiao

/// `jixiao check DECLARATION [--format text|json] [--lint FILE] [--rules FILE]`: the findings of the
/// reader and the lint, one per line (`FILE:LINE: severity: message [code]` and a hint line), then
/// a summary; or the same as JSON.
enum CheckCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = invocation.value("--format") ?? "text"
        guard ["text", "json"].contains(format) else {
            throw UsageError("--format must be text or json, not '\(format)'", command: "check")
        }
        let path = invocation.positionals[0]
        let (lint, lintDiagnostics) = LintRules.load(path: invocation.value("--lint") ?? RulesLocation.defaultPath(LintRules.defaultPath))
        let (rules, ruleDiagnostics) = RuleSetLoader.load(path: invocation.value("--rules") ?? RulesLocation.defaultPath())
        guard let lint, let rules else {
            console.report(lintDiagnostics + ruleDiagnostics)
            return .inputError
        }
        let (declaration, findings) = CheckReport.check(path: path, lint: lint, rules: rules)
        let report = CheckReport(file: path, declaration: declaration, findings: findings, language: console.language)
        if format == "json" {
            guard console.write(report.encoded(), to: nil) else { return .inputError }
        } else {
            for finding in findings { console.out(finding.rendered(in: console.language) + "\n") }
            console.out(console.language == .zh
                ? "\(path)：\(report.projects) 个项目，\(report.indicators) 个指标；\(report.errors) 个错误，\(report.warnings) 个警告\n"
                : "\(path): \(report.projects) projects, \(report.indicators) indicators; \(report.errors) errors, \(report.warnings) warnings\n")
        }
        return report.errors > 0 ? .inputError : .success
    }
}
