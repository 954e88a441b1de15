import Foundation

/// 主管部门 roll-up: the scorecards of several units combined into one summary.
public struct CommissionSummary: Sendable, Encodable {
    public struct UnitLine: Sendable, Encodable {
        public var name: String
        public var file: String
        public var budget: Decimal
        public var spent: Decimal
        public var executionRate: Decimal?
        public var score: Decimal
        public var grade: String
        public var projects: Int
        /// Audit findings of the unit's scorecard, red and yellow.
        public var red: Int = 0
        public var yellow: Int = 0
        /// With a 部门整体 form: `score` is the department form's and this the unit's projects'
        /// average beside it; nil (absent from the JSON) without one.
        public var projectAverage: Decimal? = nil
    }

    /// A project the commission should re-check first (`CommissionRollup.recheck`): its red and
    /// yellow findings, its money, and the first finding's message as the reason.
    public struct RecheckLine: Sendable, Encodable {
        public var unit: String
        public var project: String
        public var red: Int
        public var yellow: Int
        public var budget: Decimal
        /// The first finding: its code and figures (worded again in the roll-up's language), and
        /// its message as the scorecard wrote it (used for a code this build does not know).
        public var code: String
        public var figures: [String]
        public var reason: String

        /// The reason in the catalog's language.
        public func reason(_ c: MessageCatalog) -> String {
            guard !figures.isEmpty, let known = DiagnosticCode(rawValue: code) else { return reason }
            return c.render(known, figures)
        }
    }

    public struct ProjectLine: Sendable, Encodable {
        public var unit: String
        public var name: String
        public var budget: Decimal
        public var spent: Decimal?
        public var total: Decimal
        public var grade: String
    }

    /// An indicator below full points, in any unit.
    public struct RowLine: Sendable, Encodable {
        public var unit: String
        public var project: String
        public var indicator: String
        public var target: String?
        public var actual: String?
        public var points: Decimal
        public var score: Decimal
        public var status: ScoreStatus
        public var reason: String?
        public var remedy: String?
    }

    public var score: Decimal
    public var grade: String
    public var budget: Decimal
    public var spent: Decimal
    public var executionRate: Decimal?
    public var rules: [String]
    public var units: [UnitLine]
    /// True when a unit handed in a 部门整体 form: the documents then show 项目平均分 beside the scores.
    public var hasProjectAverages: Bool { units.contains { $0.projectAverage != nil } }
    public var projects: [ProjectLine]
    /// Project grades across all units, in cut-off order.
    public var grades: [String: Int]
    /// The grade cut-offs used (the first scorecard's), highest first.
    public var cutoffs: [GradeCutoff]
    public var belowFull: [RowLine]
    /// The re-check sample: projects with audit findings, most urgent first (`--sample N` of them).
    public var recheck: [RecheckLine] = []
    /// The years and the 主管部门 the units' projects name, for the documents' titles.
    public var years: [Int] = []
    public var supervisors: [String] = []

    /// Grade names in cut-off order.
    public var gradeOrder: [String] { cutoffs.map(\.grade) }
}
