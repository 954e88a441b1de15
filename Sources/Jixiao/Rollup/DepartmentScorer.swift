import Foundation

/// Scores a department's form (`DepartmentForm`, with `DepartmentActuals`) through `ScoringCore`, as
/// a project is scored: each row against its adjusted target (else the declared one) with the
/// department's own 分值 (`PointsAllocator`: the rule file's blocks for rows without one), 预算执行
/// over the budget `department.countBasic` counts with `department.over100` for spending above it,
/// and the totals and grade of the rule file.
enum DepartmentScorer {
    static func score(_ form: DepartmentForm, actuals: DepartmentActuals, rules: RuleSet, actualsFile: String,
                      declarationFile: String) -> (DepartmentScore, [Diagnostic]) {
        let context = ScoringContext(rules)
        var diagnostics: [Diagnostic] = []
        let allocation = PointsAllocator.allocate(categories: form.rows.map(\.category), explicit: form.rows.map { $0.points.map(Fixed.init) },
                                                  rules: rules)
        for mismatch in allocation.mismatches {
            let first = form.rows.indices.first { allocation.blockOfIndicator[$0] == mismatch.block && form.rows[$0].points != nil }
            diagnostics.append(Diagnostic(.blockPointsMismatch, at: SourceLocation(file: declarationFile, line: first.map { form.rows[$0].line } ?? form.line),
                                          form.name, rules.blocks[mismatch.block].name, "\(mismatch.sum)",
                                          "\(allocation.blockPoints[mismatch.block])"))
        }
        var rows: [DepartmentScore.Row] = []
        var scored: [(points: Fixed, score: Fixed)] = []
        for (index, row) in form.rows.enumerated() {
            let points = allocation.points[index]
            let given = actuals.rows[index]
            let block = allocation.blockOfIndicator[index]
            let result = ScoringCore.row(target: row.target, category: row.category, subcategory: row.subcategory, actual: given.input,
                                         points: points, inBlock: block != nil, context: context)
            scored.append((points, result.score))
            var number: Decimal?
            if case .number(let value) = given.input { number = value.decimal }
            var indicator = IndicatorScore(category: row.category, subcategory: row.subcategory, name: row.name, target: row.target?.text,
                                           actual: given.actual, points: points.decimal, score: result.score.decimal, status: result.status,
                                           basis: "", reason: given.reason, remedy: given.remedy, line: row.line, actualLine: given.actualLine,
                                           block: block.map { rules.blocks[$0].name }, working: result.working, declared: row.target,
                                           reading: given.reading, actualValue: number, evenSplit: block.map { !allocation.given[$0] },
                                           judged: result.isJudged ? true : nil, overAchievement: result.overAchievement?.decimal)
            // As a project's row: the target declared at the start where it was adjusted.
            indicator.declaredTarget = row.adjusted == nil ? nil : row.declared?.text
            rows.append(DepartmentScore.Row(score: indicator, declared: row.declared?.text, adjusted: row.adjusted?.text, core: row.core))
            if result.score < points.rounded(2, .halfUp), given.reason == nil, given.actual != nil, let line = given.actualLine {
                diagnostics.append(Diagnostic(.noDeviationReason, at: SourceLocation(file: actualsFile, line: line), row.name, form.name,
                                              result.score.fixedText(), points.fixedText()).about(project: form.name, indicator: row.name))
            }
        }
        let counted = rules.department.countBasic ? nil : form.spending("项目支出")
        let budget = counted?.adjusted ?? form.totalMoney.adjusted
        let spent = rules.department.countBasic ? actuals.spent : actuals.spent("项目支出")
        let points = Fixed(rules.department.executionPoints ?? rules.executionPoints)
        let execution = ScoringCore.execution(spent: spent, budget: Fixed(budget), points: points, context: context,
                                              over100: rules.department.over100)
        if spent == nil {
            diagnostics.append(Diagnostic(.noSpending, at: SourceLocation(file: actualsFile, line: 0), form.name).about(project: form.name))
        } else if let spent, spent > Fixed(budget), rules.department.over100 == .cap, let rate = execution.ratePercent {
            // Carried-over or other money spent past the adjusted budget: full points kept, said (JX508).
            diagnostics.append(Diagnostic(.overspent, at: SourceLocation(file: actualsFile, line: actuals.spentLine ?? 0), form.name,
                                          spent.fixedText(), Fixed(budget).fixedText(), rate.fixedText()).about(project: form.name))
        }
        let totals = ScoringCore.totals(rows: scored, execution: execution, context: context)
        let money = form.money.map { line in
            let spent = line.kind == .total ? actuals.spent : actuals.spent(line.label)
            let rate = spent.flatMap { line.adjusted > 0 ? Fixed.quotient(max($0, .zero), .hundred, Fixed(line.adjusted), places: 2, mode: .halfUp) : nil }
            return DepartmentScore.MoneyLine(kind: line.kind, label: line.label, declared: line.declared, adjusted: line.adjusted,
                                             spent: spent?.decimal, rate: rate?.decimal)
        }
        let score = DepartmentScore(
            name: form.name, year: form.year, money: money, budget: budget, spent: spent?.decimal, executionRate: execution.ratePercent?.decimal,
            executionPoints: points.decimal, executionScore: execution.score.decimal, rows: rows,
            tasks: form.tasks.map { .init(name: $0.name, content: $0.content, budget: $0.budget,
                                          outcome: actuals.taskOutcomes[DepartmentActuals.key($0.name)]) },
            goal: form.goal, goalOutcome: actuals.goalOutcome, total: totals.total.decimal, rescaledFrom: totals.rescaled ? totals.sum.decimal : nil,
            grade: totals.grade, execution: execution, totals: totals, blockPoints: allocation.held.map(\.decimal))
        return (score, diagnostics)
    }
}
