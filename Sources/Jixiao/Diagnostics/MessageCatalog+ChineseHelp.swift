extension MessageCatalog {
    /// “jixiao help” 和 “--help” 的中文说明。
    static let chineseHelp: [Phrase: String] = [
        .overviewTitle: "jixiao —— 项目支出绩效自评",
        .overviewFooter: """
        运行 “jixiao help 命令” 或 “jixiao 命令 --help” 查看命令的参数和选项。
        凡是读取申报表（DECLARATION）的命令，可读 PDF 导出的文本、jixiao 生成的 JSON、XLSX 申报表，或 XLSX/CSV
        指标清单（按内容识别）；“-” 表示从标准输入读取，“-o -” 表示写到标准输出。每个命令都可用 --lang zh|en 选择语言。
        退出码：0 完成，1 输入有错误，64 命令行有误。
        """,
        .helpImportSummary: "读取申报表（PDF 导出文本、JSON、XLSX 申报表或指标清单），输出规范的 JSON 或可编辑的指标清单。",
        .helpImportDetails: """
        JSON 包含 projects[]（名称、性质、类别、主管部门、实施单位、起止日期、资金 funds{total, fiscal,
        carryover, other}、年度总体目标、indicators[]）和 diagnostics[]。每个指标有一级、二级、三级指标、
        指标值 target{text, kind, operator, value, upper, unit} 和所在行号（指向原始文本）。读回 JSON 得到同一份申报表。
        --format csv|xlsx 则输出指标清单（每个指标一行，项目信息写在项目首行），读回得到同一份申报表。
        部门整体支出绩效目标申报表在 JSON 中为 department{}；单独时输出为部门清单；与项目申报表同在时，清单不含它并给出提示（JX123）。
        退出码：0；申报表有错误时为 1（仍输出 JSON）；一个项目也读不到时为 1，且不输出任何内容。
        """,
        .helpCheckSummary: "检查申报表：列出错误和可疑之处，每条附修改建议。",
        .helpCheckDetails: """
        每个问题输出一行 “文件:行号: 警告|错误: 说明 [代码]” 和一行建议，最后是汇总。
        检查内容：缺指标值、重复指标、无法读取的指标值、未知单位、某类没有指标、某块全为定性指标、
        名称与所在类别不符（关键词表见 lint 文件）、成本上限与申请金额不符、资金构成不平、日期不在年度内、
        年度总体目标为空。
        退出码：没有错误时为 0（可有警告），有错误时为 1。
        """,
        .helpScoreSummary: "评分：按评分规则，用实际值逐项对照申报表的指标值计分。",
        .helpScoreDetails: """
        实际值表（ACTUALS）为 CSV（UTF-8，带或不带 BOM，或 GB18030）或 XLSX 工作簿，首行为表头，列名为
        项目名称、三级指标、实际完成值（必需）和 一级指标、二级指标、年度指标值、分值、自评得分（或“得分”）、偏差原因、改进措施
        （可选），顺序不限；也可用英文列名（project、indicator、actual……）。三级指标为 全年执行数、
        全年预算数 或 年度总体目标 的行分别填写全年支出、预算和目标完成情况。名称与申报表比对时忽略空格和全半角。
        “jixiao template” 可生成此表。
        申报表也可包含（或只有）部门整体支出绩效目标申报表：项目名称为部门名称的行是它的实际值，按评分规则的
        “department”部分计分，单位得分即为其得分，项目平均分列在旁边。
        table 格式每个项目一行，另有单位汇总行；json 输出 unit、rules、projects[]（含每个指标的分值、得分、
        状态和计算过程）及 diagnostics[]；csv 每个指标一行（UTF-8 带 BOM）；xlsx 含汇总表和每个项目一张
        项目支出绩效自评表；html 为带图表、可按 A4 打印的独立报告。
        先写出结果，再在标准错误输出提示，最后一行为 “已写入 文件”（-q 不显示）。
        退出码：输入有错误时为 1（仍写出评分表），或使用 --strict 且有偏差未说明原因时为 1；否则为 0。
        输入文件根本无法读取时（不存在、类型不对、没有项目、没有数据行），不写出任何文件，已有的输出文件保持不变。
        -o 指向任一输入文件时拒绝执行（退出码 64）。
        """,
        .helpTemplateSummary: "为申报表生成待填写的实际值表（CSV 或 XLSX）。",
        .helpTemplateDetails: """
        按申报表顺序每个指标一行，列出一级/二级/三级指标、年度指标值和默认分值，另有每个项目的
        全年执行数 和 年度总体目标 行。部门整体申报表的行排在最前，项目名称为部门名称：各指标、全年执行数
        和各资金行的“…执行数”、年度总体目标、“任务：名称”。UTF-8 带 BOM，Excel 和 WPS 可直接显示中文。
        Excel 会当作公式的单元格（=100.00(%)）前加 '（见 README）。
        """,
        .helpExplainSummary: "用完整的句子说明项目或某个指标的得分是怎样算出的。",
        .helpExplainDetails: """
        项目：预算执行得分、各块分值的分配、每个指标的计算过程、总分和等级线。
        指标：所属块和分值、指标值、换算单位后的实际值、所用规则及其数字、四舍五入、状态和偏差原因。
        只显示输入中的错误；警告请用 “jixiao score” 查看。
        """,
        .helpRollupSummary: "把多个单位的 JSON 评分表汇总为委办汇总表。",
        .helpRollupDetails: """
        每个评分表（SCORECARD）是某单位 “jixiao score … --format json” 的输出。汇总表列出每个单位和每个项目、
        委办得分（各单位得分按预算加权平均，按第一份评分表的等级线评级）、各等级项目数，以及各单位所有
        未得满分的指标。同一单位的两份评分表为错误（第二份不计入）；评分规则不同、或生成时输入有错误的
        评分表给出警告。不是评分表、没有项目或没有单位名称的文件为错误，此时不写出任何文件。
        """,
        .helpMonitorSummary: "绩效运行监控：截至某月的预算执行进度和指标完成可能性。",
        .helpMonitorDetails: """
        PROGRESS 是填有截至 M 月数值的实际值表：三级指标为“执行数”或“1-M月执行数”的行给出截至该月的支出，
        可选列 全年预计完成值、完成目标可能性（确定能 / 有可能 / 不可能）。时间进度为 M/12。执行率低于时间进度
        超过规则文件的容差（默认 10 个百分点）的项目为“落后”。累计型指标（金额、数量、面积、体积、天数等的 ≥、= 指标，
        及金额、数量等的 ≤ 上限）按 指标值 × M/12 判断，达到该进度即为确定能；已突破的上限（< 指标达到上限即算突破）和
        已发生的 =0 指标为不可能；比率、时限和定性指标按现值判断；未填数值时采用单位的判断，否则为“未填报”。
        """,
        .optionMonth: "数值截至的月份，1–12（必须给出；表头如 1-9月完成值 写的是其他月份时给出警告）",
        .helpCompareSummary: "年度对比：上年评分表与本年评分表或申报表逐项对比。",
        .helpCompareDetails: """
        LAST 为上年评分表（jixiao score … --format json 的输出）；THIS 为本年评分表或申报表（任何 jixiao 能读的形式）。
        按项目名称和指标名称对齐，列出指标值、实际完成值和得分的变化，以及删除和新增的项目与指标；本年 ≥ 或 >
        指标的指标值低于上年实际完成值的，标为“指标值设定明显偏低”（警告 JX911）。
        """,
        .helpVerifySummary: "复核：按评分规则重算报送的自评表，列出与重算不一致的得分、总分和等级。",
        .helpVerifyDetails: """
        SUBMITTED 是报送的自评表：XLSX 中含 三级指标、年度指标值、实际完成值、分值、得分 表头的表格（项目名称、
        年度资金总额 行、总分、等级 按标签查找，不要求是 jixiao 写出的文件），或含这些列及 项目名称 的清单
        （XLSX 或 CSV）。每行按指标值、实际完成值和分值重算；差异超过 0.01 的得分、与重算不符的总分和等级逐条列出。
        再按评分规则的 audit 对重算后的表做与 score 相同的自评失真检查（偏差原因、资金与结果不符等），
        作为审核提示另列。全部一致时退出码为 0，否则为 1；加 --strict 时有红色审核提示也为 1。
        """,
        .helpRulesSummary: "列出 jixiao 内置的规则文件，或输出其中一个以便复制修改。",
        .helpRulesDetails: """
        不带名称：列出内置文件。带名称（mof-2020、province-20-80-70-60、lint）：输出其内容，与仓库中
        scoring-rules/名称.json5 逐字节相同。修改副本后用 --rules 文件 使用；--rules 名称 直接使用内置文件。
        """,
        .helpVersionSummary: "显示 jixiao 的版本和内置规则文件。",
        .helpHelpSummary: "说明一个命令。",
        .optionLang: "jixiao 输出所用的语言（默认：LANG 以 zh 开头时为中文，否则为英文）",
        .optionOutput: "写入文件 FILE 而不是标准输出（-o FILE；-o - 为标准输出）；FILE 以 .xlsx、.html、.csv 或 .json 结尾时按该格式输出",
        .optionForce: "覆盖存有您自己数据的 -o 文件（申报表、已填写的实际值表或执行进度表、已填写的自评表、评分规则文件）",
        .optionQuiet: "不显示 “已写入 文件”（-q）",
        .optionHelp: "显示本帮助",
        .optionRules: "评分规则文件，或内置规则的名称（默认：内置的 mof-2020）",
        .optionSheet: "XLSX 实际值表：要读取的工作表（默认：第一张）",
        .optionLint: "检查用的关键词表，或内置表的名称（默认：内置的 lint）",
        .optionFormatText: "输出格式（默认：text）",
        .optionFormatTable: "输出格式（默认：table，或 -o 文件扩展名所示的格式）",
        .optionMoney: "XLSX 和 HTML 中金额的单位：元 或 万元（默认：元）",
        .optionSample: "复核抽样列出的项目数，按审核发现（红、黄）和金额排序（默认：5）",
        .optionMoneyForm: "自评表（XLSX 和 HTML）中金额的单位：万元 或 元（默认：万元，与财预〔2020〕10号的表式一致）",
        .optionFormatImport: "输出格式（默认：json，或 -o 文件扩展名所示的格式）；csv 或 xlsx 为可在 Excel 中编辑、可再次读入的指标清单",
        .optionFormatCSV: "文件格式（默认：csv，或 -o 文件扩展名所示的格式）",
        .optionDetail: "table 格式：列出每个项目的各指标",
        .optionStrict: "有失分或超额完成的指标未填写偏差原因时，退出码为 1",
        .optionStrictVerify: "有红色审核提示（自评失真检查）时，退出码也为 1",
        .optionNeed: "对未达到该等级的项目，列出补足哪几个指标即可达到",
        .optionProject: "项目名称（必需）",
        .optionIndicator: "项目中的一个指标（三级指标）",
    ]
}
