import Foundation

/// A number as a submitted form shows it: `8,734,121.00`, `8734121元`, `98.61%`, `3.13`; nil for
/// an empty cell or a dash.
enum SubmittedNumber {
    static func parse(_ text: String?) -> Decimal? {
        guard let text else { return nil }
        var compact = PrintedText.compact(PrintedText.foldWidth(text))
        if compact.isEmpty || compact == "—" || compact == "-" { return nil }
        if compact.hasSuffix("元") { compact.removeLast() }
        if compact.hasSuffix("分") { compact.removeLast() }
        return DecimalLiteral.parseWhole(compact)
    }

    /// An amount in 元 (`86.4万元` converts); a bare number is in 万元 when the form says its money
    /// is (`inWanYuan`: a head `项目资金（万元）`, `DeclarationText.saysWanYuan`).
    static func amount(_ text: String?, inWanYuan: Bool = false) -> Decimal? {
        guard let text, !PrintedText.trimmed(text).isEmpty else { return nil }
        if inWanYuan, let bare = DecimalLiteral.parseWhole(PrintedText.compact(PrintedText.foldWidth(text))) { return bare * 10_000 }
        if let quantity = Quantity.parse(text), let value = quantity.value(inUnitOf: "元") { return value }
        return parse(text)
    }

}
