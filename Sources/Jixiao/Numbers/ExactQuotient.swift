import Foundation

/// x·y/z rounded to a number of decimals, computed exactly in 128-bit integers: the score arithmetic
/// without Foundation's `Decimal` division (38 significant digits, then rounded again). Half-up
/// rounds half away from zero, as `Rounding.halfUp`; truncation goes toward zero, as
/// `Rounding.truncated`. The result is written the way `Decimal` arithmetic leaves it (trailing
/// zeros dropped, `0` for zero), so it prints the same bytes.
///
/// Nil when a value has more than 64 bits of digits, z is 0, or an intermediate would pass 128
/// bits: the caller then uses `Decimal`. `ExactQuotientTests` and `ScoreArithmeticTests` compare the
/// two over generated values and the sample corpus.
enum ExactQuotient {
    static func rounded(_ x: Decimal, _ y: Decimal, _ z: Decimal, places: Int, truncate: Bool) -> Decimal? {
        guard places >= 0, places <= 18,
              let (xNegative, xm, xe) = DecimalText.parts(x), let (yNegative, ym, ye) = DecimalText.parts(y),
              let (zNegative, zm, ze) = DecimalText.parts(z), zm != 0 else { return nil }
        if xm == 0 || ym == 0 { return Decimal(0) }
        var numerator = UInt128(xm) * UInt128(ym)
        var denominator = UInt128(zm)
        let shift = xe + ye - ze + places
        if shift >= 0 {
            guard let scaled = scaled(numerator, by: shift) else { return nil }
            numerator = scaled
        } else {
            guard let scaled = scaled(denominator, by: -shift) else { return nil }
            denominator = scaled
        }
        var quotient = numerator / denominator
        let remainder = numerator % denominator
        if !truncate && remainder >= denominator - remainder { quotient += 1 }
        if quotient == 0 { return Decimal(0) }
        var exponent = -places
        while exponent < 0 && quotient % 10 == 0 {
            quotient /= 10
            exponent += 1
        }
        guard quotient <= UInt128(UInt64.max) else { return nil }
        let negative = (xNegative != yNegative) != zNegative
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(UInt64(quotient)))
    }

    /// value·10^power, or nil past 128 bits.
    static func scaled(_ value: UInt128, by power: Int) -> UInt128? {
        var result = value
        for _ in 0..<power {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = product
        }
        return result
    }
}
