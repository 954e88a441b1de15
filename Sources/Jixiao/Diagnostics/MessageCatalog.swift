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
        // One pass over the template: `{n}` becomes argument n.
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]),
               index < arguments.count {
                text += Self.shown(arguments[index])
                rest = rest[rest.index(after: close)...]
            } else {
                text += "{"
                rest = rest[afterOpen...]
            }
        }
        return text + rest
    }

    /// A value as a message quotes it: on one line (line breaks and tabs written as `\n`, `\t`),
    /// control characters as `\u{…}`, and at most 120 characters (then `…`).
    static func shown(_ value: String) -> String {
        var out = ""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == 120 { return out + "…" }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || PrintedText.isInvisible(scalar) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return out
    }
}
