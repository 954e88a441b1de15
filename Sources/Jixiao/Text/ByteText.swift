/// `PrintedText`'s normalisations on UTF-8 bytes, for the readers' hot loops: most cells need none
/// (plain ASCII and CJK without white space), and that is found by a byte scan without decoding;
/// only the others go through `PrintedText` on a `String`. `ByteTextTests` checks both give the
/// same bytes.
enum ByteText {
    /// True when the text holds white space or an invisible format character (`PrintedText`'s
    /// `isWhitespace`, `isInvisible`): printable ASCII and CJK ideographs are passed over without
    /// decoding.
    static func hasSpaceOrInvisible(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return true }
                i += 1
                continue
            }
            if b >= 0xE4 && b <= 0xE9 {
                i += 3
                continue
            }
            if b == 0xE3 && i + 2 < n {
                if bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 { return true }
                i += 3
                continue
            }
            if b == 0xEF && i + 2 < n && bytes[i + 1] != 0xBB && bytes[i + 1] != 0xBF {
                i += 3
                continue
            }
            let (scalar, length) = decode(bytes, at: i)
            if let scalar, PrintedText.isWhitespace(scalar) || PrintedText.isInvisible(scalar) { return true }
            i += length
        }
        return false
    }

    /// True when the text holds a full-width ASCII form (U+FF01–FF5E) or an ideographic space:
    /// what `PrintedText.foldWidth` changes.
    static func hasFullWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i + 2 < n {
            let b = bytes[i]
            if b == 0xEF {
                let c = bytes[i + 1]
                if (c == 0xBC && bytes[i + 2] >= 0x81) || (c == 0xBD && bytes[i + 2] <= 0x9E) { return true }
            } else if b == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 {
                return true
            }
            i += 1
        }
        return false
    }

    /// True when every scalar is ASCII or a CJK unified ideograph U+4E00–9FFF: a name NFKC leaves
    /// as it is.
    static func isPlainASCIIOrCJK(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
            } else if (b >= 0xE5 && b <= 0xE9) || (b == 0xE4 && i + 1 < n && bytes[i + 1] >= 0xB8) {
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// The scalar at `i` and its length in bytes (nil for a malformed sequence, length 1).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar?, Int) {
        let b = bytes[i]
        var length = 1
        if b >= 0xF0 { length = 4 } else if b >= 0xE0 { length = 3 } else if b >= 0xC0 { length = 2 }
        guard i + length <= bytes.count else { return (nil, 1) }
        var value = UInt32(b) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(c & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// `PrintedText.normalizeName` of the text; nil when it would not change it.
    static func normalizedName(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard hasSpaceOrInvisible(bytes) else { return nil }
        return Array(PrintedText.normalizeName(string(bytes)).utf8)
    }

    /// `PrintedText.compact(PrintedText.foldWidth(…))` of the text: how labels are compared; nil when
    /// it would not change it.
    static func compactFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard hasSpaceOrInvisible(bytes) || hasFullWidth(bytes) else { return nil }
        return Array(PrintedText.compact(PrintedText.foldWidth(string(bytes))).utf8)
    }

    /// `PrintedText.matchKey` of the text: how names are matched; nil when it would not change it.
    static func matchKey(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        if !hasSpaceOrInvisible(bytes) && isPlainASCIIOrCJK(bytes) { return nil }
        return Array(PrintedText.matchKey(string(bytes)).utf8)
    }

    /// True when the text is empty or only white space (`PrintedText.isWhitespace`).
    static func isAllWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                guard b == 0x20 || (b >= 0x09 && b <= 0x0D) else { return false }
                i += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: i)
            guard let scalar, PrintedText.isWhitespace(scalar) else { return false }
            i += length
        }
        return true
    }

    /// True when `PrintedText.trimmed` would change the text: white space at either end.
    static func needsTrimming(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        func space(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        if space(first) || space(last) { return true }
        // A multi-byte white space at either end (U+00A0, U+3000 …): decode the ends.
        if first >= 0x80, let scalar = decode(bytes, at: 0).0, PrintedText.isWhitespace(scalar) { return true }
        if last >= 0x80 {
            var start = bytes.count - 1
            while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            if let scalar = decode(bytes, at: start).0, PrintedText.isWhitespace(scalar) { return true }
        }
        return false
    }

    /// True when the text starts with `FormulaGuard`'s mark (or the `'` of earlier versions) before
    /// a formula's first character.
    static func hasFormulaGuard(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first == 0x27 || first == 0xE2 else { return false }
        return FormulaGuard.removed(string(bytes)) != string(bytes)
    }

    /// The number of Unicode scalars in the text (a column in a message).
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
