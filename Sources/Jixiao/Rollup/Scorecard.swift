import Foundation

/// A unit's scored year: the unit line, the projects, the rule file used, and every diagnostic.
public struct Scorecard: Hashable, Sendable {
    /// The rule file's name and title, the path it was read from, and its grade cut-offs (so that
    /// a commission roll-up of several scorecards grades the same way).
    public struct Rules: Hashable, Sendable, Codable {
        public var name: String
        public var title: String
        public var file: String
        public var grades: [Cutoff]
    }

    public struct Cutoff: Hashable, Sendable, Codable {
        public var grade: String
        public var min: Decimal
    }

    public var unit: UnitScore
    public var rules: Rules
    public var projects: [ProjectScore]
    public var diagnostics: [Diagnostic]
}
