import Foundation

/// UTF-8 bytes of an XML part, built by appending: literal markup, escaped text, integers and
/// decimals, without an intermediate `String` per cell.
struct XMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func int(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    mutating func decimal(_ value: Decimal) { DecimalText.append(value, to: &bytes) }

    /// One decimal place, as `String(format: "%.1f")` writes the row heights and column widths
    /// jixiao sets (whole tenths); anything finer goes through `String(format:)` itself.
    mutating func tenths(_ value: Double) {
        let scaled = value * 10
        if scaled >= 0, scaled < 1e9, scaled == scaled.rounded() {
            let whole = Int(scaled)
            int(whole / 10)
            bytes.append(UInt8(ascii: "."))
            int(whole % 10)
        } else {
            raw(String(format: "%.1f", value))
        }
    }

    mutating func reference(row: Int, column: Int) { CellReference.append(row: row, column: column, to: &bytes) }

    /// Text content or an attribute value, escaped: `& < > "`; control characters XML 1.0 cannot
    /// carry (all below U+0020 but tab, line feed and carriage return) and U+FFFE/U+FFFF dropped.
    mutating func escaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            var index = 0
            while index < source.count {
                let byte = source[index]
                var replacement: StaticString? = nil
                var drop = false
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case 0x09, 0x0A, 0x0D: break
                case 0x00..<0x20: drop = true
                case 0xEF where index + 2 < source.count && source[index + 1] == 0xBF && (source[index + 2] == 0xBE || source[index + 2] == 0xBF):
                    // U+FFFE and U+FFFF are not XML characters.
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                    index += 3
                    start = index
                    continue
                default: break
                }
                if replacement != nil || drop {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                    if let replacement { raw(replacement) }
                    start = index + 1
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<source.count]))
        }
    }
}
