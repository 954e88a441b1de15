import Foundation

/// Rolls project totals up to the unit: Σ budget·total / Σ budget (rule `rollup.weighting:
/// budget`; no official rule exists, budget-weighted is the usual view) or the plain mean
/// (`equal`), rounded half-up to 0.01, and graded by the same cut-offs as projects.
enum UnitRollup {
    static func unit(_ projects: [ProjectScore], rules: RuleSet) -> UnitScore {
        let budget = projects.reduce(Decimal(0)) { $0 + $1.budget }
        let spent = projects.reduce(Decimal(0)) { $0 + ($1.spent ?? 0) }
        let score = Rounding.halfUp(weightedMean(projects.map { ($0.total, $0.budget) }, weighting: rules.rollup))
        var names: [String] = []
        for project in projects where !project.unit.isEmpty && names.last != project.unit && !names.contains(project.unit) {
            names.append(project.unit)
        }
        names.sort()
        let gradeCounts = rules.grades.map { cutoff in
            UnitScore.Count(name: cutoff.grade, count: projects.filter { $0.grade == cutoff.grade }.count)
        }
        var byStatus: [ScoreStatus: Int] = [:]
        for project in projects {
            for row in project.indicators { byStatus[row.status, default: 0] += 1 }
        }
        let statusCounts = ScoreStatus.allCases.map { UnitScore.Count(name: $0.rawValue, count: byStatus[$0] ?? 0) }
        return UnitScore(name: names.joined(separator: "、"), score: score, grade: rules.grade(for: score),
                         budget: budget, spent: spent,
                         executionRate: budget > 0 ? Rounding.halfUp(spent / budget * 100) : nil,
                         projects: projects.count, grades: gradeCounts, statuses: statusCounts)
    }

    /// Σ weight·value / Σ weight, or the plain mean when weighting is equal or the weights sum to 0.
    static func weightedMean(_ items: [(value: Decimal, weight: Decimal)],
                                    weighting: RuleSet.RollupWeighting) -> Decimal {
        guard !items.isEmpty else { return 0 }
        let weightSum = items.reduce(Decimal(0)) { $0 + $1.weight }
        if weighting == .budget && weightSum > 0 {
            return items.reduce(Decimal(0)) { $0 + $1.value * $1.weight } / weightSum
        }
        return items.reduce(Decimal(0)) { $0 + $1.value } / Decimal(items.count)
    }
}
