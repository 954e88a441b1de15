/// How a row status is named for finance officers.
public enum StatusText {
    public static func chinese(_ status: String) -> String {
        switch ScoreStatus(rawValue: status) {
        case .met: return "达成（met）"
        case .partial: return "部分达成（partial）"
        case .unmet: return "未达成（unmet）"
        case .missing: return "未填实际值（missing）"
        case .invalid: return "无法计分（invalid）"
        case nil: return status
        }
    }
}
