#if canImport(Glibc)
import Glibc
#endif

/// Bytes used as a dictionary key without copying them: a pointer and a length, hashed and compared
/// by content. The bytes must outlive the key: the keys of a table point into storage the table
/// keeps (`ByteTable`), a key made for a look-up into the buffer being read.
struct SpanKey: Hashable, @unchecked Sendable {
    let base: UnsafePointer<UInt8>?
    let count: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        base = bytes.baseAddress
        count = bytes.count
    }

    static func == (a: SpanKey, b: SpanKey) -> Bool {
        guard a.count == b.count else { return false }
        if a.count == 0 || a.base == b.base { return true }
        return memcmp(a.base!, b.base!, a.count) == 0
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: UnsafeRawBufferPointer(start: base, count: count))
    }
}

/// A fixed table from texts to values, looked up by the bytes of a span (`SpanKey`). Its keys are
/// copied into storage that lives as long as the table, which is built once (labels, header keys).
final class ByteTable<Value: Sendable>: @unchecked Sendable {
    private var entries: [SpanKey: Value] = [:]
    private var storage: [UnsafeMutableBufferPointer<UInt8>] = []

    init(_ pairs: [(String, Value)]) {
        for (text, value) in pairs {
            let bytes = Array(text.utf8)
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
            _ = copy.initialize(from: bytes)
            storage.append(copy)
            let key = SpanKey(UnsafeBufferPointer(start: copy.baseAddress, count: bytes.count))
            if entries[key] == nil { entries[key] = value }
        }
    }

    deinit { for buffer in storage { buffer.deallocate() } }

    subscript(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? { entries[SpanKey(bytes)] }

    subscript(_ text: String) -> Value? {
        var copy = text
        return copy.withUTF8 { self[$0] }
    }
}
