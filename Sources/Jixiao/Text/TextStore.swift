/// The texts of one input: the file's UTF-8 bytes and the arena of texts made from them, both read
/// through `TextRef`s.
struct TextStore: Sendable {
    let source: [UInt8]
    var arena = TextArena()

    init(source: [UInt8]) {
        self.source = source
    }

    /// Calls `body` with the bytes of `ref`.
    @inline(__always)
    func withBytes<R>(_ ref: TextRef, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let buffer = ref.inArena ? arena.bytes : source
        return try buffer.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[ref.offset..<(ref.offset + Int(ref.count))]))
        }
    }

    /// Calls `body` with a function that gives the bytes of any `TextRef`, valid for the whole call:
    /// for loops over many texts.
    func withAllBytes<R>(_ body: ((TextRef) -> UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try source.withUnsafeBufferPointer { source in
            try arena.bytes.withUnsafeBufferPointer { arena in
                try body { ref in
                    UnsafeBufferPointer(rebasing: (ref.inArena ? arena : source)[ref.offset..<(ref.offset + Int(ref.count))])
                }
            }
        }
    }

    func string(_ ref: TextRef) -> String {
        withBytes(ref) { String(decoding: $0, as: UTF8.self) }
    }

    func bytes(_ ref: TextRef) -> ArraySlice<UInt8> {
        (ref.inArena ? arena.bytes : source)[ref.offset..<(ref.offset + Int(ref.count))]
    }

    /// True when the two texts have the same bytes.
    func equal(_ a: TextRef, _ b: TextRef) -> Bool {
        guard a.count == b.count else { return false }
        if a == b { return true }
        return bytes(a).elementsEqual(bytes(b))
    }
}
