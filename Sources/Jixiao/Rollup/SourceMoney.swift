import Foundation

/// One 其中 row of a project's money block — 当年财政拨款, 上年结转资金 or 其他资金 — in 元, as the
/// 10号文's form has it: 年初预算数 as declared; 全年预算数 and 全年执行数 as the actuals give them
/// (rows `当年财政拨款预算数`, `当年财政拨款执行数` …); nil where they do not, shown as a dash.
/// Two figures follow without those rows: a project whose 全年预算数 was not adjusted (equal to
/// the declared 年初预算数) keeps its declared split as the 全年预算数 of each source; and when
/// that split puts all the money in one source and no source's spending is given, the whole
/// 全年执行数 is that source's, and the others' is 0.
public struct SourceMoney: Hashable, Sendable, Codable {
    /// 年初预算数 of the source.
    public var declared: Decimal
    /// 全年预算数 of the source, when known.
    public var budget: Decimal?
    /// 全年执行数 of the source, when given.
    public var spent: Decimal?
    /// 执行率 in percent, rounded half-up to 0.01, when both are known and the budget is above 0.
    public var rate: Decimal?

    public init(declared: Decimal, budget: Decimal? = nil, spent: Decimal? = nil, rate: Decimal? = nil) {
        self.declared = declared
        self.budget = budget
        self.spent = spent
        self.rate = rate
    }

    /// The three 其中 rows of a project from the declared split and the actuals' figures (budgets
    /// then spendings, in source order; nil for none given).
    static func rows(declared: [Fixed], given: [Fixed?]?, budgetAdjusted: Bool, spent total: Fixed?) -> [SourceMoney] {
        let budgets = (0..<3).map { given?[$0] ?? (budgetAdjusted ? nil : declared[$0]) }
        var spendings = (0..<3).map { given?[$0 + 3] }
        let funded = budgets.indices.filter { (budgets[$0] ?? .zero) != .zero }
        if let total, spendings.allSatisfy({ $0 == nil }), budgets.allSatisfy({ $0 != nil }), funded.count == 1 {
            spendings = (0..<3).map { $0 == funded[0] ? total : .zero }
        }
        return (0..<3).map { index in
            let budget = budgets[index]
            let spent = spendings[index]
            var rate: Decimal?
            if let budget, let spent, budget > .zero {
                rate = Fixed.quotient(max(spent, .zero), .hundred, budget, places: 2, mode: .halfUp)?.decimal
            }
            return SourceMoney(declared: declared[index].decimal, budget: budget?.decimal, spent: spent?.decimal, rate: rate)
        }
    }
}
