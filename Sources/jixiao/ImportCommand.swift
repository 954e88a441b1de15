import Foundation
import Jixiao

/// `jixiao import DECLARATION [--format json|csv|xlsx] [-o FILE]`: the canonical JSON of a
/// declaration, or the flat indicator list (CSV or XLSX) that reads back to the same model. A
/// declaration that cannot be read at all (no project) gives nothing.
enum ImportCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = try invocation.format()
        let loaded = DeclarationLoader.load(path: invocation.positionals[0])
        guard loaded.isUsable else {
            console.report(loaded.diagnostics)
            return .inputError
        }
        var data: Data
        switch format {
        case .csv: data = DeclarationList.csv(loaded.declaration)
        case .xlsx: data = DeclarationList.xlsx(loaded.declaration)
        default:
            data = DeclarationDocument(declaration: loaded.declaration, diagnostics: loaded.diagnostics,
                                       language: console.language).encoded()
            data.append(0x0A)
        }
        guard try console.deliver(data, to: invocation.value("--output"), diagnostics: loaded.diagnostics) else { return .inputError }
        return loaded.diagnostics.hasErrors ? .inputError : .success
    }
}
