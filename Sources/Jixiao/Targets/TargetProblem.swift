/// Why a target that looked quantitative could not be read as one. The target is then kept as
/// qualitative text and the caller reports the problem with the target's location.
enum TargetProblem: Hashable, Sendable {
    /// An operator with no readable number after it (`≥`, `≥%`, `≥9..5%`).
    case noNumber(String)
    /// More digits than `DecimalLiteral.maxDigits`.
    case tooManyDigits(Int)
    /// A comma that is not a thousands separator (`1,2,3`).
    case misplacedSeparator
    /// Text after the number that is not a unit (`≥95%左右的`, `=1(2)`).
    case unreadableUnit(String)
    /// A range whose two ends carry different units (`90%-100件`).
    case rangeUnitsDiffer(String, String)
    /// A range whose lower end is above its upper end.
    case rangeReversed
    /// A deadline on a day the calendar does not have (`9月31日前`), written back as numbers.
    case impossibleDate(String)
    /// Text that holds a comparison and a number but is not a target jixiao can read
    /// (`((≥90%))`, `约≥90%`): kept as text, and worth a look.
    case comparisonInText

    /// The diagnostic code for this problem and the values that fill its message after the target
    /// text, which the caller puts first (`{0}`).
    var diagnostic: (DiagnosticCode, [String]) {
        switch self {
        case .noNumber(let rest): return (.targetNoNumber, [rest])
        case .tooManyDigits(let n): return (.targetTooManyDigits, [String(n), String(DecimalLiteral.maxDigits)])
        case .misplacedSeparator: return (.targetMisplacedSeparator, [])
        case .unreadableUnit(let unit): return (.targetUnreadableUnit, [unit])
        case .rangeUnitsDiffer(let a, let b): return (.targetRangeUnitsDiffer, [a, b])
        case .rangeReversed: return (.targetRangeReversed, [])
        case .comparisonInText: return (.targetComparisonInText, [])
        case .impossibleDate(let day): return (.targetImpossibleDate, [day])
        }
    }
}
