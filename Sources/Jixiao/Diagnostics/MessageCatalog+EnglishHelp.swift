extension MessageCatalog {
    /// `jixiao help` and `--help` in English.
    static let englishHelp: [Phrase: String] = [
        .overviewTitle: "jixiao — year-end performance self-assessment (绩效自评) of project spending",
        .overviewFooter: """
        Run 'jixiao help COMMAND' or 'jixiao COMMAND --help' for a command's arguments and options.
        Every command that takes a DECLARATION accepts the PDF text export, jixiao's JSON, the form as an
        XLSX workbook, or an indicator list (XLSX or CSV), told apart by content; '-' reads standard input,
        '-o -' writes standard output. --lang zh|en works with every command.
        Exit status: 0 done, 1 input errors, 64 wrong command line.
        """,
        .helpImportSummary: "Read a declaration (text export, JSON, workbook or list) and write its JSON or an indicator list.",
        .helpImportDetails: """
        The JSON holds projects[] (name, nature, category, supervisor, unit, startDate, endDate,
        funds{total, fiscal, carryover, other}, goal, indicators[]) and diagnostics[]. Each indicator has
        category, subcategory, name, target{text, kind, operator, value, upper, unit} and line.
        Line numbers point into the original text export. Reading the JSON back gives the same declaration.
        --format csv|xlsx writes the indicator list instead (a row per indicator, project facts on each
        project's first row), which reads back to the same declaration. A 部门整体支出绩效目标申报表 is kept as
        department{} in the JSON; alone, it is written as its own list; beside project forms a list leaves it
        out and says so (JX123).
        Exit status: 0, or 1 when the declaration has errors (the JSON is still written) or has no project
        at all (nothing is written).
        """,
        .helpCheckSummary: "Read a declaration and lint it: what is wrong or doubtful, with a fix hint each.",
        .helpCheckDetails: """
        Prints FILE:LINE: warning|error: message [code] and a hint line for every finding, then a summary.
        Findings: no target, repeated rows, unreadable targets, unknown units, a category with no
        indicators, a block with only qualitative targets, rows whose names read like another label
        (keyword table in the lint file), cost ceilings against the money asked for, money parts that
        do not add up, dates outside the year, an empty goal.
        Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors.
        """,
        .helpScoreSummary: "Score a year: the declaration's targets against the actuals, by the rule file.",
        .helpScoreDetails: """
        ACTUALS is a CSV (UTF-8 with or without BOM, or GB18030) or an XLSX workbook, with a header row naming the columns
        项目名称, 三级指标, 实际完成值 (required) and 一级指标, 二级指标, 年度指标值, 分值, 自评得分 (the unit's own
        score; 得分 too), 偏差原因, 改进措施 (optional), in any order; English names (project, indicator, actual …) work too. Rows whose 三级指标
        is 全年执行数, 全年预算数 or 年度总体目标 carry the year's spending, budget and goal outcome.
        Names match the declaration ignoring spaces and character width. 'jixiao template' writes this file.
        A declaration may hold a 部门整体支出绩效目标申报表 too (or alone): its rows are those whose 项目名称 is
        the department's name, it is scored by the rule file's department section, and the unit's score is
        then its score, with the projects' average beside it.
        The table shows a line per project and the unit's line; --format json writes unit, rules,
        projects[] with every indicator's points, score, status and basis, and diagnostics[];
        csv writes a row per indicator (UTF-8 with BOM); xlsx the 汇总 sheet and a 项目支出绩效自评表
        sheet per project; html a self-contained report with charts that prints on A4.
        The output is written first, then the diagnostics (standard error), then 'wrote FILE' (-q: not).
        Exit status: 1 when any input error occurred (the scorecard is still written), or with --strict
        when a deviation has no 偏差原因; else 0. When an input cannot be read at all (missing, the wrong
        kind of file, no project, no row), nothing is written and an existing output file is left as it was.
        -o onto one of the inputs is refused (exit 64).
        """,
        .helpTemplateSummary: "Write the actuals file (CSV or XLSX) to fill in for a declaration.",
        .helpTemplateDetails: """
        One row per indicator in form order with 一级/二级/三级指标, 年度指标值 and the default 分值, then each
        project's 全年执行数 and 年度总体目标 rows. A 部门整体 form's rows come first, under the department's
        name: its indicators, 全年执行数 and <line>执行数, 年度总体目标 and 任务：<name>. UTF-8 with BOM, so Excel and WPS show the Chinese text.
        A cell Excel would run as a formula (=100.00(%)) is written with a leading ' (see README).
        """,
        .helpExplainSummary: "Explain, in sentences, how a project's or a row's score came about.",
        .helpExplainDetails: """
        For a project: the budget-execution score, how each block's points were split, every row's working,
        the total and the grade cut-off. For a row: its block and points, the target, the actual after
        unit conversion, the rule applied with its numbers, the rounding, the status and the 偏差原因.
        Only errors of the inputs are printed; 'jixiao score' shows the warnings.
        """,
        .helpRollupSummary: "Combine the JSON scorecards of several units into the commission's summary.",
        .helpRollupDetails: """
        Each SCORECARD is what 'jixiao score … --format json' wrote for one unit. The summary has a row per
        unit and per project, the commission score (budget-weighted mean of unit scores, graded by the
        first scorecard's cut-offs), project grade counts, and every indicator below full points across
        units. Two scorecards of the same unit are an error (the second is left out); scorecards made
        with different rule files, or from inputs with errors, are warned about. A file that is not a
        scorecard, or one with no projects or no unit name, is an error and nothing is written.
        """,
        .helpMonitorSummary: "Mid-year monitoring: budget execution to date and each target's likelihood.",
        .helpMonitorDetails: """
        PROGRESS is an actuals file with values to month M: a row whose 三级指标 is 执行数 or 1-M月执行数 carries
        spending to date; optional columns 全年预计完成值 (forecast) and 完成目标可能性 (确定能 / 有可能 / 不可能) are
        read. Time progress is M/12. A project whose 执行率 lags time progress by more than the rule file's
        tolerance (default 10 points) is behind. Cumulative rows (≥ and = in money, counts, area, volume, days …,
        ≤ ceilings in money, counts …) are judged against target × M/12, on track at that share; a ceiling
        already broken (reached, for a strict <) and an =0 row that has happened are unlikely; rates, time
        limits and qualitative rows are judged as they stand; without a value the unit's judgement is taken,
        else the row is unknown.
        """,
        .optionMonth: "the month the values run to, 1–12 (required; a head such as 1-9月完成值 that names another month is a warning)",
        .helpCompareSummary: "Year over year: last year's scorecard against this year's scorecard or declaration.",
        .helpCompareDetails: """
        LAST is last year's scorecard ('jixiao score … --format json'); THIS is this year's scorecard or a
        declaration in any form jixiao reads. Projects and indicators are paired by name; the table lists the
        change in target, actual and score, and the projects and indicators dropped or added. A ≥ or >
        target below last year's actual is flagged 指标值设定明显偏低 (warning JX911).
        """,
        .helpVerifySummary: "Re-check a submitted 自评表: recompute every score under the rules and list what does not follow.",
        .helpVerifyDetails: """
        SUBMITTED is a submitted 自评表: an XLSX whose tables have the heads 三级指标, 年度指标值, 实际完成值, 分值 and 得分
        (项目名称, the 年度资金总额 row, 总分 and 等级 are found by their labels; any workbook, not only jixiao's),
        or a list (XLSX or CSV) with those columns and 项目名称. Each row is recomputed from its target, actual and
        分值; every 得分 off by more than 0.01, and every 总分 or 等级 that does not follow, is listed with the
        recomputation. The recomputed form then goes through the same 自评失真 checks as score (the rule
        file's audit: reasons, money against results …), listed apart as audit findings. Exit 0 when
        everything follows, 1 otherwise; with --strict, also 1 on a red audit finding.
        """,
        .helpRulesSummary: "List the rule files built into jixiao, or print one to copy and edit.",
        .helpRulesDetails: """
        Without NAME: the built-in files. With NAME (mof-2020, province-20-80-70-60, lint): its text, the
        same bytes as scoring-rules/NAME.json5 in the repository. Edit a copy and pass it with --rules FILE;
        --rules NAME uses a built-in file by name.
        """,
        .helpVersionSummary: "Print jixiao's version and its built-in rule files.",
        .helpHelpSummary: "Describe a command.",
        .optionLang: "language of every word jixiao writes (default: zh when LANG starts with zh, else en)",
        .optionOutput: "write to FILE instead of standard output (-o FILE; -o - is standard output); a FILE ending in .xlsx, .html, .csv or .json gets that format",
        .optionForce: "replace an -o FILE that holds your own data (a declaration, filled actuals, a progress file, a filled 自评表, a rule file)",
        .optionQuiet: "do not say 'wrote FILE' (-q)",
        .optionHelp: "show this help",
        .optionRules: "scoring rule file, or a built-in one by name (default: the built-in mof-2020)",
        .optionSheet: "XLSX actuals: the sheet to read (default: the first)",
        .optionLint: "lint tables, or a built-in one by name (default: the built-in lint)",
        .optionFormatText: "output format (default: text)",
        .optionFormatTable: "output format (default: table, or what the -o file's extension names)",
        .optionMoney: "unit of money in XLSX and HTML: 元 or 万元 (default: 元)",
        .optionSample: "how many projects the re-check sample lists, ranked by audit findings (red, yellow) and money (default: 5)",
        .optionMoneyForm: "unit of money in the 自评表 (XLSX and HTML): 万元 or 元 (default: 万元, as the 财预〔2020〕10号 form has it)",
        .optionFormatImport: "output format (default: json, or what the -o file's extension names); csv or xlsx give the indicator list, to edit in Excel and read back",
        .optionFormatCSV: "file format (default: csv, or what the -o file's extension names)",
        .optionDetail: "table: add every project's rows",
        .optionStrict: "exit 1 when a row below full points or over its target has no 偏差原因",
        .optionStrictVerify: "exit 1 also on a red audit finding (the 自评失真 checks)",
        .optionNeed: "per project below GRADE, the fewest rows whose full points would reach it",
        .optionProject: "the project (required)",
        .optionIndicator: "one row of the project (三级指标)",
    ]
}
