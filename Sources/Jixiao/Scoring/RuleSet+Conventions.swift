import Foundation

/// The conventions units follow in practice, each a rule-file key (documented with its source in
/// `scoring-rules/mof-2020.json5` and `scoring-rules/county-practice.json5`).
extension RuleSet {
    /// How a computed row score is rounded (`rounding` in the file). Full points are never rounded.
    struct ScoreRounding: Hashable, Sendable {
        enum Mode: String, Hashable, Sendable, CaseIterable {
            /// Half away from zero (the default; 2.675 → 2.68).
            case halfUp
            /// Cut: the digits beyond `places` are dropped (9.62 → 9 at 0 places).
            case truncate
        }

        var mode: Mode
        /// 0, 1 or 2 decimals.
        var places: Int

        static let standard = ScoreRounding(mode: .halfUp, places: 2)

        func apply(_ value: Decimal) -> Decimal {
            switch mode {
            case .halfUp: return Rounding.halfUp(value, places: places)
            case .truncate: return Rounding.truncated(value, places: places)
            }
        }
    }

    /// What a target written as a bare number (`43.2`, `90%`, `20万元`) is scored as
    /// (`quantitative.bareNumber`): `assume` in general (an amount to reach: ≥), `cost` under
    /// 成本指标 (a ceiling: ≤). A bare 0 stays `= 0` (nothing is the target).
    struct BareNumber: Hashable, Sendable {
        var assume: TargetOperator
        var cost: TargetOperator
        static let standard = BareNumber(assume: .atLeast, cost: .atMost)
    }

    /// What a strict target (`<`, `>`) scores when its bound is not passed: the actual at the bound
    /// or on its wrong side (`quantitative.strictBound`). Such a row is 未达成 either way.
    enum StrictBound: String, Hashable, Sendable, CaseIterable {
        /// Points as for `≤`/`≥` (full at the bound, the reverse or proportional formula past it):
        /// the practice of vendor modules; the default.
        case asNonStrict
        /// 0: the bound is a promise kept or not.
        case zero
    }

    /// What a row without a declared target scores (`noTarget`).
    enum NoTargetScore: String, Hashable, Sendable, CaseIterable {
        /// 0, with a warning (the default: there is nothing to compare the actual with).
        case zero
        /// Full points, with a warning (seen on county forms).
        case full
    }

    /// How 预算执行 is scored (`execution.scoring`).
    enum ExecutionScoring: Hashable, Sendable {
        /// points × min(spent / budget, 1) (the default).
        case proportional
        /// Full points from `fullFrom` percent; below it, `perPercentPoint` points off for each
        /// percentage point short, down to 0.
        case steps(fullFrom: Decimal, perPercentPoint: Decimal)
    }
}
