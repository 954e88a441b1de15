import Foundation

/// `score --format csv`: one row per indicator, each with its project's columns, for pivot tables.
/// UTF-8 with BOM; formula guard and quoting as `CSVWriter` documents (`=100.00(%)` is written
/// after an invisible zero-width space). Amounts and scores are plain numbers with two decimals.
/// A 部门整体 form's rows come first, under the department's name. When a target was adjusted during
/// the year (on any row), a last column 年初指标值 holds the target declared at the start (empty
/// where it was not adjusted); otherwise the columns are as before.
public enum ScorecardCSV {
    public static let header: [Label] = [
        .unit, .projectName, .supervisingDepartment, .budget, .spent, .executionRatePercent, .executionScore, .total, .grade,
        .category, .subcategory, .indicator, .target, .actual, .points, .score, .status, .working, .deviationReason, .remedy,
    ]

    public static func csv(_ scorecard: Scorecard, language: Language) -> Data {
        let c = MessageCatalog.for(language)
        var writer = CSVWriter()
        let projects = (scorecard.department.map { [$0.asProject] } ?? []) + scorecard.projects
        let adjusted = projects.contains { $0.indicators.contains { $0.declaredTarget != nil } }
        writer.row((header + (adjusted ? [.declaredTarget] : [])).map { c.label($0) })
        for project in projects {
            let projectColumns = [
                project.unit, project.name, project.supervisor, Rounding.fixed(project.budget),
                project.spent.map { Rounding.fixed($0) } ?? "", project.executionRate.map { Rounding.fixed($0) } ?? "",
                Rounding.fixed(project.executionScore), Rounding.fixed(project.total), project.grade,
            ]
            for row in project.indicators {
                writer.row(projectColumns + [
                    row.category, row.subcategory, row.name, row.target ?? c.label(.noneDeclared), row.actual ?? "", Rounding.fixed(row.points),
                    Rounding.fixed(row.score), c.status(of: row), WorkingText.render(row, c), row.reason ?? "", row.remedy ?? "",
                ] + (adjusted ? [row.declaredTarget ?? ""] : []))
            }
        }
        return writer.data
    }
}
