/// A small pull reader for the XML inside XLSX parts: start, end and empty tags with their
/// attributes, and text with entities decoded. Comments, processing instructions and DOCTYPE are
/// skipped; CDATA is text. It is not a validating parser; malformed markup ends the scan.
struct XMLScanner {
    enum Event: Equatable {
        /// A start tag (or an empty-element tag, with `selfClosing`), name without namespace prefix.
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    private let bytes: [UInt8]
    private var i = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func next() -> Event? {
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") {
                let start = i
                while i < bytes.count && bytes[i] != UInt8(ascii: "<") { i += 1 }
                return .text(Self.decodeEntities(bytes[start..<i]))
            }
            if starts(with: "<!--") {
                skip(past: "-->")
                continue
            }
            if starts(with: "<![CDATA[") {
                let start = i + 9
                skip(past: "]]>")
                return .text(String(decoding: bytes[start..<max(start, i - 3)], as: UTF8.self))
            }
            if starts(with: "<?") || starts(with: "<!") {
                skip(past: ">")
                continue
            }
            return tag()
        }
        return nil
    }

    private mutating func tag() -> Event? {
        i += 1
        let closing = i < bytes.count && bytes[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        let name = readName()
        var attributes: [String: String] = [:]
        while i < bytes.count {
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ">") {
                i += 1
                return closing ? .end(name: name) : .start(name: name, attributes: attributes, selfClosing: false)
            }
            if bytes[i] == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") {
                i += 2
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            let key = readName()
            guard !key.isEmpty else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { return nil }
            i += 1
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { return nil }
            let quote = bytes[i]
            i += 1
            let start = i
            while i < bytes.count && bytes[i] != quote { i += 1 }
            guard i < bytes.count else { return nil }
            attributes[key] = Self.decodeEntities(bytes[start..<i])
            i += 1
        }
        return nil
    }

    /// A tag or attribute name with any namespace prefix dropped (`x:c` → `c`, `r:id` → `id`).
    private mutating func readName() -> String {
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: " ") || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")
                || b == 9 || b == 10 || b == 13 { break }
            i += 1
        }
        let raw = String(decoding: bytes[start..<i], as: UTF8.self)
        return raw.split(separator: ":").last.map(String.init) ?? raw
    }

    private mutating func skipSpace() {
        while i < bytes.count, [9, 10, 13, 32].contains(bytes[i]) { i += 1 }
    }

    private func starts(with text: String) -> Bool {
        let t = Array(text.utf8)
        return i + t.count <= bytes.count && Array(bytes[i..<(i + t.count)]) == t
    }

    private mutating func skip(past text: String) {
        let t = Array(text.utf8)
        while i < bytes.count {
            if i + t.count <= bytes.count && Array(bytes[i..<(i + t.count)]) == t {
                i += t.count
                return
            }
            i += 1
        }
    }

    static func decodeEntities(_ slice: ArraySlice<UInt8>) -> String {
        let text = String(decoding: slice, as: UTF8.self)
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "lt": out += "<"
            case "gt": out += ">"
            case "amp": out += "&"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                var code: UInt32?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") { code = UInt32(entity.dropFirst(2), radix: 16) }
                else if entity.hasPrefix("#") { code = UInt32(entity.dropFirst()) }
                if let code, let scalar = Unicode.Scalar(code) { out.unicodeScalars.append(scalar) } else { out += "&" + entity + ";" }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
