import Foundation

/// Why a row got its likelihood, with the figures a reader needs to check it.
public enum ProgressBasis: String, Sendable, Codable {
    /// A cumulative row (≥ or ≤ in money, counts, area, volume …): the value to date against
    /// expected = target × M/12, with the tolerance.
    case cumulative
    /// A ≥ row whose forecast is below the target, or a ≤ row whose forecast or value passes it.
    case forecast
    /// A rate, a time limit, an `=` milestone or a qualitative row: the value as it stands.
    case asItStands = "as-it-stands"
    /// No value to date: the unit's own judgement.
    case judgement
    /// Nothing given, or no target.
    case nothing
}
