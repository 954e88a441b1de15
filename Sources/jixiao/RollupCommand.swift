import Foundation
import Jixiao

/// `jixiao rollup SCORECARD.json… [--format table|json|xlsx|html] [-o FILE]`.
enum RollupCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = invocation.value("--format") ?? "table"
        guard ["table", "json", "xlsx", "html"].contains(format) else {
            throw UsageError("--format must be table, json, xlsx or html, not '\(format)'", command: "rollup")
        }
        let (summary, diagnostics) = CommissionRollup.combine(paths: invocation.positionals)
        console.report(diagnostics)
        let data: Data
        switch format {
        case "json": data = CommissionTable.json(summary, diagnostics: diagnostics, language: console.language)
        case "xlsx": data = CommissionWorkbook.xlsx(summary)
        case "html": data = CommissionHTML.html(summary)
        default: data = Data(CommissionTable.render(summary, language: console.language).utf8)
        }
        guard console.write(data, to: invocation.value("--output")) else { return .inputError }
        return diagnostics.hasErrors ? .inputError : .success
    }
}
