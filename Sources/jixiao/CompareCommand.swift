import Foundation
import Jixiao

/// `jixiao compare LAST THIS [--rules FILE] [--format table|json|xlsx] [-o FILE]`: LAST a scorecard,
/// THIS a scorecard or a declaration. New targets below last year's actual are warnings (JX911).
enum CompareCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = try invocation.format()
        let (report, diagnostics) = YearOverYear.run(lastPath: invocation.positionals[0], thisPath: invocation.positionals[1],
                                                     rules: invocation.value("--rules"))
        guard let report else {
            console.report(diagnostics)
            return .inputError
        }
        let language = console.language
        let data: Data
        switch format {
        case .json: data = ComparisonTable.json(report, diagnostics: diagnostics, language: language)
        case .xlsx: data = ComparisonTable.xlsx(report, language: language)
        default: data = Data(ComparisonTable.render(report, language: language).utf8)
        }
        guard try console.deliver(data, to: invocation.value("--output"), diagnostics: diagnostics) else { return .inputError }
        return diagnostics.hasErrors ? .inputError : .success
    }
}
