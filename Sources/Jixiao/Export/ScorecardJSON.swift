import Foundation

/// `score --format json`: the scorecard as pretty-printed JSON with sorted keys, so that the same
/// inputs always give the same bytes. Amounts and scores are JSON numbers (exact decimals);
/// `executionRate` is a percentage. `deviations[]` lists the rows below full points and the
/// over-achievements, each with its 偏差原因 or `explained: false`.
public enum ScorecardJSON {
    struct Document: Encodable {
        var unit: Unit
        var rules: Scorecard.Rules
        var projects: [ProjectScore]
        var deviations: [Deviation]
        var need: [GradePlan]?
        var diagnostics: [DiagnosticRecord]
    }

    struct Unit: Encodable {
        var name: String
        var score: Decimal
        var grade: String
        var budget: Decimal
        var spent: Decimal
        var executionRate: Decimal?
        var projects: Int
        var grades: [String: Int]
        var statuses: [String: Int]
    }

    /// `plans` (from `--need`) are written as `need[]` when given.
    public static func encode(_ scorecard: Scorecard, language: Language, plans: [GradePlan]? = nil) -> Data {
        let u = scorecard.unit
        let unit = Unit(name: u.name, score: u.score, grade: u.grade, budget: u.budget, spent: u.spent,
                        executionRate: u.executionRate, projects: u.projects,
                        grades: Dictionary(uniqueKeysWithValues: u.grades.map { ($0.name, $0.count) }),
                        statuses: Dictionary(uniqueKeysWithValues: u.statuses.map { ($0.name, $0.count) }))
        let document = Document(unit: unit, rules: scorecard.rules, projects: scorecard.projects,
                                deviations: scorecard.deviations, need: plans,
                                diagnostics: scorecard.diagnostics.sortedForOutput().map { DiagnosticRecord($0, language: language) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(document)) ?? Data()
        data.append(0x0A)
        return data
    }
}
