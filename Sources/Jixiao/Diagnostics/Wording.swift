/// Words a message takes from what jixiao found rather than from the input — a system error, a
/// damaged archive, a JSON text's first problem, what a rule key expects — kept as a `Phrase` and
/// its values until the message is shown, so that every language words them in its own catalog.
///
/// A diagnostic's arguments are strings; a wording travels among them in the encoded form
/// `argument` (between Unicode noncharacters, which text never carries for meaning), and
/// `MessageCatalog` renders it in its language wherever it stands in an argument. Its values may
/// be wordings themselves.
public struct Wording: Hashable, Sendable {
    public var phrase: Phrase
    public var arguments: [String]

    public init(_ phrase: Phrase, _ arguments: String...) {
        self.phrase = phrase
        self.arguments = arguments
    }

    public init(_ phrase: Phrase, arguments: [String]) {
        self.phrase = phrase
        self.arguments = arguments
    }

    /// Names in quotes, as a list in the catalog's words (`'a', 'b' or 'c'`; `“a”、“b”或“c”`).
    public static func quotedList(_ items: [String]) -> Wording { Wording(.quotedList, arguments: items) }

    /// A command line to run, its files named by their roles in the catalog's words
    /// (`jixiao score DECLARATION ACTUALS`, `jixiao score 申报表 实际值表`).
    public static func commandLine(_ command: String, _ roles: [Phrase]) -> String {
        (["jixiao", command] + roles.map { Wording($0).argument }).joined(separator: " ")
    }

    /// The `score` command line: what a message suggests unless the command that was run is known
    /// (`Diagnostic.naming(usage:)`).
    public static let scoreCommandLine = commandLine("score", [.roleDeclaration, .roleActuals])

    /// Items as a list in the catalog's words (`a, b or c`; `a、b或c`).
    public static func list(_ items: [String]) -> Wording { Wording(.listOf, arguments: items) }

    /// `line 265` (`第 265 行`): where an earlier row of the same input is.
    public static func line(_ number: Int) -> Wording { Wording(.atLine, String(number)) }

    /// The number of a `line(_:)` wording carried as an argument, or nil for any other argument.
    static func lineNumber(in argument: String) -> Int? {
        let prefix = String(open) + Phrase.atLine.rawValue + String(separator)
        guard argument.hasPrefix(prefix), argument.hasSuffix(String(close)) else { return nil }
        return Int(argument.dropFirst(prefix.count).dropLast())
    }

    /// A system error (`errno`), in the catalog's words (`MessageCatalog.systemError`).
    public static func system(_ code: Int32) -> Wording { Wording(.systemError, String(code)) }

    static let open = Unicode.Scalar(0xFDD0)!
    static let separator = Unicode.Scalar(0xFDD1)!
    static let close = Unicode.Scalar(0xFDD2)!

    /// The wording as a diagnostic argument.
    public var argument: String {
        var text = String(Self.open) + phrase.rawValue
        for value in arguments { text += String(Self.separator) + value }
        return text + String(Self.close)
    }

    /// `text` with every wording in it rendered by `render` (the phrase and its values, already
    /// rendered); text without one comes back as it is.
    static func expand(_ text: String, _ render: (Phrase, [String]) -> String) -> String {
        guard text.unicodeScalars.contains(open) else { return text }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        return expand(scalars, &index, depth: 0, render)
    }

    /// Reads scalars from `index` until the end (depth 0) or the close of the wording being read.
    private static func expand(_ s: [Unicode.Scalar], _ index: inout Int, depth: Int,
                               _ render: (Phrase, [String]) -> String) -> String {
        var out = String.UnicodeScalarView()
        while index < s.count {
            let scalar = s[index]
            if depth > 0 && (scalar == separator || scalar == close) { break }
            index += 1
            guard scalar == open else {
                out.append(scalar)
                continue
            }
            // The phrase's name, then its values, each up to a separator or the close.
            var name = String.UnicodeScalarView()
            while index < s.count, s[index] != separator, s[index] != close, s[index] != open {
                name.append(s[index])
                index += 1
            }
            var values: [String] = []
            while index < s.count, s[index] == separator {
                index += 1
                values.append(expand(s, &index, depth: depth + 1, render))
            }
            let closed = index < s.count && s[index] == close
            if closed { index += 1 }
            if closed, let phrase = Phrase(rawValue: String(name)) {
                out.append(contentsOf: render(phrase, values).unicodeScalars)
            } else {
                // Not a wording after all: kept as it stood, without the markers.
                out.append(contentsOf: name)
                out.append(contentsOf: values.joined(separator: " ").unicodeScalars)
            }
        }
        return String(out)
    }
}
