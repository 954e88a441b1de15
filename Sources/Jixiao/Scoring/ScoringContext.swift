import Foundation

/// A rule file's numbers as the integer scorer uses them (`Fixed`), made once per run rather than
/// once per row.
struct ScoringContext: Sendable {
    let rules: RuleSet
    /// Percent of W for 达成, 部分达成, 未达成, and the lower ends of the 达成 and 部分达成 bands.
    let met: Fixed
    let partial: Fixed
    let unmet: Fixed
    let metMinimum: Fixed
    let partialMinimum: Fixed
    let overAchievementRatio: Fixed?
    let overAchievementDeduct: Fixed
    let tolerance: Fixed
    let places: Int
    let mode: Fixed.RoundingMode
    /// The grade cut-offs, highest first.
    let cutoffs: [(grade: String, minimum: Fixed)]

    init(_ rules: RuleSet) {
        self.rules = rules
        met = Fixed(rules.qualitative.met)
        partial = Fixed(rules.qualitative.partial)
        unmet = Fixed(rules.qualitative.unmet)
        metMinimum = Fixed(rules.qualitative.metMinimum)
        partialMinimum = Fixed(rules.qualitative.partialMinimum)
        overAchievementRatio = rules.overAchievementRatio.map(Fixed.init)
        overAchievementDeduct = Fixed(rules.overAchievementDeduct)
        tolerance = Fixed(rules.tolerance)
        places = rules.rounding.places
        mode = rules.rounding.mode == .truncate ? .truncate : .halfUp
        cutoffs = rules.grades.map { ($0.grade, Fixed($0.minimum)) }
    }

    /// The grade a total earns (the last when none is reached), as `GradeCutoff.grade(for:)`.
    func grade(for total: Fixed) -> String {
        (cutoffs.first { total >= $0.minimum } ?? cutoffs.last)?.grade ?? ""
    }

    /// x·y/z rounded as the rule file rounds row scores.
    func rounded(_ quotient: ScoreQuotient) -> Fixed {
        let value = Fixed.quotient(quotient.x, quotient.y, quotient.z, places: places, mode: mode) ?? .zero
        return quotient.flooredAtZero ? max(value, .zero) : value
    }

    /// A value rounded as the rule file rounds row scores.
    func rounded(_ value: Fixed) -> Fixed { value.rounded(places, mode) }
}
