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
    public var projects: [ProjectLine]
    /// Project grades across all units, in cut-off order.
    public var grades: [String: Int]
    /// The grade cut-offs used (the first scorecard's), highest first.
    public var cutoffs: [GradeCutoff]
    public var belowFull: [RowLine]
    /// The years and the 主管部门 the units' projects name, for the documents' titles.
    public var years: [Int] = []
    public var supervisors: [String] = []

    /// Grade names in cut-off order.
    public var gradeOrder: [String] { cutoffs.map(\.grade) }
}
