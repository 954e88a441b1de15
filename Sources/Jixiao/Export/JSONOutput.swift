import Foundation

/// A streaming JSON writer that produces exactly what `JSONEncoder` does with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` — two-space indent, `"key" : value`,
/// empty containers as `[\n\n]` — without building a tree, for the large scorecards. The caller
/// writes the keys of each object in sorted order; the golden-file tests compare the result with
/// the encoder's bytes.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Per open container: has it had a member yet.
    private var started: [Bool] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    private mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    /// Starts a member or element: the comma and the line break before it.
    private mutating func next() {
        guard !started.isEmpty else { return }
        if started[started.count - 1] { bytes.append(0x2C) }
        started[started.count - 1] = true
        newline()
    }

    mutating func key(_ name: String) {
        next()
        string(name, asValue: false)
        raw(" : ")
    }

    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        started.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = started.removeLast()
        depth -= 1
        if hadMembers {
            newline()
        } else {
            bytes.append(0x0A)
            newline()
        }
        bytes.append(bracket)
    }

    /// Marks the start of an array element (objects' members start with `key`).
    mutating func element() { next() }

    mutating func string(_ value: String, asValue: Bool = true) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0x00..<0x20:
                raw("\\u00")
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    mutating func number(_ value: Decimal) { raw(value.description) }
    mutating func number(_ value: Int) { raw(String(value)) }
    mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
    mutating func null() { raw("null") }

    // Members, for brevity at the call sites.
    mutating func member(_ name: String, _ value: String) { key(name); string(value) }
    mutating func member(_ name: String, _ value: Decimal) { key(name); number(value) }
    mutating func member(_ name: String, _ value: Int) { key(name); number(value) }
    mutating func member(_ name: String, _ value: Bool) { key(name); bool(value) }
    /// A member written as `null` when nil (the encoder's `encode(_:forKey:)` of an optional).
    mutating func memberOrNull(_ name: String, _ value: String?) { key(name); if let value { string(value) } else { null() } }
    mutating func memberOrNull(_ name: String, _ value: Int?) { key(name); if let value { number(value) } else { null() } }
    /// A member left out when nil (the encoder's `encodeIfPresent`).
    mutating func memberIfPresent(_ name: String, _ value: String?) { if let value { member(name, value) } }
    mutating func memberIfPresent(_ name: String, _ value: Decimal?) { if let value { member(name, value) } }
    mutating func memberIfPresent(_ name: String, _ value: Int?) { if let value { member(name, value) } }
}
