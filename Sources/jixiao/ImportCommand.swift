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
        var diagnostics = loaded.diagnostics
        // A list holds one kind of form: a 部门整体 form alone is written as its own list; beside
        // project forms it is left out of the project list, and said (the JSON keeps both).
        let alone = loaded.declaration.projectCount == 0 ? loaded.department : nil
        if format == .csv || format == .xlsx, let department = loaded.department, alone == nil {
            diagnostics.append(Diagnostic(.departmentNotInList, at: SourceLocation(file: invocation.positionals[0], line: department.line),
                                          department.name))
        }
        switch format {
        case .csv, .xlsx:
            if let alone {
                data = format == .csv ? DeclarationList.departmentCSV(alone) : DeclarationList.departmentXLSX(alone)
            } else {
                data = format == .csv ? DeclarationList.csv(loaded.declaration) : DeclarationList.xlsx(loaded.declaration)
            }
        default:
            data = DeclarationDocument(declaration: loaded.declaration, diagnostics: loaded.diagnostics,
                                       language: console.language, department: loaded.department).encoded()
            data.append(0x0A)
        }
        guard try console.deliver(data, to: invocation.value("--output"), diagnostics: diagnostics) else { return .inputError }
        return diagnostics.hasErrors ? .inputError : .success
    }
}
