import Foundation

/// Where points were lost: Σ (分值 − 得分) by 一级指标 (with 预算执行 as its own line) and by
/// project, from the scorecard's rounded figures, so the parts add up to 100 − the totals. The
/// points are added as they are, not weighted by budget (the headline score is): the charts say so.
enum LostPoints {
    struct Line: Hashable, Sendable {
        var name: String
        var lost: Decimal
    }

    static func byCategory(_ scorecard: Scorecard) -> [Line] {
        var order: [String] = ["预算执行"]
        var lost: [String: Decimal] = ["预算执行": 0]
        for project in scorecard.projects {
            lost["预算执行", default: 0] += project.executionPoints - project.executionScore
            for row in project.indicators {
                if lost[row.category] == nil { order.append(row.category) }
                lost[row.category, default: 0] += row.points - row.score
            }
        }
        return order.map { Line(name: $0, lost: lost[$0] ?? 0) }
    }

    static func byProject(_ scorecard: Scorecard) -> [Line] {
        scorecard.projects.map { project in
            // Points less the shown scores (before any rescaling to 100), so the lines add up to the
            // losses by category.
            Line(name: project.name, lost: project.totals.map { ($0.points - $0.sum).decimal } ?? 0)
        }
    }

    static func section(_ scorecard: Scorecard, _ c: MessageCatalog) -> String {
        let categories = byCategory(scorecard)
        let projects = byProject(scorecard)
        let maximum = max(categories.map(\.lost).max() ?? 0, projects.map(\.lost).max() ?? 0, 1)
        let byCategoryChart = BarChart(bars: categories.map { BarChart.Bar(label: c.text($0.name), value: $0.lost, color: "#c62828") },
                                       maximum: maximum)
        let byProjectChart = BarChart(bars: projects.map { BarChart.Bar(label: $0.name, value: $0.lost, color: "#ef6c00") },
                                      maximum: maximum)
        return "<h3>" + c.label(.byCategoryPointsLost) + "</h3>" + byCategoryChart.svg(title: c.label(.pointsLostByCategory))
            + "<h3>" + c.label(.byProjectPointsScores) + "</h3>" + byProjectChart.svg(title: c.label(.pointsLostByProject))
    }
}
