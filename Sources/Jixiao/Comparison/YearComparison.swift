import Foundation

/// `jixiao compare LAST THIS`: a year against the one before — per project and indicator the
/// change in target, actual and score, the indicators and projects dropped or added, and every new
/// target set below what was already achieved last year (指标值设定明显偏低).
public struct YearComparison: Sendable, Encodable {
    public enum Change: String, Sendable, Encodable {
        case kept, added, dropped
    }

    public struct IndicatorChange: Sendable, Encodable {
        public var category: String
        public var name: String
        public var change: Change
        public var lastTarget: String?
        public var thisTarget: String?
        public var lastActual: String?
        public var thisActual: String?
        public var lastScore: Decimal?
        public var thisScore: Decimal?
        /// The target's text changed (compared without white space).
        public var targetChanged: Bool
        /// A ≥ or > target below last year's actual.
        public var belowLastActual: Bool
        /// …by more than `comparison.lowMargin` percent of the target: 指标值设定明显偏低 (else 略低).
        public var clearlyBelow: Bool
    }

    public struct ProjectChange: Sendable, Encodable {
        public var name: String
        public var change: Change
        public var lastBudget: Decimal?
        public var thisBudget: Decimal?
        public var lastTotal: Decimal?
        public var thisTotal: Decimal?
        public var indicators: [IndicatorChange]
    }

    /// The two inputs as named, and whether THIS was a scorecard (with actuals and scores) or a declaration.
    public var last: String
    public var this: String
    public var thisIsScorecard: Bool
    /// The unit and the two years, as the inputs print them (nil where a form has no year line).
    public var unit: String
    public var lastYear: Int?
    public var thisYear: Int?
    /// `comparison.lowMargin` of the rule file the comparison was made with.
    public var lowMargin: Decimal
    public var projects: [ProjectChange]

    /// Targets set clearly below last year's actual (指标值设定明显偏低).
    public var lowered: [(project: String, indicator: IndicatorChange)] {
        projects.flatMap { project in project.indicators.filter(\.clearlyBelow).map { (project.name, $0) } }
    }

    /// Targets below last year's actual within the margin (略低).
    public var slightlyLowered: [(project: String, indicator: IndicatorChange)] {
        projects.flatMap { project in project.indicators.filter { $0.belowLastActual && !$0.clearlyBelow }.map { (project.name, $0) } }
    }

    enum CodingKeys: String, CodingKey { case last, this, thisIsScorecard, unit, lastYear, thisYear, lowMargin, projects }
}
