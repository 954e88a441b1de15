import Jixiao

/// Every command of `jixiao`; the texts are phrases (`Phrase.help…`) of the message catalogs.
enum Commands {
    static let rules = CommandSpec.Option(name: "--rules", valueName: "FILE|NAME", help: .optionRules)
    static let sheet = CommandSpec.Option(name: "--sheet", valueName: "NAME", help: .optionSheet)
    static let money = CommandSpec.Option(name: "--money", valueName: "元|万元", help: .optionMoney)
    /// `score`'s: the 自评表 is in 万元 unless told otherwise.
    static let formMoney = CommandSpec.Option(name: "--money", valueName: "万元|元", help: .optionMoneyForm)

    /// `--format` with the formats a command writes, the default first.
    static func format(_ formats: [OutputFormat], _ help: Phrase) -> CommandSpec.Option {
        CommandSpec.Option(name: "--format", valueName: formats.map(\.rawValue).joined(separator: "|"), help: help, formats: formats)
    }

    /// The options every command that writes a file has.
    static let writing = [CommandSpec.output, CommandSpec.force, CommandSpec.quiet, CommandSpec.language, CommandSpec.help]

    static let importCommand = CommandSpec(
        name: "import", summary: .helpImportSummary, arguments: ["DECLARATION"],
        options: [format([.json, .csv, .xlsx], .optionFormatImport)] + writing,
        details: .helpImportDetails)

    static let checkCommand = CommandSpec(
        name: "check", summary: .helpCheckSummary, arguments: ["DECLARATION"],
        options: [format([.text, .json], .optionFormatText),
                  CommandSpec.Option(name: "--lint", valueName: "FILE|NAME", help: .optionLint),
                  rules, CommandSpec.language, CommandSpec.help],
        details: .helpCheckDetails)

    static let scoreCommand = CommandSpec(
        name: "score", summary: .helpScoreSummary, arguments: ["DECLARATION", "ACTUALS"],
        options: [rules, format([.table, .json, .csv, .xlsx, .html], .optionFormatTable),
                  CommandSpec.Option(name: "--detail", valueName: nil, help: .optionDetail), sheet,
                  CommandSpec.Option(name: "--strict", valueName: nil, help: .optionStrict),
                  CommandSpec.Option(name: "--need", valueName: "GRADE", help: .optionNeed), formMoney] + writing,
        details: .helpScoreDetails)

    static let templateCommand = CommandSpec(
        name: "template", summary: .helpTemplateSummary, arguments: ["DECLARATION"],
        options: [rules, format([.csv, .xlsx], .optionFormatCSV)] + writing, details: .helpTemplateDetails)

    static let explainCommand = CommandSpec(
        name: "explain", summary: .helpExplainSummary, arguments: ["DECLARATION", "ACTUALS"],
        options: [CommandSpec.Option(name: "--project", valueName: "NAME", help: .optionProject),
                  CommandSpec.Option(name: "--indicator", valueName: "NAME", help: .optionIndicator),
                  rules, sheet, CommandSpec.language, CommandSpec.help],
        details: .helpExplainDetails)

    static let rollupCommand = CommandSpec(
        name: "rollup", summary: .helpRollupSummary, arguments: ["SCORECARD.json…"],
        options: [format([.table, .json, .xlsx, .html], .optionFormatTable), money,
                  CommandSpec.Option(name: "--sample", valueName: "N", help: .optionSample)] + writing, details: .helpRollupDetails)

    static let monitorCommand = CommandSpec(
        name: "monitor", summary: .helpMonitorSummary, arguments: ["DECLARATION", "PROGRESS"],
        options: [CommandSpec.Option(name: "--month", valueName: "M", help: .optionMonth, required: true), rules,
                  format([.table, .json, .xlsx, .html], .optionFormatTable), sheet, money] + writing,
        details: .helpMonitorDetails)

    static let verifyCommand = CommandSpec(
        name: "verify", summary: .helpVerifySummary, arguments: ["SUBMITTED"],
        options: [rules, format([.table, .json, .xlsx], .optionFormatTable),
                  CommandSpec.Option(name: "--strict", valueName: nil, help: .optionStrictVerify)] + writing, details: .helpVerifyDetails)

    static let compareCommand = CommandSpec(
        name: "compare", summary: .helpCompareSummary, arguments: ["LAST", "THIS"],
        options: [rules, format([.table, .json, .xlsx], .optionFormatTable)] + writing, details: .helpCompareDetails)

    static let rulesCommand = CommandSpec(
        name: "rules", summary: .helpRulesSummary, arguments: ["[NAME]"], options: writing, details: .helpRulesDetails)

    static let versionCommand = CommandSpec(
        name: "version", summary: .helpVersionSummary, arguments: [], options: [CommandSpec.language, CommandSpec.help],
        details: nil)

    static let helpCommand = CommandSpec(
        name: "help", summary: .helpHelpSummary, arguments: ["[COMMAND]"], options: [CommandSpec.language, CommandSpec.help],
        details: nil)

    static let all = [importCommand, checkCommand, templateCommand, scoreCommand, explainCommand, rollupCommand, monitorCommand, verifyCommand, compareCommand,
                      rulesCommand, versionCommand, helpCommand]

    static func overview(_ catalog: MessageCatalog) -> String {
        var text = catalog.phrase(.overviewTitle) + "\n\n" + catalog.phrase(.usageLine, "jixiao COMMAND [ARGUMENTS] [OPTIONS]")
            + "\n\n" + catalog.phrase(.commandsHeading) + "\n"
        for spec in all {
            text += "  " + spec.name.padding(toLength: 10, withPad: " ", startingAt: 0) + catalog.phrase(spec.summary) + "\n"
        }
        return text + "\n" + catalog.phrase(.overviewFooter) + "\n"
    }
}
