#if canImport(Glibc)
import Glibc
#endif

/// A name as matched between the actuals and the declaration (`PrintedText.matchKey`: NFKC, no
/// white space), hashed and compared by its UTF-8 bytes. The text is normalised once, when the key
/// is made, so the per-look-up Unicode normalisation that hashing a `String` does is not needed:
/// two keys are equal exactly when their bytes are.
struct MatchKey: Hashable, Sendable {
    let text: String

    init(_ name: String) {
        text = PrintedText.matchKey(name)
    }

    static func == (a: MatchKey, b: MatchKey) -> Bool {
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
