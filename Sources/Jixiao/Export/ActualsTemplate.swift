import Foundation

/// `jixiao template`: the actuals CSV a finance officer fills in — one row per indicator in form
/// order with its 一级/二级/三级指标, 年度指标值 and default 分值, then the project's budget rows:
/// 全年执行数, the three 其中 rows of spending by source (当年财政拨款执行数, 上年结转资金执行数,
/// 其他资金执行数; their 年度指标值 shows the declared 年初预算数 of the source), and 年度总体目标.
/// Read back unchanged, every row scores `missing`.
public enum ActualsTemplate {
    static let header: [ActualsColumn] = [.project, .category, .subcategory, .indicator, .target, .points,
                                                 .actual, .reason, .remedy]

    public static func csv(_ declaration: Declaration, rules: RuleSet) -> Data {
        var writer = CSVWriter()
        writer.row(header.map(\.rawValue))
        for row in rows(declaration, rules: rules) { writer.row(row) }
        return writer.data
    }

    /// The template's rows as text, in `header` order; shared by the CSV and XLSX templates.
    public static func rows(_ declaration: Declaration, rules: RuleSet) -> [[String]] {
        var rows: [[String]] = []
        for project in declaration.projects {
            let allocation = PointsAllocator.allocate(categories: project.indicators.map(\.category),
                                                      explicit: project.indicators.map { $0.points.map(Fixed.init) }, rules: rules)
            for (index, indicator) in project.indicators.enumerated() {
                rows.append([project.name, indicator.category, indicator.subcategory, indicator.name,
                             indicator.target?.shownText ?? "", allocation.points[index].fixedText(), "", "", ""])
            }
            rows.append([project.name, "", "", ActualRow.Special.spent.rawValue, Rounding.fixed(project.funds.total) + "元",
                         "", "", "", ""])
            let parts: [(ActualRow.Special, Decimal)] = [(.fiscalSpent, project.funds.fiscal), (.carryoverSpent, project.funds.carryover),
                                                          (.otherSpent, project.funds.other)]
            for (special, declared) in parts {
                rows.append([project.name, "", "", special.rawValue, Rounding.fixed(declared) + "元", "", "", "", ""])
            }
            rows.append([project.name, "", "", ActualRow.Special.goal.rawValue, project.goal, "", "", "", ""])
        }
        return rows
    }
}
