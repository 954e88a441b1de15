import Foundation

/// `score --format csv`: one row per indicator, each with its project's columns, for pivot tables.
/// UTF-8 with BOM; formula guard and quoting as `CSVWriter` documents (`=100.00(%)` is written
/// after an invisible zero-width space). Amounts and scores are plain numbers with two decimals.
public enum ScorecardCSV {
    public static let header: [Label] = [
        .unit, .projectName, .supervisingDepartment, .budget, .spent, .executionRatePercent, .executionScore, .total, .grade,
        .category, .subcategory, .indicator, .target, .actual, .points, .score, .status, .working, .deviationReason, .remedy,
    ]

    public static func csv(_ scorecard: Scorecard, language: Language) -> Data {
        let c = MessageCatalog.for(language)
        var writer = CSVWriter()
        writer.row(header.map { c.label($0) })
        for project in scorecard.projects {
            let projectColumns = [
                project.unit, project.name, project.supervisor, Rounding.fixed(project.budget),
                project.spent.map { Rounding.fixed($0) } ?? "", project.executionRate.map { Rounding.fixed($0) } ?? "",
                Rounding.fixed(project.executionScore), Rounding.fixed(project.total), project.grade,
            ]
            for row in project.indicators {
                writer.row(projectColumns + [
                    row.category, row.subcategory, row.name, row.target ?? c.label(.noneDeclared), row.actual ?? "", Rounding.fixed(row.points),
                    Rounding.fixed(row.score), c.status(of: row), WorkingText.render(row, c), row.reason ?? "", row.remedy ?? "",
                ])
            }
        }
        return writer.data
    }
}
