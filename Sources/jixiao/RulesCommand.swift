import Foundation
import Jixiao

/// `jixiao rules [NAME] [-o FILE]`: without NAME, the built-in rule files; with it, that file's
/// text, to copy and edit (`jixiao rules mof-2020 -o my-rules.json5`, then `--rules my-rules.json5`).
enum RulesCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        guard let name = invocation.positionals.first else {
            var text = console.catalog.phrase(.builtInRulesHeading) + "\n"
            for file in BuiltInRules.files {
                let marker = file.name == BuiltInRules.defaultScoring || file.name == BuiltInRules.defaultLint
                    ? "  " + console.catalog.phrase(.defaultMarker) : ""
                text += "  " + file.name.padding(toLength: 24, withPad: " ", startingAt: 0) + file.path + marker + "\n"
            }
            console.out(text)
            return .success
        }
        guard let file = BuiltInRules.named(name) else {
            let names = BuiltInRules.files.map(\.name)
            throw UsageError(.usageNoSuchRules, name, names.joined(separator: ", "), command: "rules",
                             suggestions: EditDistance.nearest(to: name, among: names))
        }
        let output = invocation.value("--output")
        guard try console.write(file.data, to: output) else { return .inputError }
        console.confirm(output)
        return .success
    }
}
