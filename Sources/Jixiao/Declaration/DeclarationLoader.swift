import Foundation

/// Reads a declaration from a file in either form: the PDF text export or jixiao's JSON
/// (`jixiao import` output). The form is detected from the content: JSON starts with `{`.
public enum DeclarationLoader {
    public struct Loaded: Sendable {
        public var declaration: Declaration
        public var diagnostics: [Diagnostic]
        /// For text input, the lines that went into the model (see `DeclarationTextReader`).
        public var consumedLines: Set<Int>
    }

    public static func load(path: String) -> Loaded {
        switch InputFile.read(path) {
        case .success(let data): return load(data: data, file: path)
        case .failure(let diagnostic): return Loaded.failed(diagnostic)
        }
    }

    public static func load(data: Data, file: String) -> Loaded {
        let text: String
        switch TextFileDecoder.decode(data) {
        case .success(let (decoded, _)): text = decoded
        case .failure(.notText(let offset)):
            return Loaded.failed(Diagnostic(.notText, at: SourceLocation(file: file, line: 0), String(offset)))
        }
        if text.unicodeScalars.first(where: { !PrintedText.isWhitespace($0) }) == "{" {
            return loadJSON(text, file: file)
        }
        let result = DeclarationTextReader.read(text, file: file)
        return Loaded(declaration: result.declaration, diagnostics: result.diagnostics,
                      consumedLines: result.consumedLines)
    }

    static func loadJSON(_ text: String, file: String) -> Loaded {
        do {
            let document = try JSONDecoder().decode(DeclarationDocument.self, from: Data(text.utf8))
            let declaration = document.declaration
            return Loaded(declaration: declaration, diagnostics: DeclarationChecks.run(declaration, file: file),
                          consumedLines: [])
        } catch {
            let (line, message) = JSONErrorText.describe(error, in: text)
            return Loaded.failed(Diagnostic(.declarationJSON, at: SourceLocation(file: file, line: line), message))
        }
    }
}

extension DeclarationLoader.Loaded {
    /// Nothing read; one diagnostic says why.
    static func failed(_ diagnostic: Diagnostic) -> Self {
        Self(declaration: Declaration(), diagnostics: [diagnostic], consumedLines: [])
    }
}
