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
        a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
