/// Levenshtein distance over Unicode scalars, and the words nearest a mistyped one: the "did you
/// mean" of a command, an option, a rule file's name or a format (`jixiao scroe` → `score`), and,
/// through `NameSuggester`, of a project or indicator name.
public enum EditDistance {
    /// The distance of `a` and `b`; stops early (returning cap + 1) once every path is above `cap`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], cap: Int) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > cap { return cap + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The distance of `a` and `b` where two neighbours written the wrong way round (`scroe`) count
    /// as one edit, not two (the optimal string alignment distance).
    static func withTranspositions(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }

    /// The words of `candidates` near `word` — at most 1 edit for words of one or two letters, else
    /// a third of the longer word's length (at least 2, at most 3), a swap of two neighbours one
    /// edit — letter case ignored, nearest first and at most `limit`; a word written without its
    /// hyphens (`mof2020`) counts as the word.
    public static func nearest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
        func key(_ text: String) -> [Unicode.Scalar] { Array(text.lowercased().unicodeScalars.filter { $0 != "-" }) }
        let typed = key(word)
        guard !typed.isEmpty else { return [] }
        var scored: [(distance: Int, index: Int)] = []
        for (index, candidate) in candidates.enumerated() {
            let other = key(candidate)
            let longer = max(typed.count, other.count)
            let allowed = longer <= 2 ? 1 : min(3, max(2, longer / 3))
            let distance = withTranspositions(typed, other)
            if distance <= allowed { scored.append((distance, index)) }
        }
        return scored.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.prefix(limit).map { candidates[$0.index] }
    }
}
