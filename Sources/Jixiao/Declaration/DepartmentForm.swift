import Foundation

/// 部门整体支出绩效目标申报表: the unit's whole year as one form (not a project's), as the supervising
/// department and the finance bureau ask for it beside the project forms. Its head names the
/// department; its money is the department's whole budget, by source (一般公共预算 / 政府性基金 /
/// 其他资金) and by kind (基本支出 / 项目支出), each as declared at the start of the year (年初) and as
/// adjusted (调整后); its tasks (年度主要任务) and goal; and its indicators, with the department's own
/// 分值, the target declared and adjusted, and the 核心指标 flag of 财预〔2021〕101号.
public struct DepartmentForm: Hashable, Sendable, Codable {
    /// One line of the money block: a source, a kind of spending, or the total.
    public struct Money: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable { case total, source, spending }
        public var kind: Kind
        /// As printed: 一般公共预算, 政府性基金, 其他资金, 合计, 基本支出, 项目支出 ….
        public var label: String
        /// 年初预算数 and 调整后预算数 in 元 (the adjusted one is the start's when none is printed).
        public var declared: Decimal
        public var adjusted: Decimal
    }

    /// 年度主要任务: a task, what it is, and the money it has.
    public struct Task: Hashable, Sendable, Codable {
        public var name: String
        public var content: String
        public var budget: Decimal?
        public var line: Int
    }

    /// One indicator row: as a project's, with the target declared and adjusted, the department's
    /// own 分值 and the 核心指标 flag.
    public struct Row: Hashable, Sendable, Codable {
        public var category: String
        public var subcategory: String
        public var name: String
        /// 年初指标值 and 调整后指标值 as parsed; the row is scored against the adjusted one when
        /// there is one (`target`).
        var declared: Target?
        var adjusted: Target?
        public var points: Decimal?
        public var core: Bool
        public var line: Int

        /// The target the year is scored against: the adjusted one, else the declared one.
        var target: Target? { adjusted ?? declared }
    }

    public var name: String
    public var year: Int?
    public var money: [Money]
    public var tasks: [Task]
    public var goal: String
    public var rows: [Row]
    /// The line of the form's title.
    public var line: Int

    /// The total as printed (合计), else the sum of the sources.
    public var totalMoney: (declared: Decimal, adjusted: Decimal) {
        if let total = money.first(where: { $0.kind == .total }) { return (total.declared, total.adjusted) }
        let sources = money.filter { $0.kind == .source }
        return (sources.reduce(0) { $0 + $1.declared }, sources.reduce(0) { $0 + $1.adjusted })
    }

    /// The line of a kind of spending (基本支出, 项目支出), if printed.
    public func spending(_ label: String) -> Money? {
        money.first { $0.kind == .spending && $0.label == label }
    }
}
