extension MessageCatalog {
    /// 中文提示：说明发现了什么、应当是什么。
    static let chinese = MessageCatalog(language: .zh, templates: [
        .fileUnreadable: "无法读取文件：{0}",
        .notText: "文件不是 UTF-8 或 GB18030 文本（第一个错误字节位于偏移 {0}）",
        .noForm: "未找到申报表：应有以“财政项目支出绩效目标申报表”开头的行",
        .missingTarget: "项目“{1}”的指标“{0}”没有年度指标值；该指标保留，未补充指标值时得 0 分",
        .repeatedIndicator: "项目“{1}”中指标“{0}”重复出现（首次在第 {2} 行）；两行均保留",
        .unexpectedLine: "无法识别的行（{0}）：“{1}”",
        .missingField: "项目“{0}”缺少{1}",
        .badAmount: "{1}的金额“{0}”不是数字；应为如 8,734,121.00 的金额",
        .extraCells: "指标行有 {0} 个单元格，应只有指标名称和指标值；多出：“{1}”",
        .targetWithoutName: "指标值“{0}”所在行没有三级指标名称",
        .rowOutsideTable: "指标行“{0}”出现在指标表头（一级指标 | 二级指标 | 三级指标 | 指标值）之前",
        .missingSubcategory: "指标“{0}”有一级指标但其上方没有二级指标",
        .declarationJSON: "申报表 JSON 格式不符：{0}",
        .emptyProjectTable: "项目“{0}”没有任何绩效指标",
        .targetNoNumber: "指标值“{0}”以运算符开头，但其后没有可读的数字：应如 ≥95(%)",
        .targetTooManyDigits: "指标值“{0}”中的数字有 {1} 位；最多接受 {2} 位",
        .targetMisplacedSeparator: "指标值“{0}”中的逗号不是千分位分隔符：应如 1,480,000",
        .targetUnreadableUnit: "指标值“{0}”数字后的“{1}”不是计量单位：应如 (万元)、%、(件)",
        .targetRangeUnitsDiffer: "指标值“{0}”是区间，但两端单位不同：“{1}”与“{2}”",
        .targetRangeReversed: "指标值“{0}”是区间，但下限大于上限",
    ])
}
