import Foundation

/// Reads a plain decimal number (`-12`, `873.41`, `1,480,000.5`) from Unicode scalars, strictly:
/// at most one point, comma groups of exactly three digits, no exponent, at most `maxDigits` digits in all.
/// `Decimal(string:)` alone accepts `12.5.6` as 12.5, so every number jixiao reads comes through here.
enum DecimalLiteral {
    /// More digits than this is refused rather than rounded (Decimal keeps 38).
    static let maxDigits = 30

    enum Failure: Error, Equatable {
        case noDigits
        case tooManyDigits(Int)
        case misplacedSeparator
    }

    /// Scans from `start`; returns the value and the index after the number.
    static func scan(_ s: [Unicode.Scalar], from start: Int) -> Result<(Decimal, Int), Failure> {
        var i = start
        var literal = ""
        if i < s.count, s[i] == "-" || s[i] == "+" {
            if s[i] == "-" { literal.append("-") }
            i += 1
        }
        var digits = 0
        var intDigitsSinceComma = 0
        var sawComma = false
        var sawPoint = false
        while i < s.count {
            let c = s[i]
            if isDigit(c) {
                literal.unicodeScalars.append(c)
                digits += 1
                if !sawPoint { intDigitsSinceComma += 1 }
                i += 1
            } else if c == ",", !sawPoint, digits > 0,
                      (1...3).allSatisfy({ i + $0 < s.count && isDigit(s[i + $0]) }),
                      i + 4 >= s.count || !isDigit(s[i + 4]) {
                if sawComma && intDigitsSinceComma != 3 { return .failure(.misplacedSeparator) }
                if !sawComma && intDigitsSinceComma > 3 { return .failure(.misplacedSeparator) }
                sawComma = true
                intDigitsSinceComma = 0
                i += 1
            } else if c == ",", digits > 0, i + 1 < s.count, isDigit(s[i + 1]) {
                // A comma between digits that is not a group of three (1,2,3 or 1,48,0000).
                return .failure(.misplacedSeparator)
            } else if c == ".", !sawPoint, i + 1 < s.count, isDigit(s[i + 1]) {
                if sawComma && intDigitsSinceComma != 3 { return .failure(.misplacedSeparator) }
                sawPoint = true
                literal.append(".")
                i += 1
            } else {
                break
            }
        }
        if digits == 0 { return .failure(.noDigits) }
        if sawComma && !sawPoint && intDigitsSinceComma != 3 { return .failure(.misplacedSeparator) }
        if digits > maxDigits { return .failure(.tooManyDigits(digits)) }
        guard let value = exact(literal) else { return .failure(.noDigits) }
        return .success((value.isZero ? 0 : value, i))
    }

    static let posix = Locale(identifier: "en_US_POSIX")

    /// The decimal a validated literal (`-123.45`) spells: built from its digits as an integer
    /// significand and a power of ten when they fit 64 bits (the common case, and much faster than
    /// parsing), else by Foundation's parser.
    static func exact(_ literal: String) -> Decimal? {
        var significand: UInt64 = 0
        var decimals = 0
        var negative = false
        var afterPoint = false
        var fits = true
        for byte in literal.utf8 {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): afterPoint = true
            default:
                let (times, overflow1) = significand.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(UInt64(byte - 48))
                if overflow1 || overflow2 { fits = false }
                significand = sum
                if afterPoint { decimals += 1 }
            }
        }
        guard fits else { return Decimal(string: literal, locale: posix) }
        return Decimal(sign: negative ? .minus : .plus, exponent: -decimals, significand: Decimal(significand))
    }

    /// The whole string as one number, or nil when anything else is in it.
    static func parseWhole(_ text: String) -> Decimal? {
        let s = Array(text.unicodeScalars)
        guard case .success(let (value, end)) = scan(s, from: 0), end == s.count else { return nil }
        return value
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
}
