/// The 偏差原因分析及改进措施 cell of a submitted form, read back into the 偏差原因 and the 改进措施
/// a unit gave. jixiao's own forms write into that cell, in Chinese or English, what a reviewer
/// should not have to ask (`SelfAssessmentSheet.deviationText`): 未说明偏差原因 for a row without
/// one, 单位自评得分 before a reason on a row the unit scored itself, why a row scored 0, and
/// `；改进措施：` before the remedy. Those words are not the unit's reason and are taken off; a
/// form of another maker's is read as it stands (its whole cell is the reason).
enum SubmittedReason {
    /// (偏差原因, 改进措施), each nil when not given.
    static func parse(_ cell: String) -> (reason: String?, remedy: String?) {
        var text = PrintedText.trimmed(cell)
        let catalogs = [MessageCatalog.chinese, MessageCatalog.english]
        if catalogs.contains(where: { text == $0.label(.noDeviationReasonGiven) || text == $0.label(.noDeviationReasonGivenBracketed) }) {
            return (nil, nil)
        }
        // The words jixiao puts before the reason, each followed by `；` or alone in the cell.
        var stripped = true
        while stripped {
            stripped = false
            for c in catalogs {
                for label in prefixes where text.hasPrefix(c.label(label)) {
                    var rest = text.dropFirst(c.label(label).count)
                    if rest.hasPrefix(c.label(.semicolon)) { rest = rest.dropFirst(c.label(.semicolon).count) } else if !rest.isEmpty { continue }
                    text = PrintedText.trimmed(String(rest))
                    stripped = true
                }
            }
        }
        for c in catalogs {
            if text.hasPrefix(c.label(.remedyLabel)) {
                return (nil, nonEmpty(String(text.dropFirst(c.label(.remedyLabel).count))))
            }
            if let split = text.range(of: c.label(.remedyAfterReason)) {
                return (nonEmpty(String(text[..<split.lowerBound])), nonEmpty(String(text[split.upperBound...])))
            }
        }
        return (nonEmpty(text), nil)
    }

    /// 单位自评得分 and the reasons for a 0 (`ZeroReason`), which come before the unit's reason.
    static let prefixes: [Label] = [.scoreJudgedByThe, .noActualGivenScores, .noTargetDeclaredScores, .actualNotReadableScores,
                                    .aNumberAgainstA, .categoryNotInThe, .percentageOutsideTheLevel, .selfAssessedScoreOut]

    static func nonEmpty(_ text: String) -> String? {
        let trimmed = PrintedText.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
