import Foundation

/// One year as `compare` sees it: from a scorecard (targets, actuals, scores) or a declaration
/// (targets only).
struct YearSide: Sendable {
    struct Indicator: Sendable {
        var category: String
        var name: String
        var target: String?
        /// The target declared at the start of the year, when `target` is its adjustment.
        var declaredTarget: String? = nil
        var actual: String?
        var score: Decimal?
        var line: Int
    }

    struct Project: Sendable {
        var name: String
        var budget: Decimal
        var total: Decimal?
        var indicators: [Indicator]
    }

    var projects: [Project]
    var isScorecard: Bool
    /// The budget unit (实施单位) and the year of the forms, from the first project that prints them.
    var unit: String
    var year: Int?

    init(scorecard: [ProjectScore]) {
        projects = scorecard.map { project in
            Project(name: project.name, budget: project.budget, total: project.total, indicators: project.indicators.map {
                Indicator(category: $0.category, name: $0.name, target: $0.target, declaredTarget: $0.declaredTarget, actual: $0.actual,
                          score: $0.score, line: $0.line)
            })
        }
        isScorecard = true
        unit = scorecard.first { !$0.unit.isEmpty }?.unit ?? ""
        year = scorecard.lazy.compactMap(\.year).first
    }

    init(declaration: Declaration) {
        projects = declaration.projects.map { project in
            Project(name: project.name, budget: project.funds.total, total: nil, indicators: project.indicators.map {
                Indicator(category: $0.category, name: $0.name, target: $0.target?.shownText, declaredTarget: $0.declaredTarget?.shownText,
                          actual: nil, score: nil, line: $0.line)
            })
        }
        isScorecard = false
        unit = declaration.projects.first { !$0.unit.isEmpty }?.unit ?? ""
        year = declaration.projects.lazy.compactMap(\.year).first
    }
}
