import Jixiao

/// `jixiao import DECLARATION [-o FILE]`: the canonical JSON of a declaration. A declaration that
/// cannot be read at all (no project) gives no JSON.
enum ImportCommand {
    static func run(_ invocation: Invocation, console: Console) -> ExitStatus {
        let loaded = DeclarationLoader.load(path: invocation.positionals[0])
        guard loaded.isUsable else {
            console.report(loaded.diagnostics)
            return .inputError
        }
        let document = DeclarationDocument(declaration: loaded.declaration, diagnostics: loaded.diagnostics,
                                           language: console.language)
        var data = document.encoded()
        data.append(0x0A)
        let output = invocation.value("--output")
        let written = console.write(data, to: output)
        console.report(loaded.diagnostics)
        guard written else { return .inputError }
        console.confirm(output)
        return loaded.diagnostics.hasErrors ? .inputError : .success
    }
}
