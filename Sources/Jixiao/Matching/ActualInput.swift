import Foundation

/// What the scorer receives for one row: the actual already read and converted to the target's
/// unit by the matching stage. The scorer never parses text.
enum ActualInput: Hashable, Sendable {
    /// No actual was given.
    case missing
    /// An actual was given but could not be used (already reported).
    case invalid
    /// A number in the target's unit.
    case number(Fixed)
    /// A qualitative level, with the percentage written beside it, if any.
    case level(QualitativeLevel, percent: Fixed?)
    /// The unit's own score (自评得分) for a qualitative row, with the level written beside it, if any.
    case judged(Fixed, level: QualitativeLevel?)
}
