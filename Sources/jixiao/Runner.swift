import Foundation
import Jixiao

/// Runs one command line: picks the command, parses its arguments, calls the library, prints, and
/// returns the exit status. `main.swift` only calls this.
struct Runner {
    var arguments: [String]
    var environment: [String: String]

    func run() -> ExitStatus {
        var console = Console(language: Language.choose(flag: nil, environment: environment) ?? .en)
        var rest = Array(arguments.dropFirst())
        guard let name = rest.first else {
            console.err(Commands.overview)
            return .usage
        }
        rest.removeFirst()
        if name == "--help" || name == "-h" {
            console.out(Commands.overview)
            return .success
        }
        guard let spec = Commands.all.first(where: { $0.name == name }) else {
            console.err("jixiao: unknown command '\(name)'\n\n" + Commands.overview)
            return .usage
        }
        do throws(UsageError) {
            let invocation = try Invocation.parse(rest, spec: spec)
            if let flag = invocation.value("--lang") {
                guard let language = Language(rawValue: flag) else {
                    throw UsageError("--lang must be zh or en, not '\(flag)'", command: spec.name)
                }
                console.language = language
            }
            if invocation.has("--help") {
                console.out(spec.help)
                return .success
            }
            return try dispatch(invocation, console: console)
        } catch {
            console.err("jixiao \(spec.name): \(error.message)\nUsage: \(spec.usage)\n")
            return .usage
        }
    }

    func dispatch(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        switch invocation.spec.name {
        case "help":
            guard let topic = invocation.positionals.first else {
                console.out(Commands.overview)
                return .success
            }
            guard let spec = Commands.all.first(where: { $0.name == topic }) else {
                throw UsageError("no command named '\(topic)'", command: "help")
            }
            console.out(spec.help)
            return .success
        case "import":
            return ImportCommand.run(invocation, console: console)
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
        default:
            throw UsageError("unknown command", command: invocation.spec.name)
        }
    }
}
