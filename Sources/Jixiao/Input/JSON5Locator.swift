/// Checks JSON (or JSON5) text on its bytes, before Foundation's decoder sees it, and finds where
/// a value sits. Foundation only says "not valid JSON", lets the first of two equal keys win
/// silently and reads `1e308` as a number no amount is; this check names the line and column of
/// the first problem: broken syntax, a key given twice in one object, a number out of range
/// (`NaN`, `Infinity`, `1e400`, anything of 10^30 or more or non-zero under 10^-30). A small
/// recursive-descent reader of the JSON5 grammar (objects, arrays, strings in either quote, numbers
/// with sign and hex, true/false/null, unquoted keys, trailing commas, `//` and `/* */` comments);
/// with `json5: false`, only what JSON allows.
enum JSON5Locator {
    struct Problem: Equatable {
        var line: Int
        var column: Int
        /// What was expected and what was found, as wordings said in each language.
        var expected: Wording
        var found: Wording
    }

    /// One step of a path into the document: a key of an object or an index of a list.
    enum Step: Hashable {
        case key(String)
        case index(Int)
    }

    /// The largest magnitude a number may have (and the smallest, as its inverse, when not zero).
    static let largest = 1e30

    static func firstProblem(in text: String, json5: Bool = true) -> Problem? {
        firstProblem(in: Array(text.utf8), json5: json5)
    }

    static func firstProblem(in bytes: [UInt8], json5: Bool = true) -> Problem? {
        var reader = Reader(s: bytes, json5: json5)
        do {
            try reader.document()
            return nil
        } catch let failure as Reader.Failure {
            let (line, column) = place(of: failure.index, in: bytes)
            let found = failure.found ?? (failure.index < bytes.count
                ? Wording(.jsonFoundCharacter, MessageCatalog.shown(character(at: failure.index, in: bytes)))
                : Wording(.jsonEndOfFile))
            return Problem(line: line, column: column, expected: failure.expected, found: found)
        } catch {
            return nil
        }
    }

    /// The line and column (1-based) where the value at `path` starts, when the text has one there.
    static func place(of path: [Step], in bytes: [UInt8], json5: Bool = true) -> (line: Int, column: Int)? {
        places(of: [path], in: bytes, json5: json5)[path]
    }

    /// Where each of `paths` starts, found in one reading of the text (a scorecard of hundreds of
    /// megabytes is read once however many of its figures a check names).
    static func places(of paths: Set<[Step]>, in bytes: [UInt8], json5: Bool = true) -> [[Step]: (line: Int, column: Int)] {
        guard !paths.isEmpty else { return [:] }
        var reader = Reader(s: bytes, json5: json5)
        reader.targets = paths
        try? reader.document()
        return reader.found.mapValues { place(of: $0, in: bytes) }
    }

