/// What one command accepts: its positional arguments, options with a value, and flags.
/// The parser and the help text are both made from these, so they cannot disagree.
struct CommandSpec {
    struct Option {
        var name: String
        var valueName: String?
        var help: String
    }

    var name: String
    var summary: String
    /// Positional argument names; a trailing `…` means one or more.
    var arguments: [String]
    var options: [Option]
    var details: String

    static let language = Option(name: "--lang", valueName: "zh|en",
                                 help: "language of messages (default: zh when LANG starts with zh, else en)")
    static let output = Option(name: "--output", valueName: "FILE",
                               help: "write to FILE instead of standard output (-o FILE)")

    var usage: String {
        var parts = ["jixiao", name] + arguments
        for option in options {
            parts.append(option.valueName.map { "[\(option.name) \($0)]" } ?? "[\(option.name)]")
        }
        return parts.joined(separator: " ")
    }

    var help: String {
        var text = "\(summary)\n\nUsage: \(usage)\n"
        if !options.isEmpty {
            text += "\nOptions:\n"
            for option in options {
                let head = option.valueName.map { "\(option.name) \($0)" } ?? option.name
                text += "  " + head.padding(toLength: max(24, head.count + 2), withPad: " ", startingAt: 0) + option.help + "\n"
            }
        }
        if !details.isEmpty { text += "\n" + details + "\n" }
        return text
    }
}
