/// Where a piece of text lives: a span of the input file's UTF-8 bytes (`SourceText`), or of a
/// `TextArena` beside it for text the readers had to change (a name with its PDF wrap spaces
/// removed, a name continued over two lines). Eight bytes, no allocation: a name, a cell or a label
/// is carried as one of these until a writer copies its bytes out.
struct TextRef: Hashable, Sendable {
    /// Byte offset; the top bit marks the arena.
    let start: UInt32
    let count: UInt32

    static let empty = TextRef(start: 0, count: 0)
    static let arenaBit: UInt32 = 1 << 31

    init(start: UInt32, count: UInt32) {
        self.start = start
        self.count = count
    }

    /// A span of the source.
    init(source offset: Int, count: Int) {
        self.init(start: UInt32(offset), count: UInt32(count))
    }

    /// A span of the arena.
    init(arena offset: Int, count: Int) {
        self.init(start: UInt32(offset) | Self.arenaBit, count: UInt32(count))
    }

    var isEmpty: Bool { count == 0 }
    var inArena: Bool { start & Self.arenaBit != 0 }
    var offset: Int { Int(start & ~Self.arenaBit) }
}
