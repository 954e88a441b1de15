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
        guard console.deliver(data, to: invocation.value("--output"), diagnostics: loaded.diagnostics) else { return .inputError }
        return loaded.diagnostics.hasErrors ? .inputError : .success
    }
}
