import Foundation

/// One indicator at mid-year: the target, the value to date and the forecast as written, the
/// expected value to date for a cumulative row, the likelihood and its basis, the unit's own
/// judgement, and the reasons given.
public struct ProgressRow: Sendable, Encodable {
    public var category: String
    public var subcategory: String
    public var name: String
    public var target: String?
    /// 1-M月完成值 as written.
    public var actual: String?
    /// 全年预计完成值 as written.
    public var forecast: String?
    /// target × M/12 (in the target's unit), for a cumulative row.
    public var expected: Decimal?
    public var likelihood: Likelihood
    public var basis: ProgressBasis
    /// 完成目标可能性 as the unit judged it, when given and understood.
    public var judged: Likelihood?
    public var reason: String?
    public var remedy: String?

    /// Nothing reported for the row: no value to date, no forecast, no judgement.
    public var isUnreported: Bool { actual == nil && forecast == nil && judged == nil }
}
