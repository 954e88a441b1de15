/// What the actuals said about a declaration, as the data path holds it: per indicator the row it
/// came from and the actual as the scorer takes it; per project the budget rows. Made by
/// `ActualsMatcher`.
struct ActualsMatch: Sendable {
    /// Per indicator (the declaration's order): the actuals row, or -1.
    var rows: [Int32]
    /// Per indicator: the actual as the scorer takes it, how a number was read, the unit's own
    /// 自评得分, and explicit points (分值 column, else the declaration's).
    var inputs: [ActualInput]
    var readings: [ActualReading?]
    var judged: [Fixed?]
    var explicitPoints: [Fixed?]
    /// Per project: the 全年执行数 row (or -1), the spending in 元, 预算执行's points when that row
    /// gives them, 全年预算数 when given, and 年度总体目标's 实际完成情况.
    var spentRows: [Int32]
    var spent: [Fixed?]
    var executionPoints: [Fixed?]
    var budgetOverrides: [Fixed?]
    var goalOutcomes: [TextRef]
    /// Per project: the 其中 rows' figures in 元 — 全年预算数 of 当年财政拨款, 上年结转资金, 其他资金,
    /// then their 全年执行数 — or nil when the actuals give none of them.
    var sources: [[Fixed?]?]

    init(indicators: Int, projects: Int) {
        rows = Array(repeating: -1, count: indicators)
        inputs = Array(repeating: .missing, count: indicators)
        readings = Array(repeating: nil, count: indicators)
        judged = Array(repeating: nil, count: indicators)
        explicitPoints = Array(repeating: nil, count: indicators)
        spentRows = Array(repeating: -1, count: projects)
        spent = Array(repeating: nil, count: projects)
        executionPoints = Array(repeating: nil, count: projects)
        budgetOverrides = Array(repeating: nil, count: projects)
        goalOutcomes = Array(repeating: .empty, count: projects)
        sources = Array(repeating: nil, count: projects)
    }
}

extension ActualsMatch {
    /// One project's part as the model's values (`MatchedProject`), for the commands that read it
    /// row by row (`monitor`, tests).
    func project(_ index: Int, declaration: DeclarationTable, actuals: ActualsTable) -> MatchedProject {
        let range = declaration.projects[index].indicatorRange
        var matched = MatchedProject(count: range.count)
        for (slot, i) in range.enumerated() {
            matched.inputs[slot] = inputs[i]
            matched.rows[slot] = rows[i] >= 0 ? actuals.row(Int(rows[i])) : nil
            matched.explicitPoints[slot] = explicitPoints[i]
            matched.judged[slot] = judged[i]
            matched.readings[slot] = readings[i]
        }
        matched.executionPoints = executionPoints[index]
        matched.spent = spent[index]
        matched.spentRow = spentRows[index] >= 0 ? actuals.row(Int(spentRows[index])) : nil
        matched.budgetOverride = budgetOverrides[index]
        matched.goalOutcome = goalOutcomes[index].isEmpty ? nil : actuals.text.string(goalOutcomes[index])
        return matched
    }
}
