import Foundation

/// The rule file's `audit` section: the 自评失真 checks a reviewer runs on a scorecard, each with its
/// level (red/yellow; nil turns the check off) and threshold. Defaults and their sources are in
/// `scoring-rules/mof-2020.json5` and `scoring-rules/README.md`; `Auditor` runs the checks.
public struct AuditRules: Hashable, Sendable {
    /// The rows' score rate (Σ得分 ÷ Σ分值 of the indicator rows) above the execution score rate
    /// (预算执行得分 ÷ its 分值) by more than `scoreAboveExecutionGap` percent of the latter.
    var scoreAboveExecution: AuditLevel? = .red
    var scoreAboveExecutionGap: Decimal = 5
    /// More than `unspentShare` percent of 全年预算数 not spent.
    var unspent: AuditLevel? = .yellow
    var unspentShare: Decimal = 20
    /// A budget of 0 with spending (JX506), and spending above the budget (JX508).
    var zeroBudget: AuditLevel? = .yellow
    var overspent: AuditLevel? = .yellow
    /// A 成本指标 row in money whose actual passes the project's 全年执行数 by more than
    /// `costTolerance` 元.
    var costAboveSpent: AuditLevel? = .red
    var costTolerance: Decimal = 0
    /// A row below full points without 偏差原因 or 改进措施 (JX507).
    var emptyReason: AuditLevel? = .red
    /// A reason that says nothing: one of `boilerplateWords`, shorter than `shorterThan` characters,
    /// or the same text on `repeatedOn` rows or more of the unit.
    var boilerplateReason: AuditLevel? = .yellow
    var boilerplateWords: [String] = ["无", "—", "-", "/", "同上", "无偏差", "暂无", "见上"]
    var repeatedOn: Int = 3
    var shorterThan: Int = 4
    /// Every qualitative row of a project at full marks, when it has at least `qualitativeRows`.
    var qualitativeAllFull: AuditLevel? = .yellow
    var qualitativeRows: Int = 3
    /// Every row of a project 达成 while its 执行率 is below `executionBelow` percent.
    var allMetLowExecution: AuditLevel? = .red
    var executionBelow: Decimal = 80
    /// Rows that cannot score (no declared target, declared twice), with the points they carry.
    var cannotScore: AuditLevel? = .red
    /// No 年度总体目标 实际完成情况 (JX514).
    var noGoalOutcome: AuditLevel? = .yellow
    /// An over-achievement (the rule file's `quantitative.overAchievementRatio`) without a reason.
    var overAchievementNoReason: AuditLevel? = .yellow

    public init() {}
}
