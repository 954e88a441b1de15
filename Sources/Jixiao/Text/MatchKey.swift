/// A name as matched between the actuals and the declaration (`PrintedText.matchKey`: NFKC, no
/// white space), hashed and compared by its UTF-8 bytes (`ByteKey`). The text is normalised once,
/// when the key is made, so two keys are equal exactly when their bytes are.
struct MatchKey: Hashable, Sendable {
    let key: ByteKey

    init(_ name: String) {
        key = ByteKey(PrintedText.matchKey(name))
    }
}
