import Foundation

/// A unit's scored year: the unit line, the projects, the rule file used, and every diagnostic.
public struct Scorecard: Hashable, Sendable {
    /// The rule file's name and title, the path it was read from, and its grade cut-offs (so that
    /// a commission roll-up of several scorecards grades the same way).
    public struct Rules: Hashable, Sendable, Codable {
        public var name: String
        public var title: String
        public var file: String
        public var grades: [GradeCutoff]
    }

    public var unit: UnitScore
    public var rules: Rules
    /// The rule file the scores were computed by.
    public var ruleSet: RuleSet
    public var projects: [ProjectScore]
    /// Rows below full points and over-achievements, in project and form order.
    public var deviations: [Deviation]
    public var diagnostics: [Diagnostic]
    /// The 部门整体支出绩效自评表, when the declaration holds one: the unit's result is then its
    /// score (`unit.score`), the projects' average beside it (`unit.projectAverage`).
    public var department: DepartmentScore? = nil

    /// Deviations without a 偏差原因: what `--strict` refuses.
    public var unexplained: [Deviation] { deviations.filter { !$0.explained } }
}
