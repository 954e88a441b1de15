import Foundation

/// `jixiao verify`: what the commission's re-check found in a submitted 自评表 — every 得分, 总分 and
/// 等级 that does not follow from the target, the actual and the 分值 under the rules, with the
/// recomputation and its working; and per project the reported and recomputed totals.
public struct VerificationReport: Sendable, Encodable {
    public struct Discrepancy: Sendable, Encodable {
        public var project: String
        /// The row's 三级指标; `预算执行` for the money row, `总分` and `等级` for the project's.
        public var indicator: String
        public var reported: String
        public var recomputed: String
        /// The working of the recomputation.
        public var basis: String
        /// The cell of the reported figure.
        public var location: String
        /// The recomputed row, whose working becomes `basis` (filled in by `Verification`).
        var row: IndicatorScore? = nil

        enum CodingKeys: String, CodingKey { case project, indicator, reported, recomputed, basis, location }
    }

    public struct ProjectCheck: Sendable, Encodable {
        public var name: String
        public var rows: Int
        public var reportedTotal: Decimal?
        public var recomputedTotal: Decimal
        public var reportedGrade: String?
        public var recomputedGrade: String
    }

    public var file: String
    public var rules: String
    public var discrepancies: [Discrepancy]
    public var projects: [ProjectCheck]
    /// The 自评失真 checks' findings on the recomputed form (`Verifier+Audit`), red first: apart from
    /// the discrepancies, which are arithmetic. JSON `audit[]` (set by `Verification` in the run's
    /// language).
    public var findings: [Diagnostic] = []
    var audit: [DiagnosticRecord] = []
    /// Everything follows.
    public var follows: Bool { discrepancies.isEmpty }
    /// A red audit finding (what `verify --strict` fails on).
    public var hasRedFindings: Bool { findings.contains { $0.auditLevel == .red } }

    enum CodingKeys: String, CodingKey { case file, rules, discrepancies, projects, audit }
}
