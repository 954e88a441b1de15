import Foundation
@testable import Jixiao

/// A `Fixed` from its text (`fx("16.67")`), nil when the text is not a number: the tests' literal
/// for the data path's numbers.
func fx(_ text: String) -> Fixed? { Fixed.parseWhole(text) }

extension IndicatorScorer {
    /// One row scored from the model's target and a rule set, as the tests write it.
    static func score(target: Target?, actual: ActualInput, points: Fixed, rules: RuleSet) -> RowScore {
        score(target: target.map(ScoredTarget.init), actual: actual, points: points, context: ScoringContext(rules))
    }
}
