import Foundation

/// The declaration lint's data (`scoring-rules/lint.json5`): the keyword table for rows that sit
/// under a label their name does not suggest, and the cost-ceiling tolerances.
public struct LintRules: Hashable, Sendable, Decodable {
    public struct Keyword: Hashable, Sendable, Decodable {
        public var words: [String]
        /// The 二级 or 一级 label such a name reads like.
        public var reads: String
    }

    public struct Cost: Hashable, Sendable, Decodable {
        public var unitPriceWords: [String]
        public var roundingTolerance: Decimal
        public var farAboveRatio: Decimal
    }

    public var keywords: [Keyword]
    public var cost: Cost

    public static let defaultPath = "scoring-rules/lint.json5"

    /// Reads a lint file; a problem is one diagnostic naming the key path.
    public static func load(path: String) -> (LintRules?, [Diagnostic]) {
        switch InputFile.read(path, limit: InputFile.maxRuleBytes) {
        case .success(let data): return load(data: data, file: path)
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
    }

    /// Loads what a `--lint` argument names (see `BuiltInRules`): nil is the built-in lint table.
    public static func load(argument: String?) -> (LintRules?, [Diagnostic]) {
        switch BuiltInRules.resolve(argument, fallback: BuiltInRules.defaultLint, limit: InputFile.maxRuleBytes) {
        case .success(let (data, file)): return load(data: data, file: file)
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
    }

    static func load(data: Data, file path: String) -> (LintRules?, [Diagnostic]) {
        let text: String
        switch TextFileDecoder.decode(data) {
        case .success(let (decoded, _)): text = decoded
        case .failure(let failure): return (nil, [TextFileDecoder.diagnostic(failure, file: path)])
        }
        switch JSONErrorText.decode(LintRules.self, from: Array(text.utf8), json5: true) {
        case .success(let rules): return (rules, [])
        case .failure(let failure):
            return (nil, [Diagnostic(.ruleSyntax, at: SourceLocation(file: path, line: failure.line, column: failure.column), failure.message)])
        }
    }
}
