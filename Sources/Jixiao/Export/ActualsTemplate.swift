import Foundation

/// `jixiao template`: the actuals CSV a finance officer fills in — one row per indicator in form
/// order with its 一级/二级/三级指标, 年度指标值 and default 分值, then the project's 全年执行数 and
/// 年度总体目标 rows. Read back unchanged, every row scores `missing`.
public enum ActualsTemplate {
    public static let header: [ActualsColumn] = [.project, .category, .subcategory, .indicator, .target, .points,
                                                 .actual, .reason, .remedy]

    public static func csv(_ declaration: Declaration, rules: RuleSet) -> Data {
        var writer = CSVWriter()
        writer.row(header.map(\.rawValue))
        for project in declaration.projects {
            let allocation = PointsAllocator.allocate(categories: project.indicators.map(\.category),
                                                      explicit: project.indicators.map(\.points), rules: rules)
            for (index, indicator) in project.indicators.enumerated() {
                writer.row([project.name, indicator.category, indicator.subcategory, indicator.name,
                            indicator.target?.text ?? "", Rounding.fixed(allocation.points[index]), "", "", ""])
            }
            writer.row([project.name, "", "", ActualRow.Special.spent.rawValue, Rounding.fixed(project.funds.total) + "元",
                        "", "", "", ""])
            writer.row([project.name, "", "", ActualRow.Special.goal.rawValue, project.goal, "", "", "", ""])
        }
        return writer.data
    }
}
