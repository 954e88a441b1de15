import Foundation

/// A target as the scorer takes it: the operator, the value and upper bound as `Fixed`, the unit
/// looked up once. Made once per distinct target text (`DeclarationTable.scoredTargets`).
struct ScoredTarget: Sendable {
    var kind: Target.Kind
    var op: TargetOperator?
    var value: Fixed?
    var upper: Fixed?
    /// The unit's canonical spelling (`元/m²`); nil for a bare number.
    var unit: String?
    /// The unit looked up in the table; nil for a bare number.
    var measure: MeasureUnit?
    /// No operator was written (`43.2`): the rule file says which is assumed.
    var assumed: Bool
    /// The target's text as the documents show it (`Target.shownText`).
    var shownText: String

    init(_ target: Target) {
        kind = target.kind
        op = target.operator
        value = target.value.map(Fixed.init)
        upper = target.upper.map(Fixed.init)
        unit = target.unit
        measure = target.parsedUnit
        assumed = target.assumed
        shownText = target.shownText
    }
}
