#if canImport(Glibc)
import Glibc
#endif

/// A string used as a dictionary key by its UTF-8 bytes: hashing and comparing skip the Unicode
/// normalisation that `String` does on every look-up. Two keys are equal exactly when their bytes
/// are, so use it for text already in one spelling (a match key, a cell as printed).
struct ByteKey: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text
        var y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
