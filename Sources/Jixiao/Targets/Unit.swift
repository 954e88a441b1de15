import Foundation

/// A unit of measure as written in a form (`万元`, `元/m²`, `次/月`), with its dimension and its
/// factor to the dimension's base (元, %, m², minute, month, one item).
public struct Unit: Hashable, Sendable {
    /// The spelling after width folding and white-space removal, e.g. `元/m²`.
    public let symbol: String
    public let dimension: Dimension
    /// Multiply a value in this unit by `factor` to get the dimension's base unit.
    public let factor: Decimal

    /// Looks a spelling up in the table; a spelling the table does not know is kept as written and
    /// converts only to itself. An empty spelling is `nil` (a bare number).
    public init?(_ written: String) {
        let symbol = Unit.canonicalSpelling(written)
        if symbol.isEmpty { return nil }
        self.symbol = symbol
        if let (dimension, factor) = Unit.lookUp(symbol) {
            self.dimension = dimension
            self.factor = factor
        } else {
            self.dimension = .unknown(symbol)
            self.factor = 1
        }
    }

    /// True when the table knows the unit (or both halves of a composite).
    public var isKnown: Bool {
        func known(_ d: Dimension) -> Bool {
            switch d {
            case .unknown: return false
            case .ratio(let a, let b): return known(a) && known(b)
            default: return true
            }
        }
        return known(dimension)
    }

    /// The factor that turns a value in `self` into a value in `other`, or nil across dimensions.
    public func conversionFactor(to other: Unit) -> Decimal? {
        if symbol == other.symbol { return 1 }
        guard dimension == other.dimension else { return nil }
        return factor / other.factor
    }

    /// Folds width, removes white space (`元/m ²` → `元/m²`) and spells area and percent one way.
    static func canonicalSpelling(_ written: String) -> String {
        var text = PrintedText.compact(PrintedText.foldWidth(written))
        guard text.unicodeScalars.contains(where: { $0 == "㎡" || $0 == "2" || $0 == "²" || $0 == "米" }) else { return text }
        for (from, to) in [("㎡", "m²"), ("m2", "m²"), ("M2", "m²"), ("M²", "m²"), ("平米", "平方米")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }

    private static func lookUp(_ symbol: String) -> (Dimension, Decimal)? {
        if let entry = simple[symbol] { return entry }
        // 万 and 亿 before a unit multiply it: 万人次 is 10 000 人次, 万吨 10 000 吨.
        if let first = symbol.first, let multiplier = multipliers[first], symbol.count > 1,
           let entry = lookUp(String(symbol.dropFirst())) {
            return (entry.0, entry.1 * multiplier)
        }
        let parts = symbol.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let top = simple[String(parts[0])], let bottom = simple[String(parts[1])]
        else { return nil }
        return (.ratio(top.0, bottom.0), top.1 / bottom.1)
    }

    /// 万 and 亿 as multipliers of the unit they stand before.
    static let multipliers: [Character: Decimal] = ["万": 10_000, "亿": 100_000_000]

    /// Words that count things; each is its own dimension.
    static let countWords = [
        "个", "次", "件", "起", "笔", "条", "辆", "台", "家", "项", "人", "人次", "户", "套", "份", "册",
        "场", "批", "篇", "部", "所", "座", "处", "张", "本", "期", "名", "位", "只", "类", "门", "栋",
    ]

    static let simple: [String: (Dimension, Decimal)] = {
        var table: [String: (Dimension, Decimal)] = [
            "元": (.money, 1), "千元": (.money, 1_000), "万元": (.money, 10_000), "亿元": (.money, 100_000_000),
            "%": (.percent, 1), "百分比": (.percent, 1),
            "m²": (.area, 1), "平方米": (.area, 1), "万平方米": (.area, 10_000),
            "分钟": (.clockTime, 1), "min": (.clockTime, 1), "小时": (.clockTime, 60), "h": (.clockTime, 60),
            "天": (.clockTime, 1_440), "日": (.clockTime, 1_440),
            "月": (.calendarTime, 1), "个月": (.calendarTime, 1), "季度": (.calendarTime, 3),
            "年": (.calendarTime, 12),
        ]
        for word in countWords { table[word] = (.count(word), 1) }
        return table
    }()
}
