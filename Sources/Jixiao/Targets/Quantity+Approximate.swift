import Foundation

/// Approximate actuals as published forms write them: `300余人`, `300多人`, `约90%`, `近300人`,
/// `5次左右`, `300人以上`, `3次以下`, `200上下`. The number is read as written (an approximation is
/// not made exact in either direction), and the word is kept for the working and the warning.
extension Quantity {
    /// Words before the number.
    static let approximatePrefixes = ["大约", "约", "近"]
    /// Words right after the number, before the unit.
    static let approximateInfixes = ["余", "多"]
    /// Words at the end, after the unit or the number.
    static let approximateSuffixes = ["左右", "以上", "以下", "上下"]

    /// The quantity and its approximation words (joined, in the order written); nil when the text
    /// has no such word or is not a number with them.
    static func parseApproximate(_ text: String) -> (Quantity, String)? {
        var rest = PrintedText.compact(PrintedText.foldWidth(text))
        var words: [String] = []
        for word in approximatePrefixes where rest.hasPrefix(word) {
            words.append(word)
            rest.removeFirst(word.count)
            break
        }
        var suffix: String?
        for word in approximateSuffixes where rest.hasSuffix(word) && rest.count > word.count {
            suffix = word
            rest.removeLast(word.count)
            break
        }
        let s = Array(rest.unicodeScalars)
        guard case .success(let (value, end)) = DecimalLiteral.scan(s, from: 0) else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[end...])
        var unit = String(view)
        for word in approximateInfixes where unit.hasPrefix(word) {
            words.append(word)
            unit.removeFirst(word.count)
            break
        }
        if let suffix { words.append(suffix) }
        guard !words.isEmpty, let spelling = TargetParser.unitSpelling(unit) else { return nil }
        return (Quantity(value, unit: spelling.isEmpty ? nil : MeasureUnit.canonicalSpelling(spelling)), words.joined(separator: "、"))
    }
}
