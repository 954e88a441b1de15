import Foundation
import Jixiao

/// Runs one command line: picks the command, parses its arguments, calls the library, prints, and
/// returns the exit status. `main.swift` only calls this.
struct Runner {
    var arguments: [String]
    var environment: [String: String]

    /// A console in the language the command line asks for: --lang counts wherever it stands,
    /// also before the command and with help.
    func console() -> Console {
        let rest = Array(arguments.dropFirst())
        var console = Console(language: Language.choose(flag: nil, environment: environment) ?? .en)
        if let at = rest.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
            let value = rest[at] == "--lang" ? (at + 1 < rest.count ? rest[at + 1] : "") : String(rest[at].dropFirst(7))
            if let language = Language(rawValue: value.lowercased()) { console.language = language }
        }
        return console
    }

    func run() -> ExitStatus {
        var rest = Array(arguments.dropFirst())
        var console = console()
        guard let name = rest.first else {
            console.err(Commands.overview(console.catalog))
            return .usage
        }
        rest.removeFirst()
        switch name {
        case "--help", "-h":
            console.out(Commands.overview(console.catalog))
            return .success
        case "--version", "-V":
            return VersionCommand.run(console: console)
        case "--lang" where rest.count >= 2:
            // `jixiao --lang zh COMMAND …`: moved behind the command.
            return Runner(arguments: [arguments[0]] + Array(rest.dropFirst()) + ["--lang", rest[0]], environment: environment).run()
        case "--lang":
            // `jixiao --lang zh` and nothing else: the overview, as for no command.
            console.err(Commands.overview(console.catalog))
            return .usage
        case _ where name.hasPrefix("--lang="):
            guard !rest.isEmpty else {
                console.err(Commands.overview(console.catalog))
                return .usage
            }
            return Runner(arguments: [arguments[0]] + rest + [name], environment: environment).run()
        default:
            break
        }
        guard let spec = Commands.all.first(where: { $0.name == name }) else {
            let error = UsageError(.usageUnknownCommand, name, suggestions: EditDistance.nearest(to: name, among: Commands.all.map(\.name)))
            console.err("jixiao: " + error.message(console.catalog) + "\n" + console.catalog.phrase(.usageSeeHelp) + "\n")
            return .usage
        }
        do throws(UsageError) {
            let invocation = try Invocation.parse(rest, spec: spec)
            if let flag = invocation.value("--lang") {
                guard let language = Language(rawValue: flag.lowercased()) else {
                    throw UsageError(.usageBadChoice, "--lang", "zh, en", flag, command: spec.name,
                                     suggestions: EditDistance.nearest(to: flag, among: ["zh", "en"]))
                }
                console.language = language
            }
            console.quiet = invocation.has("--quiet")
            console.force = invocation.has("--force")
            console.commandLine = spec.commandLine
            if invocation.has("--help") {
                console.out(spec.help(console.catalog))
                return .success
            }
            return try dispatch(invocation, console: console)
        } catch {
            let usage = error.showsUsage ? console.catalog.phrase(.usageLine, spec.usage) + "\n" : ""
            console.err("jixiao \(spec.name): \(error.message(console.catalog))\n" + usage)
            return .usage
        }
    }

    func dispatch(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        switch invocation.spec.name {
        case "help":
            guard let topic = invocation.positionals.first else {
                console.out(Commands.overview(console.catalog))
                return .success
            }
            guard let spec = Commands.all.first(where: { $0.name == topic }) else {
                throw UsageError(.usageUnknownCommand, topic, command: "help",
                                 suggestions: EditDistance.nearest(to: topic, among: Commands.all.map(\.name)))
            }
            console.out(spec.help(console.catalog))
            return .success
        case "version":
            return VersionCommand.run(console: console)
        case "rules":
            return try RulesCommand.run(invocation, console: console)
        default:
            break
        }
        try refuseOverwritingInputs(invocation)
        switch invocation.spec.name {
        case "import":
            return try ImportCommand.run(invocation, console: console)
        case "check":
            return try CheckCommand.run(invocation, console: console)
        case "template":
            return try TemplateCommand.run(invocation, console: console)
        case "score":
            return try ScoreCommand.run(invocation, console: console)
        case "explain":
            return try ExplainCommand.run(invocation, console: console)
        case "rollup":
            return try RollupCommand.run(invocation, console: console)
        case "monitor":
            return try MonitorCommand.run(invocation, console: console)
        case "verify":
            return try VerifyCommand.run(invocation, console: console)
        case "compare":
            return try CompareCommand.run(invocation, console: console)
        default:
            throw UsageError(.usageUnknownCommand, invocation.spec.name, command: invocation.spec.name)
        }
    }

    /// `-o` onto an input is refused before anything is read or written (exit 64).
    func refuseOverwritingInputs(_ invocation: Invocation) throws(UsageError) {
        var inputs: [(role: String, path: String)] = []
        for (index, path) in invocation.positionals.enumerated() {
            let role = invocation.spec.arguments[min(index, invocation.spec.arguments.count - 1)]
            inputs.append((role.replacingOccurrences(of: "…", with: ""), path))
        }
        for option in ["--rules", "--lint"] {
            if let path = invocation.value(option), FileManager.default.fileExists(atPath: path) { inputs.append((option, path)) }
        }
        if let output = invocation.value("--output"), let clash = OutputGuard.clash(output: output, inputs: inputs) {
            throw UsageError(.usageOutputIsInput, output, clash.role, clash.path, command: invocation.spec.name)
        }
    }
}
