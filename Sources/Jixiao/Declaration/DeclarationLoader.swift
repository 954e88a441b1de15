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
        // The file's bytes are let go once decoded, before the text is parsed.
        switch InputFile.read(path).flatMap({ decode($0, file: path) }) {
        case .success(let text): return load(text: text, file: path)
        case .failure(let diagnostic): return Loaded.failed(diagnostic)
        }
    }

    public static func load(data: Data, file: String) -> Loaded {
        switch decode(data, file: file) {
        case .success(let text): return load(text: text, file: file)
        case .failure(let diagnostic): return Loaded.failed(diagnostic)
        }
    }

    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        switch TextFileDecoder.decode(data) {
        case .success(let (text, _)): return .success(text)
        case .failure(.notText(let offset)):
            return .failure(Diagnostic(.notText, at: SourceLocation(file: file, line: 0), String(offset)))
        }
    }

    static func load(text: String, file: String) -> Loaded {
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