    /// Line and column (in characters) of a byte offset.
    static func place(of index: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[0..<min(index, bytes.count)] {
            if byte == 10 { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// The character that starts at a byte offset.
    private static func character(at index: Int, in bytes: [UInt8]) -> String {
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    private struct Reader {
        struct Failure: Error {
            var index: Int
            var expected: Wording
            var found: Wording? = nil
        }

        /// Thrown to stop once the value at `target` is found.
        struct Found: Error {}

        let s: [UInt8]
        let json5: Bool
        var i = 0
        var path: [Step] = []
        /// The paths whose values are looked for, and where each was found (byte offsets).
        var targets: Set<[Step]> = []
        var found: [[Step]: Int] = [:]

        init(s: [UInt8], json5: Bool) {
            self.s = s
            self.json5 = json5
        }

        mutating func document() throws {
            if s.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
            try skip()
            try value(depth: 0)
            try skip()
            if i < s.count { throw Failure(index: i, expected: Wording(.jsonEndOfFile)) }
        }

        private func at(_ ascii: Unicode.Scalar, _ offset: Int = 0) -> Bool {
            i + offset < s.count && s[i + offset] == UInt8(ascii: ascii)
        }

        private mutating func skip() throws {
            while i < s.count {
                let b = s[i]
                if b == 32 || b == 9 || b == 10 || b == 13 {
                    i += 1
                } else if json5 && at("/") && at("/", 1) {
                    while i < s.count && s[i] != 10 { i += 1 }
                } else if json5 && at("/") && at("*", 1) {
                    let start = i
                    i += 2
                    while i + 1 < s.count && !(at("*") && at("/", 1)) { i += 1 }
                    guard i + 1 < s.count else { throw Failure(index: start, expected: Wording(.jsonCommentClosed)) }
                    i += 2
                } else if json5, s[i...].starts(with: [0xEF, 0xBB, 0xBF]) || s[i...].starts(with: [0xC2, 0xA0])
                            || s[i...].starts(with: [0xE3, 0x80, 0x80]) {
                    i += s[i] == 0xC2 ? 2 : 3
                } else {
                    return
                }
            }
        }

        private mutating func value(depth: Int) throws {
            if !targets.isEmpty, targets.contains(path) {
                found[path] = i
                if found.count == targets.count { throw Found() }
            }
            guard depth < 512 else { throw Failure(index: i, expected: Wording(.jsonLessNested)) }
            guard i < s.count else { throw Failure(index: i, expected: Wording(.jsonValue)) }
            if at("{") {
                try object(depth: depth)
            } else if at("[") {
                try array(depth: depth)
            } else if at("\"") || (json5 && at("'")) {
                _ = try string()
            } else {
                try word()
            }
        }

        /// true, false, null, or a number (checked for its range).
        private mutating func word() throws {
            let start = i
            while i < s.count {
                let b = s[i]
                let isWordByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                    || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
                guard isWordByte else { break }
                i += 1
            }
            let text = String(decoding: s[start..<i], as: UTF8.self)
            if text == "true" || text == "false" || text == "null" { return }
            var body = Substring(text)
            if body.hasPrefix("-") || (json5 && body.hasPrefix("+")) { body = body.dropFirst() }
            let outOfRange = Failure(index: start, expected: Wording(.jsonNumberInRange), found: Wording(.jsonFoundCharacter, text))
            // JSON5 allows them as numbers; no amount, point or rate is one.
            if body == "Infinity" || body == "NaN" { throw outOfRange }
            if json5, body.lowercased().hasPrefix("0x"), body.count > 2, body.dropFirst(2).allSatisfy(\.isHexDigit) {
                guard let value = UInt64(body.dropFirst(2), radix: 16), Double(value) < JSON5Locator.largest else { throw outOfRange }
                return
            }
            guard isNumber(body), let double = Double(body) else {
                throw Failure(index: start, expected: Wording(.jsonValue))
            }
            let mantissa = body.prefix { $0 != "e" && $0 != "E" }
            let nonZero = mantissa.contains { $0 >= "1" && $0 <= "9" }
            if !double.isFinite || abs(double) >= JSON5Locator.largest || (nonZero && abs(double) < 1 / JSON5Locator.largest) {
                throw outOfRange
            }
        }

        /// A number as JSON writes it (JSON5 also allows `.5` and `5.`).
        private func isNumber(_ body: Substring) -> Bool {
            let bytes = Array(body.utf8)
            var k = 0
            func digits() -> Int {
                let from = k
                while k < bytes.count, bytes[k] >= 0x30, bytes[k] <= 0x39 { k += 1 }
                return k - from
            }
            let whole = digits()
            if !json5, whole > 1, bytes[0] == 0x30 { return false }
            var fraction = 0
            if k < bytes.count, bytes[k] == UInt8(ascii: ".") {
                k += 1
                fraction = digits()
                if !json5 && fraction == 0 { return false }
            }
            guard whole + fraction > 0, json5 || whole > 0 else { return false }
            if k < bytes.count, bytes[k] == UInt8(ascii: "e") || bytes[k] == UInt8(ascii: "E") {
                k += 1
                if k < bytes.count, bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-") { k += 1 }
                guard digits() > 0 else { return false }
            }
            return k == bytes.count
        }

        private mutating func object(depth: Int) throws {
            i += 1
            try skip()
            var keys: [String: Int] = [:]
            if at("}") { i += 1; return }
            while true {
                let keyStart = i
                let name = try key()
                if let first = keys[name] {
                    throw Failure(index: keyStart, expected: Wording(.jsonKeyOnce, String(JSON5Locator.place(of: first, in: s).line)),
                                  found: Wording(.jsonFoundCharacter, name))
                }
                keys[name] = keyStart
                try skip()
                guard at(":") else { throw Failure(index: i, expected: Wording(.jsonColon)) }
                i += 1
                try skip()
                path.append(.key(name))
                try value(depth: depth + 1)
                path.removeLast()
                try skip()
                guard i < s.count else { throw Failure(index: i, expected: Wording(.jsonCommaOr, "}")) }
                if at("}") { i += 1; return }
                guard at(",") else { throw Failure(index: i, expected: Wording(.jsonCommaOr, "}")) }
                i += 1
                try skip()
                if json5 && at("}") { i += 1; return }
            }
        }

        private mutating func array(depth: Int) throws {
            i += 1
            try skip()
            if at("]") { i += 1; return }
            var index = 0
            while true {
                path.append(.index(index))
                try value(depth: depth + 1)
                path.removeLast()
                index += 1
                try skip()
                guard i < s.count else { throw Failure(index: i, expected: Wording(.jsonCommaOr, "]")) }
                if at("]") { i += 1; return }
                guard at(",") else { throw Failure(index: i, expected: Wording(.jsonCommaOr, "]")) }
                i += 1
                try skip()
                if json5 && at("]") { i += 1; return }
            }
        }

        /// A key's name: the text between its quotes as written, or the unquoted name (JSON5).
        private mutating func key() throws -> String {
            guard i < s.count else { throw Failure(index: i, expected: Wording(.jsonKey)) }
            if at("\"") || (json5 && at("'")) { return try string() }
            let start = i
            while json5, i < s.count {
                let b = s[i]
                let isNameByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                    || b == UInt8(ascii: "_") || b == UInt8(ascii: "$") || b >= 0x80
                guard isNameByte else { break }
                i += 1
            }
            if i == start { throw Failure(index: i, expected: Wording(.jsonKey)) }
            return String(decoding: s[start..<i], as: UTF8.self)
        }

        /// Reads a quoted text; returns it as written between the quotes.
        private mutating func string() throws -> String {
            let quote = s[i]
            let start = i
            i += 1
            while i < s.count && s[i] != quote {
                if s[i] == UInt8(ascii: "\\") { i += 1 }
                if i < s.count && s[i] == 10 {
                    throw Failure(index: i, expected: Wording(.jsonQuoteBeforeLineEnd, String(UnicodeScalar(quote))))
                }
                i += 1
            }
            guard i < s.count else { throw Failure(index: start, expected: Wording(.jsonClosingQuote, String(UnicodeScalar(quote)))) }
            i += 1
            return String(decoding: s[(start + 1)..<(i - 1)], as: UTF8.self)
        }
    }
}
