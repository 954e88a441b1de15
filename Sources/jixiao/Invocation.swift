import Jixiao
/// The command line split into a command, its positional arguments, option values and flags,
/// checked against the command's `CommandSpec`.
struct Invocation {
    var spec: CommandSpec
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    func value(_ name: String) -> String? { values[name] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    static let aliases = ["-o": "--output", "-h": "--help", "-q": "--quiet"]

    /// Parses `arguments` (without the program name and command) for `spec`.
    static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> Invocation {
        var invocation = Invocation(spec: spec)
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            var argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                invocation.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var inlineValue: String?
            if let eq = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                inlineValue = String(argument[argument.index(after: eq)...])
                argument = String(argument[..<eq])
            }
            argument = aliases[argument] ?? argument
            guard let option = spec.options.first(where: { $0.name == argument }) else {
                throw UsageError(.usageUnknownOption, argument, spec.name, command: spec.name,
                                 suggestions: EditDistance.nearest(to: argument, among: spec.options.map(\.name)))
            }
            if option.valueName != nil {
                if let inlineValue {
                    invocation.values[option.name] = inlineValue
                } else if index < arguments.count {
                    invocation.values[option.name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError(.usageNeedsValue, option.name, option.valueName ?? "", command: spec.name)
                }
            } else {
                if inlineValue != nil {
                    throw UsageError(.usageTakesNoValue, option.name, command: spec.name)
                }
                invocation.flags.insert(option.name)
            }
        }
        if invocation.has("--help") { return invocation }
        if let missing = spec.options.first(where: { $0.required && invocation.values[$0.name] == nil }) {
            throw UsageError(.usageMissingOption, missing.name + (missing.valueName.map { " " + $0 } ?? ""), command: spec.name)
        }
        let variadic = spec.arguments.last?.hasSuffix("…") ?? false
        let required = spec.arguments.filter { !$0.hasPrefix("[") }.count
        if invocation.positionals.count < required {
            let missing = spec.arguments[invocation.positionals.count]
            throw UsageError(.usageMissingArgument, missing, command: spec.name)
        }
        if !variadic && invocation.positionals.count > spec.arguments.count {
            throw UsageError(.usageUnexpectedArgument, invocation.positionals[spec.arguments.count], command: spec.name)
        }
        if invocation.positionals.filter({ $0 == "-" }).count > 1 {
            throw UsageError(.usageTwoStdin, command: spec.name)
        }
        return invocation
    }

    /// The format to write: `--format` (any letter case), else the one the `-o` file's extension
    /// names (`.xlsx .html .csv .json`), else the command's default. A `--format` the extension
    /// contradicts, or an extension naming a format the command does not write, is a usage error.
    func format() throws(UsageError) -> OutputFormat {
        let formats = spec.formats
        let output = value("--output") ?? ""
        let implied = OutputFormat.named(byExtensionOf: output)
        if let text = value("--format") {
            guard let chosen = formats.first(where: { $0.rawValue == text.lowercased() }) else {
                throw UsageError(.usageBadChoice, "--format", formats.map(\.rawValue).joined(separator: ", "), text, command: spec.name,
                                 suggestions: EditDistance.nearest(to: text, among: formats.map(\.rawValue)))
            }
            if let implied, implied != chosen {
                throw UsageError(.usageFormatContradicts, chosen.rawValue, output, implied.rawValue, command: spec.name)
            }
            return chosen
        }
        if let implied {
            guard formats.contains(implied) else {
                throw UsageError(.usageFormatUnsupported, spec.name, implied.rawValue, output,
                                 formats.map(\.rawValue).joined(separator: ", "), command: spec.name)
            }
            return implied
        }
        return formats[0]
    }

    /// `--sample N`: how many projects the roll-up's re-check sample lists (1–1000; default 5).
    func sample() throws(UsageError) -> Int {
        guard let value = value("--sample") else { return 5 }
        guard let n = Int(value.trimmingCharacters(in: .whitespaces)), (1...1000).contains(n) else {
            throw UsageError(.usageBadChoice, "--sample", "1–1000", value, command: spec.name)
        }
        return n
    }

    /// `--money`: 元 or 万元 (also `yuan`, `wan`); without it `unit` (万元 for the 自评表 of `score`,
    /// 元 for the others).
    func money(default unit: MoneyUnit = .yuan) throws(UsageError) -> MoneyUnit {
        guard let value = value("--money") else { return unit }
        guard let unit = MoneyUnit(argument: value) else {
            throw UsageError(.usageBadChoice, "--money", "元, 万元", value, command: spec.name,
                             suggestions: EditDistance.nearest(to: value, among: ["yuan", "wan"]))
        }
        return unit
    }
}
