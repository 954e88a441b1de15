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
        /// A ≥ or > target below last year's actual: 指标值设定明显偏低.
        public var belowLastActual: Bool
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
    public var projects: [ProjectChange]

    public var lowered: [(project: String, indicator: IndicatorChange)] {
        projects.flatMap { project in project.indicators.filter(\.belowLastActual).map { (project.name, $0) } }
    }

    enum CodingKeys: String, CodingKey { case last, this, thisIsScorecard, projects }
}
