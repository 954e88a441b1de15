import Foundation

/// `jixiao template`: the actuals CSV a finance officer fills in — one row per indicator in form
/// order with its 一级/二级/三级指标, 年度指标值 and default 分值, then the project's budget rows:
/// 全年执行数, the three 其中 rows of spending by source (当年财政拨款执行数, 上年结转资金执行数,
/// 其他资金执行数; their 年度指标值 shows the declared 年初预算数 of the source), and 年度总体目标.
/// A 部门整体 form comes first, under the department's name: its indicators (the target scored: the
/// adjusted one where there is one), 全年执行数 and `<line>执行数` for each line of its money block
/// (年度指标值: the adjusted budget), 年度总体目标, and `任务：<name>` for each task.
/// Read back unchanged, every row scores `missing`.
public enum ActualsTemplate {
    static let header: [ActualsColumn] = [.project, .category, .subcategory, .indicator, .target, .points,
                                                 .actual, .reason, .remedy]

    public static func csv(_ declaration: Declaration, rules: RuleSet, department: DepartmentForm? = nil) -> Data {
        var writer = CSVWriter()
        writer.row(header.map(\.rawValue))
        for row in rows(declaration, rules: rules, department: department) { writer.row(row) }
        return writer.data
    }

    /// The template's rows as text, in `header` order; shared by the CSV and XLSX templates.
    public static func rows(_ declaration: Declaration, rules: RuleSet, department: DepartmentForm? = nil) -> [[String]] {
        var rows: [[String]] = department.map { departmentRows($0, rules: rules) } ?? []
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

    /// The department's rows (`DepartmentActuals` reads them back).
    static func departmentRows(_ form: DepartmentForm, rules: RuleSet) -> [[String]] {
        let allocation = PointsAllocator.allocate(categories: form.rows.map(\.category), explicit: form.rows.map { $0.points.map(Fixed.init) },
                                                  rules: rules)
        var rows = form.rows.enumerated().map { index, row in
            [form.name, row.category, row.subcategory, row.name, row.target?.shownText ?? "", allocation.points[index].fixedText(), "", "", ""]
        }
        rows.append([form.name, "", "", ActualRow.Special.spent.rawValue, Rounding.fixed(form.totalMoney.adjusted) + "元", "", "", "", ""])
        for line in form.money where line.kind != .total {
            rows.append([form.name, "", "", line.label + "执行数", Rounding.fixed(line.adjusted) + "元", "", "", "", ""])
        }
        rows.append([form.name, "", "", ActualRow.Special.goal.rawValue, form.goal, "", "", "", ""])
        for task in form.tasks { rows.append([form.name, "", "", "任务：" + task.name, task.content, "", "", "", ""]) }
        return rows
    }
}
