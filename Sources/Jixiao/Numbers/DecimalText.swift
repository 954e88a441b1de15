import Foundation

/// The plain text of an exact decimal, byte for byte what `Decimal.description` gives (`12.50`,
/// `-0.003`, `1200`), without Foundation's general formatter: a value whose mantissa fits in 64
/// bits (every amount, score and percentage jixiao handles) is written from its digits; anything
/// else falls back to `description`. `DecimalTextTests` compares the two over generated values.
enum DecimalText {
    static func string(_ value: Decimal) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the text's UTF-8 bytes.
    static func append(_ value: Decimal, to bytes: inout [UInt8]) {
        guard let (negative, mantissa, exponent) = parts(value) else {
            bytes.append(contentsOf: value.description.utf8)
            return
        }
        if mantissa == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        var digits: (UInt64, Int) = (mantissa, 0)
        var scratch = [UInt8](repeating: 0, count: 20)
        var n = 20
        while digits.0 > 0 {
            n -= 1
            scratch[n] = UInt8(ascii: "0") + UInt8(digits.0 % 10)
            digits.0 /= 10
        }
        let count = 20 - n
        if negative { bytes.append(UInt8(ascii: "-")) }
        if exponent >= 0 {
            bytes.append(contentsOf: scratch[n...])
            for _ in 0..<exponent { bytes.append(UInt8(ascii: "0")) }
        } else if -exponent >= count {
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "."))
            for _ in 0..<(-exponent - count) { bytes.append(UInt8(ascii: "0")) }
            bytes.append(contentsOf: scratch[n...])
        } else {
            let point = n + count + exponent
            bytes.append(contentsOf: scratch[n..<point])
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: scratch[point...])
        }
    }

    /// Sign, 64-bit mantissa and exponent, or nil for NaN and for a mantissa of more than 64 bits.
    /// The mantissa is read from the value's storage (eight little-endian 16-bit words after the
    /// 4-byte exponent and flags, the layout of `NSDecimal`), since Foundation keeps it internal;
    /// `DecimalTextTests` would fail at once if that layout changed.
    static func parts(_ value: Decimal) -> (Bool, UInt64, Int)? {
        if value.isNaN || MemoryLayout<Decimal>.size != 20 { return nil }
        return withUnsafeBytes(of: value) { raw -> (Bool, UInt64, Int)? in
            var high = 0
            for index in 12..<20 { high |= Int(raw[index]) }
            guard high == 0 else { return nil }
            var mantissa: UInt64 = 0
            for index in (4..<12).reversed() { mantissa = mantissa << 8 | UInt64(raw[index]) }
            return (value.isSignMinus, mantissa, value.exponent)
        }
    }
}
