import Foundation

/// What-if (`score --need GRADE`): for a project below a grade, the fewest rows whose full points
/// would lift its total to the grade's cut-off. Rows are taken greedily by points lost, largest
/// first, which gives the fewest rows (any smaller set loses less). 预算执行 counts as a row. Only
/// rows that can still earn their points are proposed: a row without a declared target scores
/// nothing whatever its actual (JX322), so it is left out.
public struct GradePlan: Hashable, Sendable, Decodable {
    public struct Step: Hashable, Sendable, Decodable {
        public var indicator: String
        public var lost: Decimal
    }

    public var project: String
    public var total: Decimal
    public var grade: String
    public var wanted: String
    public var cutoff: Decimal
    /// Points missing to the cut-off.
    public var gap: Decimal
    public var steps: [Step]
    /// False when even full points on every row would not reach the cut-off.
    public var reachable: Bool

    /// Plans for every project below `wanted`; nil when the rule file has no such grade.
    public static func plans(_ scorecard: Scorecard, wanted: String) -> [GradePlan]? {
        guard let cutoff = scorecard.rules.grades.first(where: { $0.grade == wanted })?.minimum else { return nil }
        return scorecard.projects.filter { $0.total < cutoff }.map { project in
            var candidates = project.indicators.filter { $0.score < $0.points && $0.target != nil }
                .map { Step(indicator: $0.name, lost: $0.points - $0.score) }
            if project.executionScore < project.executionPoints {
                candidates.append(Step(indicator: "预算执行", lost: project.executionPoints - project.executionScore))
            }
            candidates = candidates.enumerated().sorted { a, b in
                a.element.lost != b.element.lost ? a.element.lost > b.element.lost : a.offset < b.offset
            }.map(\.element)
            let gap = cutoff - project.total
            var gained = Decimal(0)
            var steps: [Step] = []
            for candidate in candidates where gained < gap {
                steps.append(candidate)
                gained += candidate.lost
            }
            return GradePlan(project: project.name, total: project.total, grade: project.grade, wanted: wanted, cutoff: cutoff,
                             gap: gap, steps: steps, reachable: gained >= gap)
        }
    }

    /// The plan in a few lines of text.
    public func text(language: Language) -> String {
        let c = MessageCatalog.for(language)
        var out = c.phrase(.needProject, project, Rounding.fixed(total), grade, wanted, "\(cutoff)", Rounding.fixed(gap))
        if !reachable { return out + c.phrase(.needUnreachable) + "\n" }
        out += c.phrase(steps.count == 1 ? .needOneRow : .needRows, String(steps.count)) + "\n"
        for step in steps {
            let name = step.indicator == "预算执行" ? c.label(.budgetExecution) : step.indicator
            out += "  - \(name) (+\(Rounding.fixed(step.lost)))\n"
        }
        return out
    }
}
