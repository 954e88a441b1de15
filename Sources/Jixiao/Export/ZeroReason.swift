/// Why a row scored 0, in the words a reviewer reads on the form: a blank 实际完成值 or 偏差原因 cell
/// cannot tell a missing value from one not copied. Read from the rule the scorer applied (or,
/// for a scorecard read back from JSON, from the row's status); nil for a 0 that the numbers
/// explain themselves (an actual of 0, a missed deadline, a level of 未达成).
enum ZeroReason {
    static func text(_ row: IndicatorScore, _ c: MessageCatalog) -> String? {
        guard row.score == 0, row.points > 0 else { return nil }
        if let rule = row.working?.rule {
            switch rule {
            case .missingActual: return c.label("（未填报实际完成值，不得分）")
            case .noTarget: return c.label("（未申报指标值，不得分）")
            case .invalidActual: return c.label("（实际完成值无法识别，不得分）")
            case .numberForQualitative: return c.label("（定性指标填写了数值，无法评定，不得分）")
            case .noBlock: return c.label("（一级指标不在评分规则中，不得分）")
            case .outOfBand: return c.label("（填写的比例不在所写等级的区间内，不得分）")
            case .judgedOutOfRange: return c.label("（自评得分超出允许范围，不得分）")
            default: return nil
            }
        }
        switch row.status {
        case .missing: return c.label("（未填报实际完成值，不得分）")
        case .invalid: return c.label("（无法评分，不得分）")
        default: return nil
        }
    }
}
