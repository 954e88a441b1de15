import Foundation

/// An exact decimal number, significand × 10^exponent, in a 128-bit integer: the arithmetic of the
/// data path (amounts, targets, actuals, points and scores). Kept normalised as Foundation's
/// `Decimal` keeps a value (no trailing zero in the significand, zero as 0 × 10^0), so it prints the
/// same text (`873.41`, `8734121`, `0.003`) and compares by its fields; `Decimal` stays the oracle
/// of the tests (`FixedTests`), not the data path.
///
/// 38 digits fit; an operation whose exact result would not is nil (the caller reports the number
/// as too large), never rounded silently. Quotients are computed once, exactly, and rounded as the
/// rule file says (`Fixed.quotient`).
struct Fixed: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    private(set) var significand: Int128
    private(set) var exponent: Int32

    static let zero = Fixed(normalized: 0, exponent: 0)
    static let hundred = Fixed(100)

    /// The value significand × 10^exponent.
    init(significand: Int128, exponent: Int32) {
        var s = significand
        var e = exponent
        if s == 0 {
            e = 0
        } else {
            while s % 10 == 0 {
                s /= 10
                e += 1
            }
        }
        self.init(normalized: s, exponent: e)
    }

    private init(normalized significand: Int128, exponent: Int32) {
        self.significand = significand
        self.exponent = exponent
    }

    init(_ value: Int) { self.init(significand: Int128(value), exponent: 0) }

    init(integerLiteral value: Int) { self.init(value) }

    /// Hundredths: `Fixed(cents: 313)` is 3.13.
    init(cents: Int64) { self.init(significand: Int128(cents), exponent: -2) }

    var isZero: Bool { significand == 0 }
    var isNegative: Bool { significand < 0 }
    var magnitude: Fixed { Fixed(normalized: significand < 0 ? -significand : significand, exponent: exponent) }
    static prefix func - (value: Fixed) -> Fixed { Fixed(normalized: -value.significand, exponent: value.exponent) }

    var description: String { DecimalText.string(self) }

    /// 10^power, for powers that fit.
    static func power(_ n: Int) -> Int128? {
        guard n >= 0, n < powers.count else { return nil }
        return powers[n]
    }

    static let powers: [Int128] = {
        var values: [Int128] = [1]
        while values.count < 39 { values.append(values[values.count - 1] * 10) }
        return values
    }()

    /// The two significands on the smaller exponent, or nil when a shift would not fit.
    static func aligned(_ a: Fixed, _ b: Fixed) -> (Int128, Int128, Int32)? {
        if a.exponent == b.exponent { return (a.significand, b.significand, a.exponent) }
        let low = min(a.exponent, b.exponent)
        func shifted(_ x: Fixed) -> Int128? {
            guard x.exponent != low else { return x.significand }
            guard let factor = power(Int(x.exponent - low)) else { return x.significand == 0 ? 0 : nil }
            let (product, overflow) = x.significand.multipliedReportingOverflow(by: factor)
            return overflow ? nil : product
        }
        guard let x = shifted(a), let y = shifted(b) else { return nil }
        return (x, y, low)
    }

    static func < (a: Fixed, b: Fixed) -> Bool {
        if a.isNegative != b.isNegative { return a.isNegative }
        if let (x, y, _) = aligned(a, b) { return x < y }
        // A shift that does not fit: the one with the larger exponent is the larger in magnitude.
        let aLarger = a.exponent > b.exponent
        return a.isNegative ? aLarger : !aLarger
    }

    /// a + b, or nil past 38 digits.
    static func sum(_ a: Fixed, _ b: Fixed) -> Fixed? {
        if a.isZero { return b }
        if b.isZero { return a }
        guard let (x, y, e) = aligned(a, b) else { return nil }
        let (s, overflow) = x.addingReportingOverflow(y)
        return overflow ? nil : Fixed(significand: s, exponent: e)
    }

    /// a × b, or nil past 38 digits.
    static func product(_ a: Fixed, _ b: Fixed) -> Fixed? {
        let (s, overflow) = a.significand.multipliedReportingOverflow(by: b.significand)
        return overflow ? nil : Fixed(significand: s, exponent: a.exponent + b.exponent)
    }

    /// Sums and products of the figures jixiao adds up (money, points, scores), which fit by far:
    /// a failure is a broken invariant, not an input error.
    static func + (a: Fixed, b: Fixed) -> Fixed { sum(a, b)! }
    static func - (a: Fixed, b: Fixed) -> Fixed { sum(a, -b)! }
    static func * (a: Fixed, b: Fixed) -> Fixed { product(a, b)! }
    static func += (a: inout Fixed, b: Fixed) { a = a + b }

    /// Whole hundredths, when the value has at most two decimals and fits 64 bits.
    var cents: Int64? {
        guard exponent >= -2, let factor = Fixed.power(Int(exponent + 2)) else { return nil }
        let (s, overflow) = significand.multipliedReportingOverflow(by: factor)
        guard !overflow, let value = Int64(exactly: s) else { return nil }
        return value
    }
}
