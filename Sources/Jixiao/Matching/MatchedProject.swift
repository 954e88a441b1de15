import Foundation

/// What the actuals file said about one declared project, row by row in the declaration's order.
struct MatchedProject: Hashable, Sendable {
    /// Per indicator: the actual as the scorer takes it.
    var inputs: [ActualInput]
    /// Per indicator: the row it came from, if any.
    var rows: [ActualRow?]
    /// Per indicator: explicit points (分值 column, else the declaration's), if any.
    var explicitPoints: [Fixed?]
    /// Per indicator: the unit's own score (自评得分 column), if given.
    var judged: [Fixed?]
    /// Per indicator: how a number was read against the target's unit, where one was read.
    var readings: [ActualReading?]
    /// 预算执行's points, when the 分值 cell of the 全年执行数 row gives them.
    var executionPoints: Fixed?
    /// 全年执行数 in 元, and its row.
    var spent: Fixed?
    var spentRow: ActualRow?
    /// 全年预算数 in 元, when given; it replaces the declared 年度资金申请总额.
    var budgetOverride: Fixed?
    /// 年度总体目标 实际完成情况.
    var goalOutcome: String?

    init(count: Int) {
        inputs = Array(repeating: .missing, count: count)
        rows = Array(repeating: nil, count: count)
        explicitPoints = Array(repeating: nil, count: count)
        judged = Array(repeating: nil, count: count)
        readings = Array(repeating: nil, count: count)
    }
}
