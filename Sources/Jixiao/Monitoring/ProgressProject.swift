import Foundation

/// One project at mid-year: its money to date against time progress, and its rows.
public struct ProgressProject: Sendable, Encodable {
    public struct Execution: Sendable, Encodable {
        /// 执行率 to date, percent: 执行数 / 全年预算数 × 100 (nil without spending or budget).
        public var rate: Decimal?
        /// M/12 as a percent.
        public var timeProgress: Decimal
        /// The rate lags time progress by more than the rule file's tolerance.
        public var behind: Bool
    }

    public var name: String
    public var unit: String
    public var supervisor: String
    /// 年初预算数 (declared) and 全年预算数 (the progress file's, else the declared) in 元.
    public var declaredBudget: Decimal
    public var budget: Decimal
    /// 1-M月执行数 in 元, when given.
    public var spent: Decimal?
    /// 全年预计执行数 in 元, when given.
    public var forecastSpent: Decimal?
    public var execution: Execution
    public var indicators: [ProgressRow]
}
