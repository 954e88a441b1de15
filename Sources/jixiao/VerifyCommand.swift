import Foundation
import Jixiao

/// `jixiao verify SUBMITTED [--rules FILE] [--format table|json|xlsx] [--strict] [-o FILE]`: exit 0
/// when every figure follows from the rows, 1 when anything does not (or the file holds no 自评表);
/// with `--strict`, 1 also on a red audit finding.
enum VerifyCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = try invocation.format()
        let language = console.language
        let (report, diagnostics) = Verification.run(path: invocation.positionals[0], rules: invocation.value("--rules"), language: language)
        guard let report else {
            console.report(diagnostics)
            return .inputError
        }
        let data: Data
        switch format {
        case .json: data = VerificationTable.json(report, diagnostics: diagnostics, language: language)
        case .xlsx: data = VerificationTable.xlsx(report, language: language)
        default: data = Data(VerificationTable.render(report, language: language).utf8)
        }
        guard try console.deliver(data, to: invocation.value("--output"), diagnostics: diagnostics) else { return .inputError }
        if invocation.has("--strict") && report.hasRedFindings {
            let red = report.findings.filter { $0.auditLevel == .red }.count
            console.err(console.catalog.phrase(.strictVerifyFailed, String(red)) + "\n")
            return .inputError
        }
        return report.follows && !diagnostics.hasErrors ? .success : .inputError
    }
}
