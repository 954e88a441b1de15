import Jixiao

/// `jixiao import DECLARATION [-o FILE]`: the canonical JSON of a declaration.
enum ImportCommand {
    static func run(_ invocation: Invocation, console: Console) -> ExitStatus {
        let path = invocation.positionals[0]
        let loaded = DeclarationLoader.load(path: path)
        console.report(loaded.diagnostics)
        let document = DeclarationDocument(declaration: loaded.declaration, diagnostics: loaded.diagnostics,
                                           language: console.language)
        var data = document.encoded()
        data.append(0x0A)
        guard console.write(data, to: invocation.value("--output")) else { return .inputError }
        return loaded.diagnostics.hasErrors ? .inputError : .success
    }
}
