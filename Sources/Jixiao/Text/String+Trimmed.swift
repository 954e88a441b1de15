extension StringProtocol {
    /// The text without white space at either end (see `PrintedText.isWhitespace`); cheaper than
    /// Foundation's `trimmingCharacters(in:)` on every cell.
    var jixiaoTrimmed: String { PrintedText.trimmed(String(self)) }
}
