import Foundation

/// `jixiao monitor`: the 绩效运行监控 of a declaration at month M — every project's execution
/// to date and every row's likelihood of reaching its target.
public struct ProgressReport: Sendable, Encodable {
    public var month: Int
    /// M/12 as a percent, rounded half-up to 0.01 where shown.
    public var timeProgress: Decimal
    public var rules: String
    public var projects: [ProgressProject]
    var diagnostics: [Diagnostic] = []

    enum CodingKeys: String, CodingKey { case month, timeProgress, rules, projects }

    /// Projects behind time progress, and rows at risk or unlikely, in form order.
    public var behind: [ProgressProject] { projects.filter(\.execution.behind) }
    public var atRisk: [(project: String, row: ProgressRow)] {
        projects.flatMap { project in project.indicators.filter { $0.likelihood.needsReason }.map { (project.name, $0) } }
    }

    /// Projects the progress file says nothing about: no spending, no forecast, no row reported.
    public var unreported: [ProgressProject] {
        projects.filter { $0.spent == nil && $0.forecastSpent == nil && $0.indicators.allSatisfy(\.isUnreported) }
    }

    /// Rows with nothing reported (no value to date, forecast or judgement), and all rows.
    public var unreportedRows: Int { projects.reduce(0) { $0 + $1.indicators.filter(\.isUnreported).count } }
    public var rowCount: Int { projects.reduce(0) { $0 + $1.indicators.count } }

    /// The year the projects share, for titles.
    var year: Int?
    var supervisors: [String] = []
}
