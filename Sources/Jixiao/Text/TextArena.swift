/// The bytes of the texts a reader made rather than found (see `TextRef`), appended one after the
/// other. The arena and the source it sits beside are read together through `TextStore`.
struct TextArena: Sendable {
    private(set) var bytes: [UInt8] = []

    /// Stores `text` and returns where it is.
    mutating func append(_ text: some Collection<UInt8>) -> TextRef {
        let offset = bytes.count
        bytes.append(contentsOf: text)
        return TextRef(arena: offset, count: bytes.count - offset)
    }

    mutating func append(_ text: String) -> TextRef {
        append(text.utf8)
    }

    /// The arena's bytes joined after another's, every reference into `other` moved by `shift`.
    mutating func appendArena(_ other: TextArena) -> Int {
        let shift = bytes.count
        bytes.append(contentsOf: other.bytes)
        return shift
    }
}
