/// Why a row scored 0, in the words a reviewer reads on the form: a blank 实际完成值 or 偏差原因 cell
/// cannot tell a missing value from one not copied. Read from the rule the scorer applied (or,
/// for a scorecard read back from JSON, from the row's status); nil for a 0 that the numbers
/// explain themselves (an actual of 0, a missed deadline, a level of 未达成).
enum ZeroReason {
    static func text(_ row: IndicatorScore, _ c: MessageCatalog) -> String? {
        guard row.score == 0, row.points > 0 else { return nil }
        if let rule = row.working?.rule {
            switch rule {
            case .missingActual: return c.label(.noActualGivenScores)
            case .noTarget: return c.label(.noTargetDeclaredScores)
            case .invalidActual: return c.label(.actualNotReadableScores)
            case .numberForQualitative: return c.label(.aNumberAgainstA)
            case .noBlock: return c.label(.categoryNotInThe)
            case .outOfBand: return c.label(.percentageOutsideTheLevel)
            case .judgedOutOfRange: return c.label(.selfAssessedScoreOut)
            default: return nil
            }
        }
        return text(status: row.status, target: row.target, c)
    }

    /// From the status alone (a scorecard read back from JSON, a roll-up row): a row with no
    /// target is `invalid` by the default rules, so the target tells the two `invalid`s apart.
    static func text(status: ScoreStatus, target: String?, _ c: MessageCatalog) -> String? {
        switch status {
        case .missing: return c.label(.noActualGivenScores)
        case .invalid where target == nil: return c.label(.noTargetDeclaredScores)
        case .invalid: return c.label(.actualNotReadableScores)
        default: return nil
        }
    }

    /// A roll-up row's 偏差原因 cell: why it scored 0 (when it did), the reason, the remedy.
    static func rollupText(_ line: CommissionSummary.RowLine, _ c: MessageCatalog) -> String {
        var parts: [String] = []
        if line.score == 0, line.points > 0, let why = text(status: line.status, target: line.target, c) { parts.append(why) }
        if let reason = line.reason { parts.append(reason) }
        return parts.joined(separator: c.label(.semicolon))
    }
}
