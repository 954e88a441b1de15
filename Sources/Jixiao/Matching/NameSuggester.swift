/// Finds the declared names nearest to a name that matched none: the "did you mean" of an unknown
/// project or indicator. Names are compared by their match keys (`PrintedText.matchKey`), by
/// edit distance over Unicode scalars; a name that contains the other, or is contained in it,
/// counts as near too (a shortened or lengthened name).
struct NameSuggester {
    let names: [String]
    private let keys: [[Unicode.Scalar]]

    init(_ names: [String]) {
        self.names = names
        keys = names.map { Array(PrintedText.matchKey($0).unicodeScalars) }
    }

    /// At most `limit` names, nearest first (ties in declaration order). A name is near when its
    /// distance is at most a third of the longer name (at least 1), or when one contains the other.
    func suggestions(for name: String, limit: Int = 3) -> [String] {
        let key = Array(PrintedText.matchKey(name).unicodeScalars)
        guard !key.isEmpty else { return [] }
        var scored: [(distance: Int, index: Int)] = []
        for (index, candidate) in keys.enumerated() where !candidate.isEmpty {
            let allowed = max(1, max(key.count, candidate.count) / 3)
            if abs(key.count - candidate.count) <= allowed {
                let distance = EditDistance.distance(key, candidate, cap: allowed)
                if distance <= allowed {
                    scored.append((distance, index))
                    continue
                }
            }
            if min(key.count, candidate.count) >= 2, Self.contains(candidate, key) || Self.contains(key, candidate) {
                scored.append((abs(key.count - candidate.count), index))
            }
        }
        var seen = Set<String>()
        return scored.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }
            .map { names[$0.index] }
            .filter { seen.insert($0).inserted }
            .prefix(limit).map { $0 }
    }

    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}
