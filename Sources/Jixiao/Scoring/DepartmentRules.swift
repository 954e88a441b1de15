import Foundation

/// How a 部门整体支出绩效自评表 is scored (the rule file's `department`, all keys optional): the
/// indicator rows as a project's (the department's own 分值 where the form gives them, else the
/// rule file's blocks), 预算执行 over the department's whole adjusted budget, and the grades of the
/// rule file.
struct DepartmentRules: Hashable, Sendable {
    /// What 预算执行 scores over a year of spending above the adjusted budget (carried-over or other
    /// money spent): full points (`cap`, as a project's), or points × (200 − rate)/100, at least 0
    /// (`deduct`: spending past the budget is a deviation too).
    enum Over100: String, Hashable, Sendable, CaseIterable {
        case cap
        case deduct
    }

    /// 预算执行's points (`department.executionPoints`); nil: the rule file's `execution.points`.
    var executionPoints: Decimal? = nil
    /// Whether 基本支出 counts in the budget and the spending (`department.countBasic`, default true:
    /// the form's 部门整体支出 is 基本支出 + 项目支出); false: only 项目支出.
    var countBasic = true
    var over100: Over100 = .cap
}
