/// The text of every diagnostic in one language: a template per code, with `{0}`, `{1}`, … filled
/// from the diagnostic's arguments.
public struct MessageCatalog: Sendable {
    public let language: Language
    let templates: [DiagnosticCode: String]
    /// One-line fix hints, for the codes that have one.
    let hints: [DiagnosticCode: String]

    init(language: Language, templates: [DiagnosticCode: String], hints: [DiagnosticCode: String] = [:]) {
        self.language = language
        self.templates = templates
        self.hints = hints
    }

    public func hint(_ code: DiagnosticCode) -> String? { hints[code] }

    public static func `for`(_ language: Language) -> MessageCatalog {
        switch language {
        case .en: return .english
        case .zh: return .chinese
        }
    }

    /// The template for `code`; a code missing from a catalog shows the code itself (a test keeps
    /// every catalog complete).
    public func template(_ code: DiagnosticCode) -> String? { templates[code] }

    public func render(_ code: DiagnosticCode, _ arguments: [String]) -> String {
        guard let template = templates[code] else { return code.rawValue + " " + arguments.joined(separator: " ") }
        var text = template
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }
}
