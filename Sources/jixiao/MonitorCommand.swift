import Foundation
import Jixiao

/// `jixiao monitor DECLARATION PROGRESS --month M [--rules FILE] [--format table|json|xlsx|html] [--money 元|万元] [-o FILE]`.
/// A month outside 1–12 is a wrong command line (exit 64); inputs that cannot be used give no
/// output (exit 1).
enum MonitorCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = try invocation.format()
        let money = try invocation.money()
        let text = invocation.value("--month") ?? ""   // required: the parser has seen to it
        guard let month = Int(text.trimmingCharacters(in: .whitespaces)), (1...12).contains(month) else {
            throw UsageError(.usageBadChoice, "--month", "1–12", text, command: "monitor")
        }
        let (report, diagnostics) = Monitoring.run(declarationPath: invocation.positionals[0], progressPath: invocation.positionals[1],
                                                   rules: invocation.value("--rules"), month: month, sheet: invocation.value("--sheet"))
        guard let report else {
            console.report(diagnostics)
            return .inputError
        }
        let language = console.language
        let data: Data
        switch format {
        case .json: data = ProgressTable.json(report, language: language)
        case .xlsx: data = ProgressWorkbook.xlsx(report, language: language, money: money)
        case .html: data = ProgressHTML.html(report, language: language, money: money)
        default: data = Data(ProgressTable.render(report, language: language).utf8)
        }
        guard try console.deliver(data, to: invocation.value("--output"), diagnostics: diagnostics) else { return .inputError }
        return diagnostics.hasErrors ? .inputError : .success
    }
}
