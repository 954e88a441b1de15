import Foundation

extension ScorecardBuilder {
    /// The project total: the sum of the shown row scores and the execution score. When the points
    /// do not add up to 100 (the unit's own 分值, or a rule file whose blocks do not), a warning says
    /// so; with `totals.rescaleTo100` the total is rescaled to 100 points (rounded as rows are),
    /// and the warning gives both figures.
    mutating func total(_ project: Project, rows: [IndicatorScore], executionPoints: Decimal, executionScore: Decimal,
                        at location: SourceLocation) -> Decimal {
        let rowPoints = rows.reduce(Decimal(0)) { $0 + $1.points }
        let points = executionPoints + rowPoints
        let sum = rows.reduce(executionScore) { $0 + $1.score }
        guard points != 100 else { return sum }
        let figures = [project.name, Rounding.fixed(points), Rounding.fixed(executionPoints), Rounding.fixed(rowPoints)]
        guard rules.rescaleTo100, points > 0 else {
            diagnostics.append(Diagnostic(code: .pointsNot100, severity: .warning, location: location, arguments: figures)
                .about(project: project.name))
            return sum
        }
        let rescaled = min(rules.rounding.apply(sum * 100 / points), 100)
        diagnostics.append(Diagnostic(code: .pointsRescaled, severity: .warning, location: location,
                                      arguments: figures + [Rounding.fixed(sum), Rounding.fixed(rescaled)])
            .about(project: project.name))
        return rescaled
    }
}
