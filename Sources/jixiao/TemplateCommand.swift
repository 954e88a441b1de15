import Foundation
import Jixiao

/// `jixiao template DECLARATION [--rules FILE] [-o FILE]`: the actuals CSV to fill in.
enum TemplateCommand {
    static func run(_ invocation: Invocation, console: Console) -> ExitStatus {
        let rulesPath = invocation.value("--rules") ?? RulesLocation.defaultPath()
        let (rules, ruleDiagnostics) = RuleSetLoader.load(path: rulesPath)
        let loaded = DeclarationLoader.load(path: invocation.positionals[0])
        let diagnostics = ruleDiagnostics + loaded.diagnostics
        console.report(diagnostics)
        guard let rules else { return .inputError }
        guard console.write(ActualsTemplate.csv(loaded.declaration, rules: rules), to: invocation.value("--output")) else {
            return .inputError
        }
        return diagnostics.hasErrors ? .inputError : .success
    }
}
