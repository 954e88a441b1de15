import Foundation

/// Turns a printed target (`≤873.41(万元)`, `不低于90%`, `90%～100%`, `及时`) into a `Target`.
///
/// The grammar, after full-width folding and removal of all white space:
/// `[operator] number [unit]`, or `number [unit] separator number [unit]` for a range, where the
/// operator is a symbol (`≥ ≤ = < > >= <= ≧ ≦`) or a word (不低于 …), the unit may sit in brackets,
/// and a trailing 以上 (≥) or 以下/以内 (≤) stands for an operator. A bare number with no operator
/// (`100%`) is read as `=`. Text that starts with neither an operator symbol nor a digit is
/// qualitative. Text that starts like a number but does not finish like one is kept as qualitative
/// and a `TargetProblem` says why, so nothing is silently scored as a number it is not.
enum TargetParser {
    struct Parsed: Hashable, Sendable {
        var target: Target
        var problem: TargetProblem?
    }

    static let rangeSeparators: Set<Unicode.Scalar> = ["-", "~", "～", "〜", "—", "–", "至", "到"]
    static let suffixOperators: [(String, TargetOperator)] = [
        ("及以上", .atLeast), ("以上", .atLeast), ("及以下", .atMost), ("以下", .atMost), ("以内", .atMost),
    ]

    static func parse(_ text: String) -> Parsed {
        if text.unicodeScalars.contains("月") {
            if let deadline = TimePoint.target(text) { return Parsed(target: deadline, problem: nil) }
            if let day = TimePoint.impossibleDay(text) { return Parsed(target: .qualitative(text), problem: .impossibleDate(day)) }
        }
        let s = Array(PrintedText.compact(PrintedText.foldWidth(text)).unicodeScalars)
        let comparison = s.contains { "≥≤<>=≧≦═﹦﹤﹥".unicodeScalars.contains($0) } && s.contains { DecimalLiteral.isDigit($0) }
        let qualitative = Parsed(target: .qualitative(text), problem: comparison ? .comparisonInText : nil)
        if s.isEmpty { return qualitative }

        var i = 0
        var op: TargetOperator?
        var opIsWord = false
        for (spelling, candidate) in TargetOperator.spellings where hasPrefix(s, spelling) {
            op = candidate
            opIsWord = spelling.unicodeScalars.first.map(PrintedText.isCJK) ?? false
            i = spelling.unicodeScalars.count
            break
        }
        if op == nil && !startsNumber(s, at: 0) { return qualitative }

        let first: (Decimal, Int)
        switch DecimalLiteral.scan(s, from: i) {
        case .success(let r): first = r
        case .failure(.noDigits):
            // 达到预期 reads as words, not as a broken number; ≥% does not.
            return opIsWord ? Parsed(target: .qualitative(text), problem: nil)
                            : Parsed(target: .qualitative(text), problem: .noNumber(tail(s, i)))
        case .failure(.tooManyDigits(let n)):
            return Parsed(target: .qualitative(text), problem: .tooManyDigits(n))
        case .failure(.misplacedSeparator):
            return Parsed(target: .qualitative(text), problem: .misplacedSeparator)
        }
        i = first.1
        var rest = tail(s, i)

        // A range: number [unit] separator number [unit], only when no operator was written.
        if op == nil, let sep = rangeSeparatorIndex(s, from: i) {
            let firstUnit = tail(s, i, upTo: sep)
            switch DecimalLiteral.scan(s, from: sep + 1) {
            case .success(let (upper, end)):
                let secondUnit = tail(s, end)
                guard let u1 = unitSpelling(firstUnit), let u2 = unitSpelling(secondUnit) else {
                    return Parsed(target: .qualitative(text),
                                  problem: .unreadableUnit(unitSpelling(firstUnit) == nil ? firstUnit : secondUnit))
                }
                if !u1.isEmpty && !u2.isEmpty && MeasureUnit.canonicalSpelling(u1) != MeasureUnit.canonicalSpelling(u2) {
                    return Parsed(target: .qualitative(text), problem: .rangeUnitsDiffer(u1, u2))
                }
                if first.0 > upper { return Parsed(target: .qualitative(text), problem: .rangeReversed) }
                let unit = u2.isEmpty ? u1 : u2
                return Parsed(target: Target(text: text, kind: .quantitative, operator: .range, value: first.0,
                                             upper: upper, unit: unit.isEmpty ? nil : MeasureUnit.canonicalSpelling(unit)),
                              problem: nil)
            case .failure:
                break
            }
        }

        if op == nil {
            for (word, candidate) in suffixOperators where rest.hasSuffix(word) {
                op = candidate
                rest = String(rest.dropLast(word.count))
                break
            }
        }
        guard let unit = unitSpelling(rest) else {
            return Parsed(target: .qualitative(text), problem: .unreadableUnit(rest))
        }
        var target = Target(text: text, kind: .quantitative, operator: op ?? .equal, value: first.0,
                            unit: unit.isEmpty ? nil : MeasureUnit.canonicalSpelling(unit))
        target.assumed = op == nil
        return Parsed(target: target, problem: nil)
    }

    /// The unit text with one pair of enclosing brackets removed, or nil when it is not a unit:
    /// a unit is letters, `%`, `‰`, `/`, `²`, `³` and `·` (or `*`, `×` between two units), with a
    /// digit only as in `m2` or `m3`.
    static func unitSpelling(_ raw: String) -> String? {
        var text = raw
        if let f = text.first, let l = text.last, text.count >= 2,
           (f == "(" && l == ")") || (f == "[" && l == "]") || (f == "【" && l == "】") {
            text = String(text.dropFirst().dropLast())
        }
        let scalars = Array(text.unicodeScalars)
        for (k, c) in scalars.enumerated() {
            if c.properties.isAlphabetic || "%‰/²³·㎡*×・".unicodeScalars.contains(c) { continue }
            if (c == "2" || c == "3"), k > 0, scalars[k - 1] == "m" || scalars[k - 1] == "M" { continue }
            return nil
        }
        if text.hasPrefix("/") || text.hasSuffix("/") { return nil }
        return text
    }

    private static func hasPrefix(_ s: [Unicode.Scalar], _ prefix: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        return s.count >= p.count && Array(s[0..<p.count]) == p
    }

    private static func startsNumber(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < s.count else { return false }
        if DecimalLiteral.isDigit(s[i]) { return true }
        return (s[i] == "-" || s[i] == "+") && i + 1 < s.count && DecimalLiteral.isDigit(s[i + 1])
    }

    /// The index of a range separator after `i` that is followed by a number, skipping a unit.
    private static func rangeSeparatorIndex(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var k = i
        while k < s.count {
            if rangeSeparators.contains(s[k]) && startsNumber(s, at: k + 1) { return k }
            if DecimalLiteral.isDigit(s[k]) { return nil }
            k += 1
        }
        return nil
    }

    private static func tail(_ s: [Unicode.Scalar], _ from: Int, upTo end: Int? = nil) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[min(from, s.count)..<(end ?? s.count)])
        return String(view)
    }
}
