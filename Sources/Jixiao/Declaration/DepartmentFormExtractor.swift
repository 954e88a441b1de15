#if canImport(Glibc)
import Glibc
#endif

/// Finds a 部门整体支出绩效目标申报表 in a declaration's text: from its title to the next project
/// form's title (or the end). Its lines are read by `DepartmentFormReader`, and the text is handed
/// to the project scanner with those lines blanked byte for byte, so that every other line keeps
/// its number and the department's indicator table is not read into a project's.
enum DepartmentFormExtractor {
    struct Found: Sendable {
        var form: DepartmentForm
        var diagnostics: [Diagnostic]
        /// The form's lines (1-based).
        var lines: Range<Int>
        /// The text with the form's lines blank.
        var rest: [UInt8]
    }

    static func extract(_ bytes: [UInt8], file: String) -> Found? {
        // Cheap test first: the title's bytes anywhere.
        let marker = Array("部门整体支出绩效".utf8)
        guard bytes.count >= marker.count, contains(bytes, marker) else { return nil }
        let spans = DeclarationScanner.lineSpans(bytes)
        let text = { (index: Int) in String(decoding: bytes[spans[index].offset..<(spans[index].offset + Int(spans[index].count))], as: UTF8.self) }
        guard let start = spans.indices.first(where: { DepartmentFormReader.isTitle(text($0)) }) else { return nil }
        let end = spans.indices.dropFirst(start + 1).first { DeclarationText.isFormTitle(text($0)) } ?? spans.count
        let (form, diagnostics) = DepartmentFormReader.read((start..<end).map(text), firstLine: start + 1, file: file)
        var rest = bytes
        for index in start..<end {
            for offset in spans[index].offset..<(spans[index].offset + Int(spans[index].count)) { rest[offset] = 0x20 }
        }
        return Found(form: form, diagnostics: diagnostics, lines: (start + 1)..<(end + 1), rest: rest)
    }

    /// On the bytes, without slicing: a province's declaration is hundreds of megabytes, mostly CJK
    /// bytes, many of which share the marker's first byte.
    static func contains(_ bytes: [UInt8], _ marker: [UInt8]) -> Bool {
        guard let first = marker.first, bytes.count >= marker.count else { return marker.isEmpty }
        return bytes.withUnsafeBufferPointer { haystack in
            marker.withUnsafeBufferPointer { needle in
                let last = haystack.count - needle.count
                var index = 0
                while index <= last {
                    if haystack[index] == first, memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0 { return true }
                    index += 1
                }
                return false
            }
        }
    }
}
