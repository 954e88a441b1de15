/// What a unit measures. Quantities convert only within one dimension.
///
/// Counts are not interchangeable (`件` is not `人`), so each count word is a dimension of its own;
/// so is any unit the table does not know. Calendar durations (月, 年) are kept apart from clock
/// durations (分钟, 小时, 天) because a month has no fixed number of days.
indirect enum Dimension: Hashable, Sendable, CustomStringConvertible {
    case money
    case percent
    case area
    case length
    case mass
    case volume
    case clockTime
    case calendarTime
    case count(String)
    case unknown(String)
    case ratio(Dimension, Dimension)
    /// 人·月: a count of one thing times another.
    case product(Dimension, Dimension)

    var description: String {
        switch self {
        case .money: return "money"
        case .percent: return "percent"
        case .area: return "area"
        case .length: return "length"
        case .mass: return "mass"
        case .volume: return "volume"
        case .clockTime: return "duration"
        case .calendarTime: return "calendar duration"
        case .count(let word): return "count of \(word)"
        case .unknown(let word): return "unit \(word)"
        case .ratio(let a, let b): return "\(a) per \(b)"
        case .product(let a, let b): return "\(a) times \(b)"
        }
    }
}
