/// The text of every diagnostic in one language: a template per code, with `{0}`, `{1}`, … filled
/// from the diagnostic's arguments.
public struct MessageCatalog: Sendable {
    public let language: Language
    let templates: [DiagnosticCode: String]
    /// One-line fix hints, for the codes that have one.
    let hints: [DiagnosticCode: String]
    /// Every other word jixiao writes: statuses, headings, the working, usage errors, help.
    let phrases: [Phrase: String]
    /// The documents' labels, keyed by their Chinese text (empty for Chinese: the key is the label).
    let labels: [String: String]
    /// System errors (`errno`) in this language's words (`Wording.system`).
    let systemErrors: [Int32: String]

    init(language: Language, templates: [DiagnosticCode: String], hints: [DiagnosticCode: String] = [:],
         phrases: [Phrase: String] = [:], labels: [String: String] = [:], systemErrors: [Int32: String] = [:]) {
        self.language = language
        self.templates = templates
        self.hints = hints
        self.phrases = phrases
        self.labels = labels
        self.systemErrors = systemErrors
    }

    /// A system error (`errno`) as this language says it: `没有那个文件或目录`, `no such file or folder`.
    public func systemError(_ code: Int32) -> String {
        systemErrors[code] ?? phrase(.systemErrorNumber, String(code))
    }

    /// A wording (`Wording`) in this language.
    public func render(_ wording: Wording) -> String { resolved(wording.argument) }

    /// An argument with the wordings in it put into this language's words.
    func resolved(_ argument: String) -> String {
        Wording.expand(argument) { phrase, values in
            if phrase == .systemError { return systemError(values.first.flatMap { Int32($0) } ?? 0) }
            if phrase == .quotedList { return list(values.map(quoted)) }
            if phrase == .listOf { return list(values) }
            if phrase == .jsonValues { return list(values.map { "\"" + $0 + "\"" }) }
            return fill(self.phrase(phrase), values, escaped: false)
        }
    }

    /// A document label in this language, keyed by its Chinese text, with `{0}` … filled in. In a
    /// piece of HTML, each text between tags is looked up on its own.
    public func label(_ chinese: String, _ arguments: String...) -> String {
        var text = labels[chinese] ?? chinese
        if !labels.isEmpty, labels[chinese] == nil, chinese.contains("<") {
            text = ""
            var rest = Substring(chinese)
            while let open = rest.firstIndex(of: "<") {
                let segment = String(rest[..<open])
                text += labels[segment] ?? segment
                let close = rest[open...].firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
                text += rest[open..<close]
                rest = rest[close...]
            }
            text += labels[String(rest)] ?? String(rest)
        }
        return arguments.isEmpty ? text : fill(text, arguments, escaped: false)
    }

    /// The text of a phrase; a phrase missing from a catalog shows its key (a test keeps every
    /// catalog complete).
    public func phrase(_ phrase: Phrase) -> String { phrases[phrase] ?? phrase.rawValue }

    /// A phrase with `{0}`, `{1}`, … filled in.
    public func phrase(_ phrase: Phrase, _ arguments: String...) -> String {
        fill(self.phrase(phrase), arguments, escaped: false)
    }

    public func phrase(_ phrase: Phrase, _ arguments: [String]) -> String {
        fill(self.phrase(phrase), arguments, escaped: false)
    }

    /// A name as this language quotes it: 'name' or “name”.
    public func quoted(_ text: String) -> String { phrase(.quoted, text) }

    /// `a, b or c` / `a、b或c`.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: phrase(.listSeparator)) + phrase(.listLastSeparator) + items[items.count - 1]
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
        return fill(template, arguments)
    }

    /// `template` with `{n}` replaced by argument n; in a diagnostic (`escaped`) each argument is
    /// shown on one line and cut at 120 characters (see `shown`), in a phrase as it is.
    func fill(_ template: String, _ arguments: [String], escaped: Bool = true) -> String {
        // One pass over the template: `{n}` becomes argument n.
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]),
               index < arguments.count {
                let argument = resolved(arguments[index])
                text += escaped ? Self.shown(argument) : argument
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
