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
        switch InputFile.read(path) {
        case .success(let data): return load(data: data, file: path)
        case .failure(let diagnostic): return Loaded.failed(diagnostic)
        }
    }

    public static func load(data: Data, file: String) -> Loaded {
        if ZipReader.looksLikeZip(data) {
            return Loaded.failed(Diagnostic(.workbookAsDeclaration, at: SourceLocation(file: file, line: 0)))
        }
        switch decode(data, file: file) {
        case .success(let text): return load(text: text, file: file)
        case .failure(let diagnostic): return Loaded.failed(diagnostic)
        }
    }

    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        switch TextFileDecoder.decode(data) {
        case .success(let (text, _)): return .success(text)
        case .failure(let failure):
            return .failure(TextFileDecoder.diagnostic(failure, file: file))
        }
    }

    static func load(text: String, file: String) -> Loaded {
        if text.unicodeScalars.first(where: { !PrintedText.isWhitespace($0) }) == "{" {
            return loadJSON(text, file: file)
        }
        let result = DeclarationTextReader.read(text, file: file)
        if result.declaration.projects.isEmpty, let (line, columns) = actualsHeader(text) {
            // An actuals table in the declaration's place: one error that says so, not one per line.
            return Loaded.failed(Diagnostic(.actualsAsDeclaration, at: SourceLocation(file: file, line: line),
                                            columns.map(\.rawValue).joined(separator: ", ")))
        }
        return Loaded(declaration: result.declaration, diagnostics: result.diagnostics,
                      consumedLines: result.consumedLines)
    }

    /// The first non-blank line and the actuals columns it names, when it reads as an actuals header.
    static func actualsHeader(_ text: String) -> (Int, [ActualsColumn])? {
        var number = 0
        // The first non-blank line is within the first lines: only those are split, not the whole file.
        let lines = text.split(maxSplits: 64, omittingEmptySubsequences: false,
                               whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        // With 65 pieces the last is the rest of the file, not a line.
        for line in lines.count > 64 ? lines.dropLast() : lines[...] {
            number += 1
            if PrintedText.trimmed(String(line)).isEmpty { continue }
            let columns = ActualsColumn.header(in: line)
            return columns.isEmpty ? nil : (number, columns)
        }
        return nil
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
    /// True when there is something to work with: at least one project. A declaration that could
    /// not be read at all (missing, not text, the wrong kind of file, no form) gives no output.
    public var isUsable: Bool { !declaration.projects.isEmpty }

    /// Nothing read; one diagnostic says why.
    static func failed(_ diagnostic: Diagnostic) -> Self {
        Self(declaration: Declaration(), diagnostics: [diagnostic], consumedLines: [])
    }
}
