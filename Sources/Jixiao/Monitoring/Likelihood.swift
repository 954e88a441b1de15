/// 完成目标可能性 of a row at mid-year: will the year's target be reached? Computed from the
/// figures to date where they say, else the unit's own judgement, else unknown. Chinese outputs
/// say 确定能 / 有可能 / 不可能 / 未填报.
public enum Likelihood: String, Sendable, Codable, CaseIterable {
    case likely
    case atRisk = "at-risk"
    case unlikely
    case unknown

    /// The Chinese word of the monitoring form.
    var chinese: String {
        switch self {
        case .likely: return "确定能"
        case .atRisk: return "有可能"
        case .unlikely: return "不可能"
        case .unknown: return "未填报"
        }
    }

    /// The unit's judgement as written in 完成目标可能性: 确定能 (能, 可以, 是), 有可能 (可能, 基本能),
    /// 不可能 (不能, 否), or the English words; nil for anything else.
    init?(judgement text: String) {
        let word = PrintedText.compact(PrintedText.foldWidth(text)).lowercased()
        switch word {
        case "确定能", "能", "可以", "是", "确定", "能完成", "likely": self = .likely
        case "有可能", "可能", "基本能", "较可能", "at-risk", "atrisk": self = .atRisk
        case "不可能", "不能", "否", "无法完成", "unlikely": self = .unlikely
        default: return nil
        }
    }

    /// Needs a 偏差原因 and an 改进措施 in the report.
    var needsReason: Bool { self == .atRisk || self == .unlikely }
}
