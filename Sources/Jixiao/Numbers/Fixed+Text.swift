import Foundation

/// `Fixed` read from and written as text, with the rules of `DecimalLiteral` (at most one point,
/// comma groups of three digits, no exponent, at most `DecimalLiteral.maxDigits` digits), and the
/// bridge to `Decimal` for the values the documents still carry.
extension Fixed {
    /// Reads a number from `bytes` at `start` (ASCII digits, `+`/`-`, `.` and `,`): the value and
    /// the index after it, or why it is not one. The same rules as `DecimalLiteral.scan`.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                     maxDigits: Int = DecimalLiteral.maxDigits) -> Result<(Fixed, Int), DecimalLiteral.Failure> {
        var i = start
        let n = bytes.count
        var negative = false
        if i < n, bytes[i] == 0x2D || bytes[i] == 0x2B {
            negative = bytes[i] == 0x2D
            i += 1
        }
        @inline(__always) func isDigit(_ k: Int) -> Bool { k < n && bytes[k] &- 0x30 < 10 }
        var significand: Int128 = 0
        var digits = 0
        var decimals = 0
        var intDigitsSinceComma = 0
        var sawComma = false
        var sawPoint = false
        while i < n {
            let c = bytes[i]
            if c &- 0x30 < 10 {
                if digits < 38 { significand = significand * 10 + Int128(c - 0x30) }
                digits += 1
                if sawPoint { decimals += 1 } else { intDigitsSinceComma += 1 }
                i += 1
            } else if c == 0x2C, !sawPoint, digits > 0, isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) {
                if sawComma && intDigitsSinceComma != 3 { return .failure(.misplacedSeparator) }
                if !sawComma && intDigitsSinceComma > 3 { return .failure(.misplacedSeparator) }
                sawComma = true
                intDigitsSinceComma = 0
                i += 1
            } else if c == 0x2C, digits > 0, isDigit(i + 1) {
                return .failure(.misplacedSeparator)
            } else if c == 0x2E, !sawPoint, isDigit(i + 1) {
                if sawComma && intDigitsSinceComma != 3 { return .failure(.misplacedSeparator) }
                sawPoint = true
                i += 1
            } else {
                break
            }
        }
        if digits == 0 { return .failure(.noDigits) }
        if sawComma && !sawPoint && intDigitsSinceComma != 3 { return .failure(.misplacedSeparator) }
        if digits > min(maxDigits, 38) { return .failure(.tooManyDigits(digits)) }
        let value = Fixed(significand: negative ? -significand : significand, exponent: Int32(-decimals))
        return .success((value, i))
    }

    /// The whole text as one number, or nil when anything else is in it.
    static func parseWhole(_ text: String, maxDigits: Int = DecimalLiteral.maxDigits) -> Fixed? {
        var copy = text
        return copy.withUTF8 { bytes in
            guard case .success(let (value, end)) = scan(bytes, from: 0, maxDigits: maxDigits), end == bytes.count else { return nil }
            return value
        }
    }

    /// Appends the text `Decimal.description` gives for the same value (`12.5`, `-0.003`, `1200`).
    func append(to out: inout [UInt8]) {
        if significand == 0 {
            out.append(0x30)
            return
        }
        var digits = [UInt8](repeating: 0, count: 40)
        var n = 40
        var m = significand.magnitude
        while m > 0 {
            n -= 1
            digits[n] = 0x30 + UInt8(m % 10)
            m /= 10
        }
        let count = 40 - n
        if significand < 0 { out.append(0x2D) }
        let e = Int(exponent)
        if e >= 0 {
            out.append(contentsOf: digits[n...])
            for _ in 0..<e { out.append(0x30) }
        } else if -e >= count {
            out.append(0x30)
            out.append(0x2E)
            for _ in 0..<(-e - count) { out.append(0x30) }
            out.append(contentsOf: digits[n...])
        } else {
            let point = n + count + e
            out.append(contentsOf: digits[n..<point])
            out.append(0x2E)
            out.append(contentsOf: digits[point...])
        }
    }

    /// With exactly `places` decimals, rounded half-up, no grouping (`15.70`): what `Rounding.fixed` shows.
    func fixedText(places: Int = 2) -> String {
        var out: [UInt8] = []
        appendFixed(places: places, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `fixedText`, appended as bytes.
    func appendFixed(places: Int = 2, to out: inout [UInt8]) {
        let value = rounded(places, .halfUp)
        var text: [UInt8] = []
        value.append(to: &text)
        if text == [0x2D, 0x30] { text = [0x30] }
        out.append(contentsOf: text)
        guard places > 0 else { return }
        if let dot = text.firstIndex(of: 0x2E) {
            let decimals = text.count - dot - 1
            for _ in 0..<max(0, places - decimals) { out.append(0x30) }
        } else {
            out.append(0x2E)
            for _ in 0..<places { out.append(0x30) }
        }
    }

    /// The same value as a `Decimal`, for the values the documents still carry.
    var decimal: Decimal {
        let magnitude = significand.magnitude
        let sign: FloatingPointSign = significand < 0 ? .minus : .plus
        if magnitude <= UInt128(UInt64.max), exponent >= -128, exponent <= 127 {
            return Decimal(sign: sign, exponent: Int(exponent), significand: Decimal(UInt64(magnitude)))
        }
        return Decimal(string: description, locale: DecimalLiteral.posix) ?? 0
    }

    /// A `Decimal` as a `Fixed`: exact for every value jixiao makes (38 digits fit).
    init(_ decimal: Decimal) {
        if let (negative, mantissa, exponent) = DecimalText.parts(decimal) {
            let s = Int128(mantissa)
            self.init(significand: negative ? -s : s, exponent: Int32(exponent))
        } else {
            self = Fixed.parseWhole(decimal.description, maxDigits: 38) ?? .zero
        }
    }
}

extension DecimalText {
    /// The text of a `Fixed`: what `Decimal.description` gives for the same value.
    static func string(_ value: Fixed) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        value.append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
