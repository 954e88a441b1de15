import Foundation

/// A grade and the lowest total that earns it (`grades[]` of a rule file, and of a scorecard so that
/// the commission grades the way the units did). Written `{ grade, min }` in files.
public struct GradeCutoff: Hashable, Sendable, Codable {
    public var grade: String
    public var minimum: Decimal

    public init(grade: String, minimum: Decimal) {
        self.grade = grade
        self.minimum = minimum
    }

    enum CodingKeys: String, CodingKey {
        case grade
        case minimum = "min"
    }
}

extension Array where Element == GradeCutoff {
    /// The cut-off a total reaches (highest first; the last when none is reached).
    public func cutoff(for total: Decimal) -> GradeCutoff? {
        first { total >= $0.minimum } ?? last
    }

    /// The grade a total earns: the one look-up every output uses.
    public func grade(for total: Decimal) -> String { cutoff(for: total)?.grade ?? "" }
}
