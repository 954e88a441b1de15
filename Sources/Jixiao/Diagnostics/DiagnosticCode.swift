/// Every diagnostic jixiao can give, with a stable code (`JX` + area + number) that users can
/// search for and scripts can match. The message text for each code lives in the message
/// catalogs, one per language (`MessageCatalog+English.swift`, `MessageCatalog+Chinese.swift`).
public enum DiagnosticCode: String, Sendable, CaseIterable, Codable {
    // Files and encodings (JX0xx)
    case fileUnreadable = "JX001"
    case notText = "JX002"

    // Declaration text (JX1xx)
    case noForm = "JX101"
    case missingTarget = "JX102"
    case repeatedIndicator = "JX103"
    case unexpectedLine = "JX104"
    case missingField = "JX105"
    case badAmount = "JX106"
    case extraCells = "JX107"
    case targetWithoutName = "JX108"
    case rowOutsideTable = "JX109"
    case missingSubcategory = "JX110"
    case declarationJSON = "JX111"
    case emptyProjectTable = "JX112"

    // Target expressions (JX2xx)
    case targetNoNumber = "JX201"
    case targetTooManyDigits = "JX202"
    case targetMisplacedSeparator = "JX203"
    case targetUnreadableUnit = "JX204"
    case targetRangeUnitsDiffer = "JX205"
    case targetRangeReversed = "JX206"

    /// The severity a diagnostic of this code has unless the caller says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .missingTarget, .repeatedIndicator, .missingField, .missingSubcategory, .emptyProjectTable:
            return .warning
        case .targetNoNumber, .targetTooManyDigits, .targetMisplacedSeparator, .targetUnreadableUnit,
             .targetRangeUnitsDiffer, .targetRangeReversed:
            return .warning
        default:
            return .error
        }
    }
}
