/// The rule set as every document names it: `评分规则：mof-2020（财政部项目支出绩效自评 …）`, its name
/// and its title (the file's path when it has no title).
enum RuleSetName {
    static func text(_ rules: Scorecard.Rules, _ c: MessageCatalog) -> String {
        c.label(.ruleSet, rules.name, rules.title.isEmpty ? rules.file : rules.title)
    }
}
