extension MessageCatalog {
    /// English messages. Each says what was found and what was expected.
    static let english = MessageCatalog(language: .en, templates: [
        .fileUnreadable: "cannot read the file: {0}",
        .notText: "the file is not text in UTF-8 or GB18030 (first bad byte at offset {0})",
        .noForm: "no declaration form found: expected a line starting with 财政项目支出绩效目标申报表",
        .missingTarget: "indicator '{0}' in project '{1}' has no target value (年度指标值); it is kept and will score 0 unless given one",
        .repeatedIndicator: "indicator '{0}' appears again in project '{1}' (first at line {2}); both rows are kept",
        .unexpectedLine: "line not understood {0}: '{1}'",
        .missingField: "project '{0}' has no {1}",
        .badAmount: "amount '{0}' for {1} is not a number; expected a figure such as 8,734,121.00",
        .extraCells: "indicator row has {0} cells where a name and a target were expected; extra: '{1}'",
        .targetWithoutName: "target '{0}' has no indicator name (三级指标) on its row",
        .rowOutsideTable: "indicator row '{0}' comes before the table header (一级指标 | 二级指标 | 三级指标 | 指标值)",
        .missingSubcategory: "indicator '{0}' has a category (一级指标) but no subcategory (二级指标) above it",
        .declarationJSON: "declaration JSON does not fit the expected shape: {0}",
        .emptyProjectTable: "project '{0}' has no indicators",
        .targetNoNumber: "target '{0}' starts like a number but has no readable number after the operator: expected e.g. ≥95(%)",
        .targetTooManyDigits: "target '{0}' has a number of {1} digits; at most {2} are accepted",
        .targetMisplacedSeparator: "target '{0}' has a comma that is not a thousands separator: expected e.g. 1,480,000",
        .targetUnreadableUnit: "target '{0}' has '{1}' after its number, which is not a unit: expected e.g. (万元), %, (件)",
        .targetRangeUnitsDiffer: "target '{0}' is a range whose ends have different units: '{1}' and '{2}'",
        .targetRangeReversed: "target '{0}' is a range whose lower end is above its upper end",
    ])
}
