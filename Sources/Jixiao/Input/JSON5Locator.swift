/// Finds where JSON (or JSON5) text stops being well formed, because Foundation's decoder only
/// says "not valid JSON". A small recursive-descent check of the JSON5 grammar: objects, arrays,
/// strings in either quote, numbers (with sign, hex, Infinity, NaN), true/false/null, unquoted
/// keys, trailing commas, and // or /* */ comments.
enum JSON5Locator {
    struct Problem: Equatable {
        var line: Int
        var column: Int
        /// What was expected and what was found, as wordings said in each language.
        var expected: Wording
        var found: Wording
    }

    private struct Failure: Error {
        var index: Int
        var expected: Wording
    }

    static func firstProblem(in text: String) -> Problem? {
        let s = Array(text.unicodeScalars)
        var i = 0
        do {
            try skip(s, &i)
            try value(s, &i, depth: 0)
            try skip(s, &i)
            if i < s.count { throw Failure(index: i, expected: Wording(.jsonEndOfFile)) }
            return nil
        } catch let failure as Failure {
            var line = 1
            var column = 1
            for scalar in s[0..<min(failure.index, s.count)] {
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            let found = failure.index < s.count ? Wording(.jsonFoundCharacter, MessageCatalog.shown(String(s[failure.index])))
                                                : Wording(.jsonEndOfFile)
            return Problem(line: line, column: column, expected: failure.expected, found: found)
        } catch {
            return nil
        }
    }

    private static func skip(_ s: [Unicode.Scalar], _ i: inout Int) throws {
        while i < s.count {
            if s[i].properties.isWhitespace || s[i] == "\u{FEFF}" {
                i += 1
            } else if s[i] == "/", i + 1 < s.count, s[i + 1] == "/" {
                while i < s.count && s[i] != "\n" { i += 1 }
            } else if s[i] == "/", i + 1 < s.count, s[i + 1] == "*" {
                let start = i
                i += 2
                while i + 1 < s.count && !(s[i] == "*" && s[i + 1] == "/") { i += 1 }
                guard i + 1 < s.count else { throw Failure(index: start, expected: Wording(.jsonCommentClosed)) }
                i += 2
            } else {
                return
            }
        }
    }

    private static func value(_ s: [Unicode.Scalar], _ i: inout Int, depth: Int) throws {
        guard depth < 512 else { throw Failure(index: i, expected: Wording(.jsonLessNested)) }
        guard i < s.count else { throw Failure(index: i, expected: Wording(.jsonValue)) }
        switch s[i] {
        case "{": try container(s, &i, close: "}", depth: depth, member: true)
        case "[": try container(s, &i, close: "]", depth: depth, member: false)
        case "\"", "'": try string(s, &i)
        default:
            let start = i
            while i < s.count, s[i].properties.isAlphabetic || s[i].properties.numericType != nil
                || "+-._$".unicodeScalars.contains(s[i]) { i += 1 }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: s[start..<i])
            let text = String(word)
            if ["true", "false", "null", "Infinity", "-Infinity", "+Infinity", "NaN"].contains(text) { return }
            let body = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.dropFirst()) : text
            let isHex = body.lowercased().hasPrefix("0x") && body.count > 2 && body.dropFirst(2).allSatisfy(\.isHexDigit)
            let lower = body.lowercased()
            if isHex || (Double(body) != nil && !lower.contains("inf") && !lower.contains("nan")) { return }
            throw Failure(index: start, expected: Wording(.jsonValue))
        }
    }

    private static func container(_ s: [Unicode.Scalar], _ i: inout Int, close: Unicode.Scalar, depth: Int, member: Bool) throws {
        i += 1
        try skip(s, &i)
        if i < s.count && s[i] == close { i += 1; return }
        while true {
            if member {
                try key(s, &i)
                try skip(s, &i)
                guard i < s.count, s[i] == ":" else { throw Failure(index: i, expected: Wording(.jsonColon)) }
                i += 1
                try skip(s, &i)
            }
            try value(s, &i, depth: depth + 1)
            try skip(s, &i)
            guard i < s.count else { throw Failure(index: i, expected: Wording(.jsonCommaOr, String(close))) }
            if s[i] == close { i += 1; return }
            guard s[i] == "," else { throw Failure(index: i, expected: Wording(.jsonCommaOr, String(close))) }
            i += 1
            try skip(s, &i)
            if i < s.count && s[i] == close { i += 1; return }
        }
    }

    private static func key(_ s: [Unicode.Scalar], _ i: inout Int) throws {
        guard i < s.count else { throw Failure(index: i, expected: Wording(.jsonKey)) }
        if s[i] == "\"" || s[i] == "'" { return try string(s, &i) }
        let start = i
        while i < s.count, s[i].properties.isAlphabetic || s[i].properties.numericType != nil || s[i] == "_" || s[i] == "$" { i += 1 }
        if i == start { throw Failure(index: i, expected: Wording(.jsonKey)) }
    }

    private static func string(_ s: [Unicode.Scalar], _ i: inout Int) throws {
        let quote = s[i]
        let start = i
        i += 1
        while i < s.count && s[i] != quote {
            if s[i] == "\\" { i += 1 }
            if i < s.count && s[i] == "\n" { throw Failure(index: i, expected: Wording(.jsonQuoteBeforeLineEnd, String(quote))) }
            i += 1
        }
        guard i < s.count else { throw Failure(index: start, expected: Wording(.jsonClosingQuote, String(quote))) }
        i += 1
    }
}
