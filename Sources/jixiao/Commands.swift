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
        name: "check", summary: "Read a declaration and lint it: what is wrong or doubtful, with a fix hint each.",
        arguments: ["DECLARATION"],
        options: [CommandSpec.Option(name: "--format", valueName: "text|json", help: "output format (default: text)"),
                  CommandSpec.Option(name: "--lint", valueName: "FILE", help: "lint tables (default: scoring-rules/lint.json5)"),
                  rules, CommandSpec.language, help],
        details: """
        Prints FILE:LINE: warning|error: message [code] and a hint line for every finding, then a summary.
        Findings: no target, repeated rows, unreadable targets, unknown units, a category with no
        indicators, a block with only qualitative targets, rows whose names read like another label
        (keyword table in the lint file), cost ceilings against the money asked for, money parts that
        do not add up, dates outside the year, an empty goal.
        Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors.
        """)

    static let rules = CommandSpec.Option(name: "--rules", valueName: "FILE",
                                          help: "scoring rule file (default: scoring-rules/mof-2020.json5)")

    static let scoreCommand = CommandSpec(
        name: "score", summary: "Score a year: the declaration's targets against the actuals, by the rule file.",
        arguments: ["DECLARATION", "ACTUALS"],
        options: [rules,
                  CommandSpec.Option(name: "--format", valueName: "table|json|csv|xlsx|html", help: "output format (default: table)"),
                  CommandSpec.Option(name: "--detail", valueName: nil, help: "table: add every project's rows"),
                  CommandSpec.Option(name: "--sheet", valueName: "NAME", help: "XLSX actuals: the sheet to read (default: the first)"),
                  CommandSpec.Option(name: "--strict", valueName: nil,
                                     help: "exit 1 when a row below full points or over its target has no 偏差原因"),
                  CommandSpec.Option(name: "--need", valueName: "GRADE",
                                     help: "per project below GRADE, the fewest rows whose full points would reach it"),
                  CommandSpec.output, CommandSpec.language, help],
        details: """
        ACTUALS is a CSV (UTF-8 with or without BOM, or GB18030) or an XLSX workbook, with a header row naming the columns
        项目名称, 三级指标, 实际完成值 (required) and 一级指标, 二级指标, 年度指标值, 分值, 偏差原因, 改进措施
        (optional), in any order; English names (project, indicator, actual …) work too. Rows whose 三级指标
        is 全年执行数, 全年预算数 or 年度总体目标 carry the year's spending, budget and goal outcome.
        'jixiao template' writes this file for a declaration.
        The table shows a line per project and the unit's line; --format json writes unit, rules,
        projects[] with every indicator's points, score, status and basis, and diagnostics[];
        csv writes a row per indicator (UTF-8 with BOM); xlsx the 汇总 sheet and a 项目支出绩效自评表
        sheet per project; html a self-contained report with charts that prints on A4.
        Every row below full points without a 偏差原因 is reported (JX507) and listed with the
        over-achievements in the JSON deviations[]; the table ends with where points were lost.
        Diagnostics go to standard error. Exit status: 1 when any input error occurred (the
        scorecard is still written), or with --strict when a deviation has no 偏差原因; else 0.
        """)

    static let templateCommand = CommandSpec(
        name: "template", summary: "Write the actuals file (CSV or XLSX) to fill in for a declaration.",
        arguments: ["DECLARATION"],
        options: [rules, CommandSpec.Option(name: "--format", valueName: "csv|xlsx", help: "file format (default: csv)"),
                  CommandSpec.output, CommandSpec.language, help],
        details: """
        One row per indicator in form order with 一级/二级/三级指标, 年度指标值 and the default 分值, then each
        project's 全年执行数 and 年度总体目标 rows. UTF-8 with BOM, so Excel and WPS show the Chinese text.
        A cell Excel would run as a formula (=100.00(%)) is written with a leading ' (see README).
        """)

    static let explainCommand = CommandSpec(
        name: "explain", summary: "Explain, in sentences, how a project's or a row's score came about.",
        arguments: ["DECLARATION", "ACTUALS"],
        options: [CommandSpec.Option(name: "--project", valueName: "NAME", help: "the project (required)"),
                  CommandSpec.Option(name: "--indicator", valueName: "NAME", help: "one row of the project (三级指标)"),
                  rules,
                  CommandSpec.Option(name: "--sheet", valueName: "NAME", help: "XLSX actuals: the sheet to read (default: the first)"),
                  CommandSpec.language, help],
        details: """
        For a project: the budget-execution score, how each block's points were split, every row's working,
        the total and the grade cut-off. For a row: its block and points, the target, the actual after
        unit conversion, the rule applied with its numbers, the rounding, the status and the 偏差原因.
        Only errors of the inputs are printed; 'jixiao score' shows the warnings.
        """)

    static let rollupCommand = CommandSpec(
        name: "rollup", summary: "Combine the JSON scorecards of several units into the commission's summary.",
        arguments: ["SCORECARD.json…"],
        options: [CommandSpec.Option(name: "--format", valueName: "table|json|xlsx|html", help: "output format (default: table)"),
                  CommandSpec.output, CommandSpec.language, help],
        details: """
        Each SCORECARD is what 'jixiao score … --format json' wrote for one unit. The summary has a row per
        unit and per project, the commission score (budget-weighted mean of unit scores, graded by the
        first scorecard's cut-offs), project grade counts, and every indicator below full points across
        units. Two scorecards of the same unit are an error (the second is left out); scorecards made
        with different rule files are warned about.
        """)

    static let helpCommand = CommandSpec(
        name: "help", summary: "Describe a command.", arguments: ["[COMMAND]"], options: [help], details: "")

    static let help = CommandSpec.Option(name: "--help", valueName: nil, help: "show this help")

    static let all = [importCommand, checkCommand, templateCommand, scoreCommand, explainCommand, rollupCommand, helpCommand]

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
