/// How wide text shows in a terminal or a spreadsheet cell, in character cells: 2 for East Asian
/// wide characters (CJK, full-width forms, Hangul Jamo), 1 for everything else.
enum DisplayWidth {
    static func of(_ text: some StringProtocol) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += scalar.value < 0x1100 ? 1 : (isWide(scalar) ? 2 : 1) }
        return width
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        PrintedText.isCJK(scalar) || (scalar.value >= 0x1100 && scalar.value <= 0x115F)
    }
}
