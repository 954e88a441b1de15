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

    /// Loads what a `--rules` argument names (see `BuiltInRules`): nil is the built-in default.
    /// The second value is the file name outputs show.
    public static func load(argument: String?) -> (RuleSet?, [Diagnostic], String) {
        switch BuiltInRules.resolve(argument, fallback: BuiltInRules.defaultScoring, limit: InputFile.maxRuleBytes) {
        case .success(let (data, file)):
            let (rules, diagnostics) = load(data: data, file: file)
            return (rules, diagnostics, file)
        case .failure(let diagnostic): return (nil, [diagnostic], argument ?? "")
        }
    }

    public static func load(data: Data, file: String) -> (RuleSet?, [Diagnostic]) {
        let text: String
        switch TextFileDecoder.decode(data) {
        case .success(let (decoded, _)): text = decoded
        case .failure(let failure): return (nil, [TextFileDecoder.diagnostic(failure, file: file)])
        }
        let root: JSONValue
        switch JSONErrorText.decode(JSONValue.self, from: Array(text.utf8), json5: true) {
        case .success(let value): root = value
        case .failure(let failure):
            return (nil, [Diagnostic(.ruleSyntax, at: SourceLocation(file: file, line: failure.line, column: failure.column), failure.message)])
        }
        var reader = RuleFileReader(text: text, file: file)
        let rules = reader.ruleSet(root)
        return (reader.diagnostics.hasErrors ? nil : rules, reader.diagnostics)
    }
}
