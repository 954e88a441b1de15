import Foundation

/// A department's 部门整体支出绩效自评表 as scored (`DepartmentScorer`): the money by line as declared,
/// adjusted and spent, 预算执行 over the budget the rule file counts, the rows (each with its targets
/// declared and adjusted and its 核心指标 flag), the tasks and goal with what was done, 总分 and 等级.
public struct DepartmentScore: Hashable, Sendable {
    public struct MoneyLine: Hashable, Sendable {
        public var kind: DepartmentForm.Money.Kind
        public var label: String
        public var declared: Decimal
        public var adjusted: Decimal
        /// 全年执行数 of the line, when the actuals give it.
        public var spent: Decimal?
        /// spent / adjusted in percent, half-up 0.01 (`DepartmentScorer`); nil without spending or budget.
        public var rate: Decimal? = nil
    }

    public struct Row: Hashable, Sendable {
        /// The scored row, against `adjusted` where there is one (its `target` is the one scored).
        public var score: IndicatorScore
        public var declared: String?
        public var adjusted: String?
        public var core: Bool
    }

    public struct Task: Hashable, Sendable {
        public var name: String
        public var content: String
        public var budget: Decimal?
        public var outcome: String?
    }

    public var name: String
    public var year: Int?
    public var money: [MoneyLine]
    /// The budget 预算执行 is scored over (the adjusted total, or 项目支出 alone by
    /// `department.countBasic`), the spending against it, and 执行率 in percent, half-up 0.01.
    public var budget: Decimal
    public var spent: Decimal?
    public var executionRate: Decimal?
    public var executionPoints: Decimal
    public var executionScore: Decimal
    public var rows: [Row]
    public var tasks: [Task]
    public var goal: String
    public var goalOutcome: String?
    public var total: Decimal
    /// The sum of the shown scores when the total was rescaled to 100 points; nil otherwise.
    public var rescaledFrom: Decimal?
    public var grade: String
    /// The facts of 预算执行 and the totals, for `explain` and the documents.
    var execution: ExecutionScore? = nil
    var totals: ProjectTotals? = nil
    /// Per block of the rule file: the points the form's rows hold.
    var blockPoints: [Decimal]? = nil

    /// The form as a project's figures, for what reads a project (`explain`): its money is the
    /// budget scored over, its rows the scored ones.
    var asProject: ProjectScore {
        var project = ProjectScore(name: name, unit: name, supervisor: "", budget: budget, declaredBudget: budget, funds: Funds(total: budget),
                                   spent: spent, executionRate: executionRate, executionPoints: executionPoints, executionScore: executionScore,
                                   total: total, rescaledFrom: rescaledFrom, grade: grade, year: year, goal: goal, goalOutcome: goalOutcome,
                                   indicators: rows.map(\.score))
        project.execution = execution
        project.totals = totals
        project.blockPoints = blockPoints
        return project
    }
}
