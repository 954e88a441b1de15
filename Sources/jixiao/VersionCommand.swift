import Jixiao

/// `jixiao --version` (or `version`): the version and the rule files built into the binary.
enum VersionCommand {
    static func run(console: Console) -> ExitStatus {
        let names = BuiltInRules.files.map(\.name)
        console.out("jixiao \(JixiaoVersion.current)\n" + console.catalog.phrase(.builtInRules, names.joined(separator: ", ")) + "\n")
        return .success
    }
}
