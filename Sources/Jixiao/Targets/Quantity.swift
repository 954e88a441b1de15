import Foundation

/// A number with an optional unit, as typed in an actual (`851.23万元`, `98.5%`, `12`).
struct Quantity: Hashable, Sendable {
    var value: Decimal
    /// The unit spelling as typed (after folding); nil for a bare number.
    var unit: String?

    init(_ value: Decimal, unit: String? = nil) {
        self.value = value
        self.unit = unit
    }

    /// Reads `98.5`, `98.5%`, `1,480,000元`, `851.23 万元`, `１２％`, `-0`: one number, then an optional
    /// unit. Anything else (`NaN`, `1,2,3`, `12.5.6%`, `约90%`) is nil.
    static func parse(_ text: String) -> Quantity? {
        let s = Array(PrintedText.compact(PrintedText.foldWidth(text)).unicodeScalars)
        guard case .success(let (value, end)) = DecimalLiteral.scan(s, from: 0) else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[end...])
        let rest = String(view)
        guard let unit = TargetParser.unitSpelling(rest) else { return nil }
        return Quantity(value, unit: unit.isEmpty ? nil : MeasureUnit.canonicalSpelling(unit))
    }

    /// A number that is too large or too small to score (`1e400`, `4.9E-324`).
    struct OutOfRange: Error {}

    /// Reads a number in exponent notation, as Excel writes a very large or very small value in
    /// a CSV (`1.23E+11`, `1e-5`, `4.9E-324`), with an optional unit after it. nil when the text is
    /// not one; `OutOfRange` when its size is 10^30 or more, or under 10^-30 and not 0 (what the
    /// exact arithmetic holds); the value itself is exact.
    static func parseScientific(_ text: String) -> Result<Quantity, OutOfRange>? {
        let s = Array(PrintedText.compact(PrintedText.foldWidth(text)).unicodeScalars)
        guard case .success(let (mantissa, end)) = DecimalLiteral.scan(s, from: 0), end < s.count, s[end] == "e" || s[end] == "E" else {
            return nil
        }
        var i = end + 1
        var negative = false
        if i < s.count, s[i] == "+" || s[i] == "-" {
            negative = s[i] == "-"
            i += 1
        }
        let digitsStart = i
        while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
        guard i > digitsStart else { return nil }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: s[i...])
        guard let unit = TargetParser.unitSpelling(String(rest)) else { return nil }
        var digits = String.UnicodeScalarView()
        digits.append(contentsOf: s[digitsStart..<i])
        guard let magnitude = Int(String(digits)), magnitude <= 1000 else { return .failure(OutOfRange()) }
        let exponent = negative ? -magnitude : magnitude
        if mantissa.isZero { return .success(Quantity(0, unit: unit.isEmpty ? nil : MeasureUnit.canonicalSpelling(unit))) }
        // The size: the mantissa's own power of ten plus the exponent.
        let size = NSDecimalNumber(decimal: mantissa < 0 ? -mantissa : mantissa).doubleValue
        let power = Int(log10(size).rounded(.down)) + exponent
        guard power < 30, power >= -30 else { return .failure(OutOfRange()) }
        let value = Decimal(sign: .plus, exponent: exponent, significand: mantissa)
        return .success(Quantity(value, unit: unit.isEmpty ? nil : MeasureUnit.canonicalSpelling(unit)))
    }

    /// The value in `target`'s unit: a bare number is taken to be in that unit already; otherwise
    /// nil when the units do not convert.
    ///
    /// A `万` or `亿` standing alone as a unit (how finance staff write 万元) is a multiplier of the
    /// other side's unit, on either side: `288.5万元` against a target in 万 is 288.5 (万元), `60万`
    /// against `60万` is 60, `3.2万` against 人 is 32 000 人, against 万元 3.2, against a target
    /// without a unit 32 000. Against a percentage or a duration it does not convert. Before a unit
    /// it multiplies that unit (`3.2万人` = 32 000 人, `1.5万元` = 15 000 元).
    ///
    /// A count against a target without a unit is that many (`300人` against `300`): the target
    /// counts the same things.
    func value(inUnitOf target: String?) -> Decimal? {
        guard let unit else { return value }
        let targetMultiplier = target.flatMap { MeasureUnit.bareMultiplier(MeasureUnit.canonicalSpelling($0)) }
        if let multiplier = MeasureUnit.bareMultiplier(unit) {
            if let targetMultiplier { return value * multiplier / targetMultiplier }
            guard let target, let to = MeasureUnit(target) else { return value * multiplier }
            switch to.dimension {
            case .money, .count, .unknown: return value * multiplier * to.divisor / to.factor
            default: return nil
            }
        }
        guard let from = MeasureUnit(unit) else { return nil }
        if let targetMultiplier {
            switch from.dimension {
            case .money, .count: return value * from.factor / (from.divisor * targetMultiplier)
            default: return nil
            }
        }
        guard let target else {
            if case .count = from.dimension { return value * from.factor / from.divisor }
            return nil
        }
        guard let to = MeasureUnit(target) else { return nil }
        // Multiply before dividing: 480 分钟 is 480 × 1 / 60 = 8 小时 exactly, where 480 × (1/60)
        // would carry the rounding of 1/60 (7.99…96).
        return from.convert(value, to: to)
    }
}
