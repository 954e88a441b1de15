import Foundation

/// Reads and checks a rule file. Each problem is a diagnostic naming the key (`blocks[1].points`),
/// its line in the file, what was found and what was expected; any error means no `RuleSet`.
public enum RuleSetLoader {
    /// The default rule file's path, relative to the package root.
    public static let defaultPath = "scoring-rules/mof-2020.json5"

    public static func load(path: String) -> (RuleSet?, [Diagnostic]) {
        switch InputFile.read(path, limit: InputFile.maxRuleBytes) {
        case .success(let data): return load(data: data, file: path)
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
    }

    public static func load(data: Data, file: String) -> (RuleSet?, [Diagnostic]) {
        guard case .success(let (text, _)) = TextFileDecoder.decode(data) else {
            return (nil, [Diagnostic(.notText, at: SourceLocation(file: file, line: 0), "0")])
        }
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        let root: JSONValue
        do {
            root = try decoder.decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            let (line, message) = JSONErrorText.describe(error, in: text)
            return (nil, [Diagnostic(.ruleSyntax, at: SourceLocation(file: file, line: line), message)])
        }
        var reader = RuleFileReader(text: text, file: file)
        let rules = reader.ruleSet(root)
        return (reader.diagnostics.hasErrors ? nil : rules, reader.diagnostics)
    }
}
