/// The comparison a quantitative target asks for. Strict `<` and `>` are kept as written; the
/// scoring rules decide how they are scored.
enum TargetOperator: String, Sendable, Codable, CaseIterable {
    case atLeast = "≥"
    case atMost = "≤"
    case equal = "="
    case less = "<"
    case greater = ">"
    /// A range `[value, upper]`, written `90%-100%` or `90%～100%`.
    case range = "range"
    /// A point in time to finish by (`2023年12月`, `12月底前`): met when the actual is not later.
    case by = "by"

    /// `≤` for `<` and `≥` for `>` (what a strict bound is scored as under `strictBound:
    /// "asNonStrict"`); any other operator as it is.
    var nonStrict: TargetOperator {
        switch self {
        case .less: return .atMost
        case .greater: return .atLeast
        default: return self
        }
    }

    /// Symbol and word spellings, longest first so that `>=` wins over `>` and 不超过 over 超过.
    static let spellings: [(String, TargetOperator)] = [
        ("大于或等于", .atLeast), ("小于或等于", .atMost),
        ("大于等于", .atLeast), ("小于等于", .atMost),
        ("不低于", .atLeast), ("不少于", .atLeast), ("不小于", .atLeast),
        ("不高于", .atMost), ("不超过", .atMost), ("不多于", .atMost), ("不大于", .atMost),
        (">=", .atLeast), ("=>", .atLeast), ("<=", .atMost), ("=<", .atMost), ("==", .equal),
        ("≥", .atLeast), ("≧", .atLeast), ("⩾", .atLeast), ("≤", .atMost), ("≦", .atMost), ("⩽", .atMost),
        ("等于", .equal), ("达到", .equal),
        ("低于", .less), ("少于", .less), ("小于", .less),
        ("高于", .greater), ("多于", .greater), ("超过", .greater), ("大于", .greater),
        // Look-alikes some exports print: a box-drawing double line, small forms.
        ("═", .equal), ("﹦", .equal), ("﹤", .less), ("﹥", .greater),
        ("=", .equal), ("<", .less), (">", .greater),
    ]
}
