/// Every command of `jixiao`, with its help text.
enum Commands {
    static let importCommand = CommandSpec(
        name: "import", summary: "Read a declaration (PDF text export or JSON) and write its canonical JSON.",
        arguments: ["DECLARATION"], options: [CommandSpec.output, CommandSpec.language, help],
        details: """
        The JSON holds projects[] (name, nature, category, supervisor, unit, startDate, endDate,
        funds{total, fiscal, carryover, other}, goal, indicators[]) and diagnostics[]. Each indicator has
        category, subcategory, name, target{text, kind, operator, value, upper, unit} and line.
        Line numbers point into the original text export. Reading the JSON back gives the same declaration.
        Exit status: 0, or 1 when the declaration has errors (the JSON is still written).
        """)

    static let checkCommand = CommandSpec(
        name: "check", summary: "Read a declaration and print what is wrong with it.",
        arguments: ["DECLARATION"], options: [CommandSpec.language, help],
        details: """
        Prints FILE:LINE: warning|error: message [code] for every finding.
        Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors.
        """)

    static let helpCommand = CommandSpec(
        name: "help", summary: "Describe a command.", arguments: ["[COMMAND]"], options: [help], details: "")

    static let help = CommandSpec.Option(name: "--help", valueName: nil, help: "show this help")

    static let all = [importCommand, checkCommand, helpCommand]

    static var overview: String {
        var text = """
        jixiao — year-end performance self-assessment (绩效自评) of project spending

        Usage: jixiao COMMAND [ARGUMENTS] [OPTIONS]

        Commands:

        """
        for spec in all {
            text += "  " + spec.name.padding(toLength: 10, withPad: " ", startingAt: 0) + spec.summary + "\n"
        }
        text += """

        Run 'jixiao help COMMAND' or 'jixiao COMMAND --help' for a command's arguments and options.
        Every command that takes a DECLARATION accepts the PDF text export or jixiao's JSON.
        Exit status: 0 done, 1 input errors, 64 wrong command line.

        """
        return text
    }
}
