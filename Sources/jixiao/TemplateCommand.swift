import Foundation
import Jixiao

/// `jixiao template DECLARATION [--rules FILE] [--format csv|xlsx] [-o FILE]`: the actuals file to fill in.
enum TemplateCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = invocation.value("--format") ?? "csv"
        guard ["csv", "xlsx"].contains(format) else {
            throw UsageError("--format must be csv or xlsx, not '\(format)'", command: "template")
        }
        let rulesPath = invocation.value("--rules") ?? RulesLocation.defaultPath()
        let (rules, ruleDiagnostics) = RuleSetLoader.load(path: rulesPath)
        let loaded = DeclarationLoader.load(path: invocation.positionals[0])
        let diagnostics = ruleDiagnostics + loaded.diagnostics
        console.report(diagnostics)
        guard let rules else { return .inputError }
        let data = format == "xlsx" ? TemplateWorkbook.xlsx(loaded.declaration, rules: rules)
                                    : ActualsTemplate.csv(loaded.declaration, rules: rules)
        guard console.write(data, to: invocation.value("--output")) else {
            return .inputError
        }
        return diagnostics.hasErrors ? .inputError : .success
    }
}
