/// Words that say nothing happened, written as the actual of a number target (`小于3次` with the
/// actual `无投诉`): read as 0 in the target's unit, with a warning. A text that says the figure is
/// unknown (`无法统计`, `无数据`) is not one of them: it stays unreadable.
enum NoneWords {
    /// A whole cell that means none.
    static let whole: Set<String> = ["无", "零", "没有", "未发生", "未出现", "无发生", "没有发生", "均未发生", "从未发生"]
    /// How a phrase of none begins (`无投诉`, `零事故`, `未发生安全事故`, `没有发生重大事故`) …
    static let openings = ["无", "零", "没有", "未发生", "未出现"]
    /// … unless it says the figure is unknown.
    static let unknown = ["无法", "无数据", "无统计", "无记录", "暂无", "无从"]

    /// True when the cell means none. Short phrases only: a sentence is not read as a number.
    static func meansNone(_ text: String) -> Bool {
        var compact = PrintedText.compact(PrintedText.foldWidth(text))
        while let last = compact.last, "。.;；,，!！".contains(last) { compact.removeLast() }
        if whole.contains(compact) { return true }
        guard compact.count <= 12, !compact.contains(where: { $0.isASCII && $0.isNumber }) else { return false }
        if unknown.contains(where: { compact.hasPrefix($0) }) { return false }
        return openings.contains { compact.hasPrefix($0) && compact.count > $0.count }
    }
}
