import Foundation

/// Normalisation of text as printed in the forms: full-width folding and PDF line-wrap repair.
///
/// Both the declaration reader and the actuals reader use these, so a name or a value means the
/// same thing wherever it was typed. Character classes are by code point (no Unicode property
/// lookups), and text that needs no change is returned as it is: these run on every cell.
enum PrintedText {
    /// Folds full-width ASCII (`９０％`, `（`) to half-width and the ideographic space to a space.
    static func foldWidth(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: { $0.value >= 0x3000 && ($0.value == 0x3000 || (0xFF01...0xFF5E).contains($0.value)) }) {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// A name as the importer keeps it: trimmed, runs of white space folded to one space, and the
    /// space that a PDF line wrap leaves between two CJK characters removed (`满意度指 标` → `满意度指标`).
    /// Other spaces stay (`17 个网点…` keeps its space). Invisible format characters are dropped.
    static func normalizeName(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: { isWhitespace($0) || isInvisible($0) }) { return text }
        var out: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in text.unicodeScalars where !isInvisible(scalar) {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                if !(isCJK(out[out.count - 1]) && isCJK(scalar)) { out.append(" ") }
                pendingSpace = false
            }
            out.append(scalar)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return String(view)
    }

    /// The text with every white-space (and invisible format) character removed: how labels such as
    /// `计划开始 日期` are compared.
    static func compact(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: { isWhitespace($0) || isInvisible($0) }) { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isWhitespace(scalar) && !isInvisible(scalar) { view.append(scalar) }
        return String(view)
    }

    /// The key under which names are matched between the actuals and the declaration: NFKC
    /// (full-width letters and digits, compatibility ideographs and ㎡-like symbols fold to one
    /// spelling) with every white-space and invisible character removed, so `17个网点…` typed by
    /// hand finds `17 个网点…` from the PDF. NFKC runs only where a scalar could change.
    static func matchKey(_ text: String) -> String {
        let compacted = compact(text)
        if compacted.unicodeScalars.allSatisfy({ $0.value < 0x80 || (0x4E00...0x9FFF).contains($0.value) }) { return compacted }
        return compact(compacted.precomposedStringWithCompatibilityMapping)
    }

    /// The text without white space (as `isWhitespace`) at either end.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// True when the text has a white-space or invisible character (`isWhitespace`, `isInvisible`).
    /// Reads UTF-8 bytes: printable ASCII, CJK ideographs (lead bytes E4–E9), CJK punctuation other
    /// than U+3000 and full-width forms are passed over without decoding; anything else is decoded
    /// and checked by code point. `PrintedTextTests` compares it with the scalar-by-scalar check.
    static func hasSpaceOrInvisible(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
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
                // Anything else: decode this scalar and check it.
                var length = 1
                if b >= 0xF0 { length = 4 } else if b >= 0xE0 { length = 3 } else if b >= 0xC0 { length = 2 }
                let end = min(n, i + length)
                let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self).unicodeScalars.first
                if let scalar, isWhitespace(scalar) || isInvisible(scalar) { return true }
                i = end
            }
            return false
        }
    }

    /// Space, tab, line breaks, no-break and ideographic spaces: Unicode's White_Space, by code point.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Invisible format characters that copy and paste bring along (RTL/LTR marks, zero-width
    /// spaces and joiners, a BOM inside the text): Unicode's format category, by code point.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0xAD { return false }
        switch v {
        case 0xAD, 0x600...0x605, 0x61C, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x180E, 0x200B...0x200F, 0x202A...0x202E,
             0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0xFFF9...0xFFFB, 0x110BD, 0x110CD, 0x13430...0x1343F,
             0x1BCA0...0x1BCA3, 0x1D173...0x1D17A, 0xE0001, 0xE0020...0xE007F:
            return true
        default:
            return false
        }
    }

    /// CJK ideographs, CJK punctuation and full-width forms: the characters between which a PDF wrap
    /// space is removed.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
