import Foundation

/// Shared wording of the monitoring outputs: a likelihood in the document's language, and the
/// month's column heads (`1-7月完成值`).
enum ProgressText {
    static func likelihood(_ value: Likelihood?, _ c: MessageCatalog) -> String {
        guard let value else { return "" }
        return c.text(value.chinese)
    }

    static func monthHead(_ key: Label, month: Int, _ c: MessageCatalog) -> String { c.label(key, c.month(month)) }

    /// What the progress file covers: `11 个项目中 9 个未报送进度；174 行指标中 170 行未填报。`
    static func reportedLine(_ report: ProgressReport, _ c: MessageCatalog) -> String {
        c.label(.reportedLine, String(report.projects.count), String(report.unreported.count),
                String(report.rowCount), String(report.unreportedRows))
    }

    static func rate(_ value: Decimal?) -> String { value.map { Rounding.fixed($0) + "%" } ?? "—" }

    /// `2026年度 上海市公积金管理中心 绩效运行监控（1-7月）`.
    static func title(_ report: ProgressReport, _ c: MessageCatalog) -> String {
        let heading = ScorecardHeading(years: report.year.map { [$0] } ?? [], supervisors: report.projects.map(\.unit))
        return heading.title(.monitoringTitle, unit: heading.supervisors.joined(separator: c.label(.listSeparator)), c)
            + c.label(.monthsToDate, c.month(report.month))
    }

    /// The expected value to date of a cumulative row, in the target's unit.
    static func expected(_ row: ProgressRow) -> String {
        row.expected.map { Rounding.fixed($0) } ?? ""
    }
}
