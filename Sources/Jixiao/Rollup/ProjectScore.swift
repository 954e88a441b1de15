import Foundation

/// One project's self-assessment: money, 预算执行 score, the scored rows, total and grade.
/// The total is the execution score plus the rows' (already rounded) scores, so the shown rows
/// add up to the shown total — unless the rule file rescales a total of points other than 100
/// (`totals.rescaleTo100`): then `rescaledFrom` holds that sum, and every output shows both.
/// `ScorecardJSON` writes it; `Decodable` reads it back from a scorecard file.
public struct ProjectScore: Hashable, Sendable, Decodable {
    public var name: String
    public var unit: String
    public var supervisor: String
    /// 全年预算数 in 元 (the declared 年度资金申请总额 unless the actuals override it).
    public var budget: Decimal
    /// 年初预算数: the declared 年度资金申请总额.
    public var declaredBudget: Decimal
    public var funds: Funds
    /// The money block's 其中 rows (当年财政拨款, 上年结转资金, 其他资金); nil in a scorecard written
    /// before they were kept, whose documents show the declared split with dashes.
    public var sources: [SourceMoney]? = nil
    /// 全年执行数 in 元; nil when the actuals gave none.
    public var spent: Decimal?
    /// 执行率 in percent, rounded half-up to 0.01; nil without spending or budget.
    public var executionRate: Decimal?
    public var executionPoints: Decimal
    public var executionScore: Decimal
    public var total: Decimal
    /// The sum of the shown scores when the total was rescaled to 100 points; nil otherwise.
    public var rescaledFrom: Decimal? = nil
    public var grade: String
    /// The year printed on the form, if any.
    public var year: Int?
    public var goal: String
    public var goalOutcome: String?
    public var indicators: [IndicatorScore]
    /// The facts of 预算执行 and of the totals as `ScoringCore` computed them, which the documents
    /// show (the 分值 sum, the points lost); not part of the JSON: nil for a scorecard read back from
    /// a file, which no document of a project's form is made from.
    public var execution: ExecutionScore? = nil
    public var totals: ProjectTotals? = nil
    /// Per block of the rule file, in its order: the points the project's rows hold (`PointsAllocator`).
    public var blockPoints: [Decimal]? = nil

    enum CodingKeys: String, CodingKey {
        case name, unit, supervisor, budget, declaredBudget, funds, sources, spent, executionRate, executionPoints, executionScore, total,
             rescaledFrom, grade, year, goal, goalOutcome, indicators
    }
}

extension ProjectScore {
    /// The 其中 rows as the documents show them: the kept ones, else the declared split alone.
    public var sourceRows: [SourceMoney] {
        sources ?? [funds.fiscal, funds.carryover, funds.other].map { SourceMoney(declared: $0) }
    }
}
