import Foundation
import Jixiao

/// `jixiao rollup SCORECARD.json… [--format table|json|xlsx|html] [-o FILE]`. A scorecard that
/// cannot be read at all (missing, not a scorecard, no projects, no unit name) means no output.
enum RollupCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = try invocation.format()
        let money = try invocation.money()
        let rollup = CommissionRollup.combine(paths: invocation.positionals, sample: try invocation.sample())
        guard rollup.isUsable else {
            console.report(rollup.diagnostics)
            return .inputError
        }
        let summary = rollup.summary
        let language = console.language
        let data: Data
        switch format {
        case .json: data = CommissionTable.json(summary, diagnostics: rollup.diagnostics, language: language)
        case .xlsx: data = CommissionWorkbook.xlsx(summary, language: language, money: money)
        case .html: data = CommissionHTML.html(summary, language: language, money: money)
        default: data = Data(CommissionTable.render(summary, language: language).utf8)
        }
        guard try console.deliver(data, to: invocation.value("--output"), diagnostics: rollup.diagnostics) else { return .inputError }
        return rollup.diagnostics.hasErrors ? .inputError : .success
    }
}
