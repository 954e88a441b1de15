import Foundation

/// 项目资金 in 元: 年度资金申请总额 and its split into 当年财政拨款, 上年结转资金 and 其他资金.
public struct Funds: Hashable, Sendable, Codable {
    /// 年度资金申请总额.
    public var total: Decimal
    /// 当年财政拨款.
    public var fiscal: Decimal
    /// 上年结转资金.
    public var carryover: Decimal
    /// 其他资金.
    public var other: Decimal

    public init(total: Decimal = 0, fiscal: Decimal = 0, carryover: Decimal = 0, other: Decimal = 0) {
        self.total = total
        self.fiscal = fiscal
        self.carryover = carryover
        self.other = other
    }
}
