import Foundation

/// A unit of measure (计量单位; not the budget unit, 预算单位) as written in a form (`万元`, `元/m²`, `次/月`, `元/人·月`), with its dimension and
/// its factor to the dimension's base (元, %, m², minute, month, metre, gram, litre, one item). The
/// factor is a fraction `factor / divisor`, so that 亩 (10 000/15 m²) converts to 公顷 exactly.
struct MeasureUnit: Hashable, Sendable {
    /// The spelling after width folding and white-space removal, e.g. `元/m²`.
    let symbol: String
    let dimension: Dimension
    /// Multiply a value in this unit by `factor` to get the dimension's base unit.
    let factor: Decimal
    /// The factor's denominator (1 but for 亩).
    let divisor: Decimal

    /// Looks a spelling up in the table; a spelling the table does not know is kept as written and
    /// converts only to itself. An empty spelling is `nil` (a bare number).
    init?(_ written: String) {
        let symbol = MeasureUnit.canonicalSpelling(written)
        if symbol.isEmpty { return nil }
        self.symbol = symbol
        if let (dimension, factor, divisor) = MeasureUnit.lookUp(symbol) {
            self.dimension = dimension
            self.factor = factor
            self.divisor = divisor
        } else {
            self.dimension = .unknown(symbol)
            self.factor = 1
            self.divisor = 1
        }
    }

    /// True when the table knows the unit (or both halves of a composite).
    var isKnown: Bool {
        if MeasureUnit.bareMultiplier(symbol) != nil { return true }
        func known(_ d: Dimension) -> Bool {
            switch d {
            case .unknown: return false
            case .ratio(let a, let b), .product(let a, let b): return known(a) && known(b)
            default: return true
            }
        }
        return known(dimension)
    }

    /// `value` in `self` as a value in `other` (multiplying before dividing), or nil across dimensions.
    func convert(_ value: Decimal, to other: MeasureUnit) -> Decimal? {
        if symbol == other.symbol { return value }
        guard dimension == other.dimension else { return nil }
        return value * factor * other.divisor / (divisor * other.factor)
    }

    /// Folds width, removes white space (`元/m ²` → `元/m²`), spells area, volume and products one
    /// way (`㎡` → `m²`, `m3` → `m³`, `人*月` and `人×月` → `人·月`).
    static func canonicalSpelling(_ written: String) -> String {
        var text = PrintedText.compact(PrintedText.foldWidth(written))
        guard text.unicodeScalars.contains(where: { "㎡2²3³米*×・".unicodeScalars.contains($0) }) else { return text }
        for (from, to) in [("㎡", "m²"), ("m2", "m²"), ("M2", "m²"), ("M²", "m²"), ("平米", "平方米"), ("m3", "m³"), ("M3", "m³"),
                           ("*", "·"), ("×", "·"), ("・", "·")] where text.contains(from) {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }

    private static func lookUp(_ symbol: String) -> (Dimension, Decimal, Decimal)? {
        let parts = symbol.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let top = term(String(parts[0])), let bottom = term(String(parts[1])) else { return nil }
            return (.ratio(top.0, bottom.0), top.1 * bottom.2, top.2 * bottom.1)
        }
        return parts.count == 1 ? term(symbol) : nil
    }

    /// One side of a ratio: a unit of the table, a multiplied one (万人次), or a product (人·月).
    private static func term(_ symbol: String) -> (Dimension, Decimal, Decimal)? {
        if let entry = simple[symbol] { return (entry.0, entry.1, entry.2) }
        // 万 and 亿 before a unit multiply it: 万人次 is 10 000 人次, 万吨 10 000 吨.
        if let first = symbol.first, let multiplier = multipliers[first], symbol.count > 1,
           let entry = term(String(symbol.dropFirst())) {
            return (entry.0, entry.1 * multiplier, entry.2)
        }
        let factors = symbol.split(separator: "·", omittingEmptySubsequences: false)
        guard factors.count == 2, let a = term(String(factors[0])), let b = term(String(factors[1])) else { return nil }
        return (.product(a.0, b.0), a.1 * b.1, a.2 * b.2)
    }

    /// 万 and 亿 as multipliers of the unit they stand before.
    static let multipliers: [Character: Decimal] = ["万": 10_000, "亿": 100_000_000]

    /// The multiplier of a unit that is `万` or `亿` alone (a multiplier of the other side's unit,
    /// `Quantity.value(inUnitOf:)`); nil for any other spelling.
    static func bareMultiplier(_ symbol: String) -> Decimal? {
        symbol.count == 1 ? multipliers[Character(symbol)] : nil
    }

    /// Words that count things; each is its own dimension.
    static let countWords = [
        "个", "次", "件", "起", "笔", "条", "辆", "台", "家", "项", "人", "人次", "户", "套", "份", "册",
        "场", "批", "篇", "部", "所", "座", "处", "张", "本", "期", "名", "位", "只", "类", "门", "栋",
    ]

    /// Every unit the table knows: its dimension, and its factor to the base as a fraction.
    static let simple: [String: (Dimension, Decimal, Decimal)] = {
        var table: [String: (Dimension, Decimal, Decimal)] = [
            "元": (.money, 1, 1), "千元": (.money, 1_000, 1), "万元": (.money, 10_000, 1), "亿元": (.money, 100_000_000, 1),
            "%": (.percent, 1, 1), "百分比": (.percent, 1, 1),
            // Area, in m²: 1 亩 = 10 000/15 m² (so 15 亩 = 1 公顷), 1 公顷 = 10 000 m².
            "m²": (.area, 1, 1), "平方米": (.area, 1, 1), "亩": (.area, 10_000, 15), "公顷": (.area, 10_000, 1),
            "平方公里": (.area, 1_000_000, 1), "平方千米": (.area, 1_000_000, 1), "km²": (.area, 1_000_000, 1),
            // Length, in metres.
            "毫米": (.length, 1, 1_000), "mm": (.length, 1, 1_000), "厘米": (.length, 1, 100), "cm": (.length, 1, 100),
            "米": (.length, 1, 1), "m": (.length, 1, 1), "公里": (.length, 1_000, 1), "千米": (.length, 1_000, 1),
            "km": (.length, 1_000, 1),
            // Mass, in grams.
            "克": (.mass, 1, 1), "g": (.mass, 1, 1), "千克": (.mass, 1_000, 1), "公斤": (.mass, 1_000, 1), "kg": (.mass, 1_000, 1),
            "吨": (.mass, 1_000_000, 1), "t": (.mass, 1_000_000, 1),
            // Volume, in litres: 方 is the builders' word for a cubic metre.
            "升": (.volume, 1, 1), "L": (.volume, 1, 1), "立方米": (.volume, 1_000, 1), "m³": (.volume, 1_000, 1),
            "方": (.volume, 1_000, 1),
            "分钟": (.clockTime, 1, 1), "min": (.clockTime, 1, 1), "小时": (.clockTime, 60, 1), "h": (.clockTime, 60, 1),
            "天": (.clockTime, 1_440, 1), "日": (.clockTime, 1_440, 1),
            "月": (.calendarTime, 1, 1), "个月": (.calendarTime, 1, 1), "季度": (.calendarTime, 3, 1),
            "年": (.calendarTime, 12, 1),
        ]
        for word in countWords { table[word] = (.count(word), 1, 1) }
        return table
    }()
}
