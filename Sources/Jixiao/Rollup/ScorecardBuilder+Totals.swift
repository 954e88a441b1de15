import Foundation

extension ScorecardBuilder {
    /// When a project's points do not add up to 100 (the unit's own 分值, or a rule file whose blocks
    /// do not), a warning says so; with `totals.rescaleTo100` it gives both figures of the rescaled
    /// total (`ScoringCore.totals`).
    mutating func reportPoints(_ project: Project, _ totals: ProjectTotals, execution: ExecutionScore, at location: SourceLocation) {
        guard totals.points != 100 else { return }
        let figures = [project.name, Rounding.fixed(totals.points), Rounding.fixed(execution.points), Rounding.fixed(totals.rowPoints)]
        if totals.rescaled {
            diagnostics.append(Diagnostic(code: .pointsRescaled, severity: .warning, location: location,
                                          arguments: figures + [Rounding.fixed(totals.sum), Rounding.fixed(totals.total)])
                .about(project: project.name))
        } else {
            diagnostics.append(Diagnostic(code: .pointsNot100, severity: .warning, location: location, arguments: figures)
                .about(project: project.name))
        }
    }
}
