import Foundation

/// A streaming JSON writer that produces exactly what `JSONEncoder` does with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` — two-space indent, `"key" : value`,
/// empty containers as `[\n\n]` — without building a tree, for the large scorecards. The caller
/// writes the keys of each object in sorted order; the golden-file tests compare the result with
/// the encoder's bytes.
final class JSONOutput {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private var depth = 0
    /// Per open container: has it had a member yet.
    private var started: [Bool] = []

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        buffer = Self.allocate(self.capacity)
    }

    deinit { free(buffer) }

    // The buffer lives in malloc's memory so that it grows with realloc: a large block is moved
    // by remapping its pages, not copied, and the old and new buffers are never both held.
    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let raw = malloc(capacity) else { fatalError("out of memory for \(capacity) bytes of JSON") }
        return raw.assumingMemoryBound(to: UInt8.self)
    }

    private func grow(to newCapacity: Int) {
        guard let raw = realloc(buffer, newCapacity) else { fatalError("out of memory for \(newCapacity) bytes of JSON") }
        buffer = raw.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    /// A writer for the elements of an array open at `depth` in another writer, to be written on another
    /// thread and then added with `splice`. `afterElements`: the array already has elements before
    /// these (so the first one starts with a comma).
    init(elementsAt depth: Int, afterElements: Bool, capacity: Int) {
        self.capacity = max(capacity, 64)
        buffer = Self.allocate(self.capacity)
        self.depth = depth
        started = [afterElements]
    }

    /// How deep the writer is: what `init(elementsAt:afterElements:capacity:)` takes.
    var currentDepth: Int { depth }

    /// Where a streamed document goes (`ScorecardJSON.stream`): when set, what is written leaves the
    /// buffer at each `flush`, and a spliced fragment is passed on as it is, never copied in.
    var drain: ((UnsafeRawBufferPointer) -> Void)?

    /// Hands what is buffered to `drain` and empties the buffer (nothing without a drain).
    func flush() {
        guard let drain, count > 0 else { return }
        drain(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }

    /// Appends the elements a fragment writer made (see `init(elementsAt:afterElements:capacity:)`).
    func splice(_ fragment: JSONOutput) {
        if let drain {
            flush()
            if fragment.count > 0 { drain(UnsafeRawBufferPointer(start: fragment.buffer, count: fragment.count)) }
        } else {
            append(UnsafeBufferPointer(start: fragment.buffer, count: fragment.count))
        }
        if fragment.started.last == true, !started.isEmpty { started[started.count - 1] = true }
    }

    /// The bytes written so far (a copy; for tests).
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: count)) }

    /// The output as `Data`, handing the buffer over rather than copying it (a province's
    /// scorecard runs to hundreds of megabytes). The writer is empty afterwards.
    func data() -> Data {
        let result = Data(bytesNoCopy: buffer, count: count, deallocator: .free)
        capacity = 64
        buffer = Self.allocate(capacity)
        count = 0
        return result
    }

    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        // A streamed document empties its buffer instead of growing it.
        if drain != nil {
            flush()
            if extra <= capacity { return }
        }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        grow(to: newCapacity)
    }

    private func append(_ byte: UInt8) {
        reserve(1)
        buffer[count] = byte
        count += 1
    }

    private func append(_ bytes: some Collection<UInt8>) {
        reserve(bytes.count)
        for byte in bytes {
            buffer[count] = byte
            count += 1
        }
    }

    private func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (buffer + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    private func raw(_ text: String) {
        append(text.utf8)
    }

    private func newline() {
        append(0x0A)
        append(repeatElement(0x20, count: depth * 2))
    }

    /// Starts a member or element: the comma and the line break before it.
    private func next() {
        guard !started.isEmpty else { return }
        if started[started.count - 1] { append(0x2C) }
        started[started.count - 1] = true
        newline()
    }

    func key(_ name: String) {
        next()
        string(name)
        raw(" : ")
    }

    func beginObject() { open(0x7B) }
    func endObject() { close(0x7D) }
    func beginArray() { open(0x5B) }
    func endArray() { close(0x5D) }

    private func open(_ bracket: UInt8) {
        append(bracket)
        depth += 1
        started.append(false)
    }

    private func close(_ bracket: UInt8) {
        let hadMembers = started.removeLast()
        depth -= 1
        if hadMembers {
            newline()
        } else {
            append(0x0A)
            newline()
        }
        append(bracket)
    }

    /// The final line break after the top-level value.
    func newlineAtEnd() { append(0x0A) }

    /// Marks the start of an array element (objects' members start with `key`).
    func element() { next() }

    func string(_ value: String) {
        append(0x22)
        var plain = value
        // Most strings need no escape: copy their bytes in one go.
        let copied = plain.withUTF8 { bytes -> Bool in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            append(bytes)
            return true
        }
        if copied {
            append(0x22)
            return
        }
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
                append(hex[Int(byte >> 4)])
                append(hex[Int(byte & 0xF)])
            default: append(byte)
            }
        }
        append(0x22)
    }

    private var scratch: [UInt8] = []

    func number(_ value: Decimal) {
        scratch.removeAll(keepingCapacity: true)
        DecimalText.append(value, to: &scratch)
        append(scratch)
    }
    /// An integer's digits straight into the buffer (no `String` made for each line number).
    func number(_ value: Int) {
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { space in
            var end = space.count
            repeat {
                end -= 1
                space[end] = UInt8(48 + magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                end -= 1
                space[end] = 0x2D
            }
            append(UnsafeBufferPointer(rebasing: space.bindMemory(to: UInt8.self)[end...]))
        }
    }
    func bool(_ value: Bool) { raw(value ? "true" : "false") }
    func null() { raw("null") }

    // Members, for brevity at the call sites.
    func member(_ name: String, _ value: String) { key(name); string(value) }
    func member(_ name: String, _ value: Decimal) { key(name); number(value) }
    func member(_ name: String, _ value: Int) { key(name); number(value) }
    func member(_ name: String, _ value: Bool) { key(name); bool(value) }
    /// A member written as `null` when nil (the encoder's `encode(_:forKey:)` of an optional).
    func memberOrNull(_ name: String, _ value: String?) { key(name); if let value { string(value) } else { null() } }
    func memberOrNull(_ name: String, _ value: Int?) { key(name); if let value { number(value) } else { null() } }
    /// A member left out when nil (the encoder's `encodeIfPresent`).
    func memberIfPresent(_ name: String, _ value: String?) { if let value { member(name, value) } }
    func memberIfPresent(_ name: String, _ value: Decimal?) { if let value { member(name, value) } }
    func memberIfPresent(_ name: String, _ value: Int?) { if let value { member(name, value) } }
}
