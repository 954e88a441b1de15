/// Quotients of `Fixed` values, exact to the last digit kept: x·y/z in 128-bit integers where the
/// figures fit (all of a form's), in 256 bits where they do not.
extension Fixed {
    enum RoundingMode: Sendable {
        /// Half away from zero (2.675 → 2.68).
        case halfUp
        /// Toward zero (9.629 → 9.62).
        case truncate
    }

    /// x·y/z rounded to `places` decimals; nil when z is 0 or the result passes 38 digits.
    static func quotient(_ x: Fixed, _ y: Fixed, _ z: Fixed, places: Int, mode: RoundingMode) -> Fixed? {
        guard !z.isZero, places >= 0, places <= 80 else { return nil }
        if x.isZero || y.isZero { return .zero }
        let negative = (x.isNegative != y.isNegative) != z.isNegative
        let shift = Int(x.exponent) + Int(y.exponent) - Int(z.exponent) + places
        var numerator = Wide(UInt128(x.significand.magnitude)).times(UInt128(y.significand.magnitude))
        var denominator = Wide(UInt128(z.significand.magnitude))
        if shift >= 0 {
            guard let scaled = numerator.timesPowerOfTen(shift) else { return nil }
            numerator = scaled
        } else {
            guard let scaled = denominator.timesPowerOfTen(-shift) else { return nil }
            denominator = scaled
        }
        var (q, r) = numerator.divided(by: denominator)
        if mode == .halfUp, !r.isZero, r.timesTwo >= denominator { q = q.plusOne }
        guard let magnitude = q.small, magnitude <= UInt128(Int128.max) else { return nil }
        let significand = Int128(magnitude)
        return Fixed(significand: negative ? -significand : significand, exponent: Int32(-places))
    }

    /// The value rounded to `places` decimals (already within them: itself).
    func rounded(_ places: Int, _ mode: RoundingMode) -> Fixed {
        if exponent >= -Int32(places) || isZero { return self }
        return Fixed.quotient(self, Fixed(1), Fixed(1), places: places, mode: mode) ?? self
    }

    /// x·y/z exactly when its decimal form ends within the digits a `Fixed` holds, else cut to as
    /// many significant digits as fit (38 or so), as `Decimal` division leaves it (it cuts, too:
    /// 2/3 is 0.666…6); nil when z is 0.
    static func ratio(_ x: Fixed, _ y: Fixed, _ z: Fixed) -> Fixed? {
        guard !z.isZero else { return nil }
        if x.isZero || y.isZero { return .zero }
        let (a, b, c) = (x.magnitude, y.magnitude, z.magnitude)
        var places: Int
        if let whole = quotient(a, b, c, places: 0, mode: .truncate), !whole.isZero {
            places = max(0, 39 - whole.significand.description.count - Int(whole.exponent))
        } else {
            places = 39 + leadingZeros(a, b, c)
        }
        while places >= 0 {
            if let value = quotient(x, y, z, places: places, mode: .truncate) { return value }
            places -= 1
        }
        return nil
    }

    /// For x·y/z below 1: how many zeros follow the point before its first digit.
    private static func leadingZeros(_ x: Fixed, _ y: Fixed, _ z: Fixed) -> Int {
        var zeros = 0
        while zeros < 40 {
            guard let q = quotient(x, y, z, places: zeros + 1, mode: .truncate), q.isZero else { return zeros }
            zeros += 1
        }
        return zeros
    }
}

/// An unsigned integer of 256 bits, for the few quotients whose products pass 128 bits.
struct Wide: Comparable, Sendable {
    var high: UInt128
    var low: UInt128

    init(_ value: UInt128) {
        high = 0
        low = value
    }

    init(high: UInt128, low: UInt128) {
        self.high = high
        self.low = low
    }

    var isZero: Bool { high == 0 && low == 0 }
    /// The value when it fits 128 bits.
    var small: UInt128? { high == 0 ? low : nil }

    static func < (a: Wide, b: Wide) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }

    /// self × factor, where self fits 128 bits (the product of two 128-bit values fits 256).
    func times(_ factor: UInt128) -> Wide {
        let (high, low) = low.multipliedFullWidth(by: factor)
        return Wide(high: high, low: low)
    }

    /// self × 10^n, or nil past 256 bits.
    func timesPowerOfTen(_ n: Int) -> Wide? {
        var result = self
        var left = n
        while left > 0 {
            let step = min(left, 19)
            let factor = UInt128(Fixed.power(step)!)
            let (lowHigh, lowLow) = result.low.multipliedFullWidth(by: factor)
            let (highHigh, highLow) = result.high.multipliedFullWidth(by: factor)
            guard highHigh == 0 else { return nil }
            let (newHigh, overflow) = highLow.addingReportingOverflow(lowHigh)
            guard !overflow else { return nil }
            result = Wide(high: newHigh, low: lowLow)
            left -= step
        }
        return result
    }

    var timesTwo: Wide { Wide(high: high << 1 | low >> 127, low: low << 1) }

    var plusOne: Wide {
        let (low, carry) = self.low.addingReportingOverflow(1)
        return Wide(high: carry ? high + 1 : high, low: low)
    }

    func minus(_ other: Wide) -> Wide {
        let (low, borrow) = self.low.subtractingReportingOverflow(other.low)
        return Wide(high: high - other.high - (borrow ? 1 : 0), low: low)
    }

    /// Quotient and remainder; 128-bit division when both fit, else long division by bits.
    func divided(by divisor: Wide) -> (Wide, Wide) {
        if high == 0 && divisor.high == 0 {
            return (Wide(low / divisor.low), Wide(low % divisor.low))
        }
        var quotient = Wide(0)
        var remainder = Wide(0)
        for bit in (0..<256).reversed() {
            remainder = remainder.timesTwo
            let set = bit >= 128 ? (high >> (bit - 128)) & 1 : (low >> bit) & 1
            if set == 1 { remainder.low |= 1 }
            if remainder >= divisor {
                remainder = remainder.minus(divisor)
                if bit >= 128 { quotient.high |= 1 << (bit - 128) } else { quotient.low |= 1 << bit }
            }
        }
        return (quotient, remainder)
    }
}
