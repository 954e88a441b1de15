import Jixiao

/// What one command accepts: its positional arguments, options with a value, and flags.
/// The parser and the help text are both made from these, so they cannot disagree. Every text is
/// a phrase of the message catalogs, so `--help` speaks the chosen language.
struct CommandSpec {
    struct Option {
        var name: String
        var valueName: String?
        var help: Phrase
        /// For `--format`: the formats the command writes, the first its default.
        var formats: [OutputFormat] = []
        /// An option the command cannot run without (`monitor --month M`): shown without brackets.
        var required = false
    }

    var name: String
    var summary: Phrase
    /// Positional argument names; a trailing `…` means one or more; `[NAME]` is optional.
    var arguments: [String]
    var options: [Option]
    var details: Phrase?

    static let language = Option(name: "--lang", valueName: "zh|en", help: .optionLang)
    static let output = Option(name: "--output", valueName: "FILE", help: .optionOutput)
    static let quiet = Option(name: "--quiet", valueName: nil, help: .optionQuiet)
    static let force = Option(name: "--force", valueName: nil, help: .optionForce)
    static let help = Option(name: "--help", valueName: nil, help: .optionHelp)

    /// The formats the command writes (its `--format` choices), the default first; empty when it has
    /// no `--format`.
    var formats: [OutputFormat] { options.first { $0.name == "--format" }?.formats ?? [] }

    /// The command with its files named by role in the chosen language (`jixiao check 申报表`): what
    /// a message suggests when a file was given in another's place.
    var commandLine: String {
        let roles: [String: Phrase] = ["DECLARATION": .roleDeclaration, "ACTUALS": .roleActuals, "PROGRESS": .roleProgress,
                                       "SUBMITTED": .roleSubmitted, "LAST": .roleLast, "THIS": .roleThis,
                                       "SCORECARD.json…": .roleScorecards, "[NAME]": .roleName]
        return Wording.commandLine(name, arguments.compactMap { roles[$0] })
    }

    var usage: String {
        var parts = ["jixiao", name] + arguments
        for option in options {
            let text = option.valueName.map { "\(option.name) \($0)" } ?? option.name
            parts.append(option.required ? text : "[\(text)]")
        }
        return parts.joined(separator: " ")
    }

    func help(_ catalog: MessageCatalog) -> String {
        var text = catalog.phrase(summary) + "\n\n" + catalog.phrase(.usageLine, usage) + "\n"
        if !options.isEmpty {
            text += "\n" + catalog.phrase(.optionsHeading) + "\n"
            for option in options {
                let head = option.valueName.map { "\(option.name) \($0)" } ?? option.name
                text += "  " + head.padding(toLength: max(24, head.count + 2), withPad: " ", startingAt: 0)
                    + catalog.phrase(option.help) + "\n"
            }
        }
        if let details { text += "\n" + catalog.phrase(details) + "\n" }
        return text
    }
}
