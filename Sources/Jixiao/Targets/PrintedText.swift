/// Normalisation of text as printed in the forms: full-width folding and PDF line-wrap repair.
///
/// Both the declaration reader and the actuals reader use these, so a name or a value means the
/// same thing wherever it was typed.
public enum PrintedText {
    /// Folds full-width ASCII (`９０％`, `（`) to half-width and the ideographic space to a space.
    public static func foldWidth(_ text: String) -> String {
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
    /// Other spaces stay (`17 个网点…` keeps its space).
    public static func normalizeName(_ text: String) -> String {
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
    public static func compact(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isWhitespace(scalar) && !isInvisible(scalar) { view.append(scalar) }
        return String(view)
    }

    /// Invisible format characters that copy and paste bring along (RTL/LTR marks, zero-width
    /// joiners, the BOM inside a text): they are dropped from names and values.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }

    /// Space, tab, no-break and ideographic spaces, and the other Unicode white space.
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0xFEFF || scalar.value == 0x200B
    }

    /// CJK ideographs, CJK punctuation and full-width forms: the characters between which a PDF wrap
    /// space is removed.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
