extension StringProtocol {
    /// The text without white space at either end (see `PrintedText.isWhitespace`); cheaper than
    /// Foundation's `trimmingCharacters(in:)` on every cell.
    var jixiaoTrimmed: String { PrintedText.trimmed(String(self)) }
}

extension String {
    /// The text without the white space at its end, found from the end in one pass (a regular
    /// expression `\s+$` is tried from every space of a long padding: quadratic in its length).
    var withoutTrailingWhitespace: String {
        guard let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[...last])
    }
}
