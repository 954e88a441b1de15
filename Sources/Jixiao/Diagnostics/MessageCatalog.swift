/// The text of every diagnostic in one language: a template per code, with `{0}`, `{1}`, … filled
/// from the diagnostic's arguments.
public struct MessageCatalog: Sendable {
    public let language: Language
    let templates: [DiagnosticCode: String]
    /// One-line fix hints, for the codes that have one.
    let hints: [DiagnosticCode: String]
    /// Every other word jixiao writes: statuses, headings, the working, usage errors, help.
    let phrases: [Phrase: String]
    /// The documents' labels (empty for Chinese: a label's raw value is its Chinese text).
    let labels: [Label: String]
    /// System errors (`errno`) in this language's words (`Wording.system`).
    let systemErrors: [Int32: String]

    init(language: Language, templates: [DiagnosticCode: String], hints: [DiagnosticCode: String] = [:],
         phrases: [Phrase: String] = [:], labels: [Label: String] = [:], systemErrors: [Int32: String] = [:]) {
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

    /// A document label in this language (`Label`, words only: the documents write their own
    /// markup, `HTMLHeads`), with `{0}` … filled in.
    public func label(_ key: Label, _ arguments: String...) -> String {
        let text = labels[key] ?? key.rawValue
        return arguments.isEmpty ? text : fill(text, arguments, escaped: false)
    }

    /// A text that may be a label's Chinese (a category such as 预算执行, a word such as 确定能) in
    /// this language; any other text as it is (the user's own data).
    public func text(_ chinese: String) -> String {
        Label(rawValue: chinese).map { label($0) } ?? chinese
    }

    /// A grade as a document shows it: in Chinese as it is; in English the 10号文's four grades
    /// with their English names beside them (`优 Excellent`), any other grade of a rule file as it is.
    public func gradeName(_ grade: String) -> String {
        guard language == .en, let english = Self.englishGrades[grade] else { return grade }
        return grade + " " + english
    }

    static let englishGrades = ["优": "Excellent", "良": "Good", "中": "Fair", "差": "Poor"]

    /// `July` in English, `7` in Chinese: a month as the labels with `{0}月` / `January–{0}` take it.
    public func month(_ month: Int) -> String {
        guard language == .en else { return String(month) }
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"]
        return (1...12).contains(month) ? names[month - 1] : String(month)
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
        // One pass over the template's bytes: `{n}` (decimal digits) becomes argument n; any other
        // `{` stays as written.
        let utf8 = template.utf8
        guard utf8.contains(UInt8(ascii: "{")) else { return template }
        var text = ""
        text.reserveCapacity(utf8.count + 32 * arguments.count)
        var copied = utf8.startIndex
        var index = utf8.startIndex
        while let open = utf8[index...].firstIndex(of: UInt8(ascii: "{")) {
            var cursor = utf8.index(after: open)
            var number = 0
            var digits = 0
            while cursor < utf8.endIndex, digits < 9, let digit = Self.digit(utf8[cursor]) {
                number = number * 10 + digit
                digits += 1
                cursor = utf8.index(after: cursor)
            }
            guard digits > 0, cursor < utf8.endIndex, utf8[cursor] == UInt8(ascii: "}"), number < arguments.count else {
                index = utf8.index(after: open)
                continue
            }
            text += Substring(utf8[copied..<open])
            let argument = resolved(arguments[number])
            text += escaped ? Self.shown(argument) : argument
            copied = utf8.index(after: cursor)
            index = copied
        }
        text += Substring(utf8[copied...])
        return text
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// A value as a message quotes it: on one line (line breaks and tabs written as `\n`, `\t`),
    /// control characters as `\u{…}`, and at most 120 characters (then `…`).
    static func shown(_ value: String) -> String {
        // Most values are short and plain: they are shown as they are.
        var plain = 0
        var special = false
        for scalar in value.unicodeScalars {
            if plain == 120 || scalar.value < 0x20 || scalar.value == 0x7F || PrintedText.isInvisible(scalar) {
                special = true
                break
            }
            plain += 1
        }
        if !special { return value }
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
