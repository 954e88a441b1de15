import Foundation
import Jixiao

/// `jixiao template DECLARATION [--rules FILE] [--format csv|xlsx] [-o FILE]`: the actuals file to fill in.
enum TemplateCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = try invocation.format()
        let (rules, ruleDiagnostics, _) = RuleSetLoader.load(argument: invocation.value("--rules"))
        let loaded = DeclarationLoader.load(path: invocation.positionals[0])
        let diagnostics = ruleDiagnostics + loaded.diagnostics
        guard let rules, loaded.isUsable else {
            console.report(diagnostics)
            return .inputError
        }
        let data = format == .xlsx ? TemplateWorkbook.xlsx(loaded.declaration, rules: rules, language: console.language, department: loaded.department)
                                    : ActualsTemplate.csv(loaded.declaration, rules: rules, department: loaded.department)
        guard try console.deliver(data, to: invocation.value("--output"), diagnostics: diagnostics) else { return .inputError }
        return diagnostics.hasErrors ? .inputError : .success
    }
}
