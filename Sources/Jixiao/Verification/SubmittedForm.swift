import Foundation

/// A 自评表 as submitted to the commission, read from its cells as they stand: every row with the
/// 分值 and 得分 the unit wrote, the money row, and the 总分 and 等级 it printed.
struct SubmittedForm: Sendable {
    struct Row: Sendable {
        var category: String
        var subcategory: String
        var name: String
        /// 年度指标值 as written; nil for an empty cell or （未申报）.
        var target: String?
        var actual: String?
        var points: Decimal?
        var score: Decimal?
        var location: SourceLocation
        /// 偏差原因 and 改进措施 as the unit gave them (`SubmittedReason`), and the cell they are in
        /// (nil when the form has no such column).
        var reason: String? = nil
        var remedy: String? = nil
        var reasonLocation: SourceLocation? = nil
    }

    struct Project: Sendable {
        var name: String
        var location: SourceLocation
        var budget: Decimal?
        var spent: Decimal?
        var executionPoints: Decimal?
        var executionScore: Decimal?
        var executionLocation: SourceLocation?
        var rows: [Row] = []
        /// 年度总体目标's 实际完成情况 (nil: empty or （未填写）) and its cell; the cell is nil when the
        /// form has no such block (a list).
        var goalOutcome: String? = nil
        var goalOutcomeLocation: SourceLocation? = nil
        /// A 部门整体支出绩效自评表 (its head says 部门名称): 预算执行 is scored by the rule file's `department`.
        var isDepartment = false
        var total: Decimal?
        var grade: String?
        /// The cells of 总分's 得分 and of the 等级 written.
        var totalLocation: SourceLocation?
        var gradeLocation: SourceLocation?
    }

    var projects: [Project] = []
}
