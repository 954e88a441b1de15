import Foundation

/// 分值: splits the rule file's block points over a project's indicators, in whole cents.
///
/// - A block with no indicators gives its points to the other blocks in proportion to their
///   points: each gets ⌊share⌋ cents and the cents left over go one each to the blocks in rule
///   order. (财预〔2020〕10号 says the weights are adjustable; this keeps the total at 100.)
/// - Within a block each indicator gets ⌊100·B/n⌋ cents, and the first (100·B mod n) indicators in
///   form order one cent more, so the block adds up exactly.
/// - Explicit points (declaration JSON `points`, or the actuals' 分值 column) are the unit's own
///   weights and are used as given, even when a block's sum differs from the rule file's (the
///   caller warns, naming the block and both sums). Rows of such a block without a 分值 share what
///   is left of the block's points equally (nothing when the given points use it all).
enum PointsAllocator {
    struct Allocation: Hashable, Sendable {
        /// Points per indicator, in the project's order; 0 for an indicator no block scores.
        var points: [Fixed]
        /// The block each indicator belongs to, or nil.
        var blockOfIndicator: [Int?]
        /// Each block's points after empty blocks were redistributed.
        var blockPoints: [Fixed]
        /// Blocks whose explicit points did not add up, with their sums.
        var mismatches: [Mismatch]
        /// Per block: true when the unit gave points (分值) for some of its rows, false when the
        /// block was split evenly.
        var given: [Bool] = []
        /// Per block: the points its rows hold, as allocated (the given ones where the unit gave them).
        var held: [Fixed] = []
    }

    struct Mismatch: Hashable, Sendable {
        var block: Int
        var sum: Fixed
    }

    /// `categories[i]` is indicator i's 一级指标; `explicit[i]` its explicit points, if any.
    static func allocate(categories: [String], explicit: [Fixed?], rules: RuleSet) -> Allocation {
        allocate(blockOf: categories.map { rules.blockIndex(for: $0) }, explicit: explicit, rules: rules)
    }

    /// `blockOf[i]` is the block that scores indicator i, if any.
    static func allocate(blockOf: [Int?], explicit: [Fixed?], rules: RuleSet) -> Allocation {
        var members = Array(repeating: [Int](), count: rules.blocks.count)
        for (index, block) in blockOf.enumerated() { if let block { members[block].append(index) } }
        let blockPoints = redistribute(rules.blocks.map { Fixed($0.points) }, filled: members.map { !$0.isEmpty })

        var points = Array(repeating: Fixed.zero, count: blockOf.count)
        var mismatches: [Mismatch] = []
        var given = Array(repeating: false, count: rules.blocks.count)
        var held = Array(repeating: Fixed.zero, count: rules.blocks.count)
        for (block, indices) in members.enumerated() where !indices.isEmpty {
            var chosen = equalSplit(blockPoints[block], count: indices.count)
            if indices.contains(where: { explicit[$0] != nil }) {
                given[block] = true
                let sumGiven = indices.compactMap { explicit[$0] }.reduce(Fixed.zero, +)
                let open = indices.filter { explicit[$0] == nil }
                let rest = equalSplit(max(blockPoints[block] - sumGiven, .zero), count: open.count)
                chosen = indices.map { index in explicit[index] ?? rest[open.firstIndex(of: index) ?? 0] }
                let sum = chosen.reduce(Fixed.zero, +)
                if sum != blockPoints[block] { mismatches.append(Mismatch(block: block, sum: sum)) }
            }
            for (offset, index) in indices.enumerated() { points[index] = chosen[offset] }
            held[block] = chosen.reduce(Fixed.zero, +)
        }
        return Allocation(points: points, blockOfIndicator: blockOf, blockPoints: blockPoints, mismatches: mismatches,
                          given: given, held: held)
    }

    /// `total` split into `count` parts of whole cents adding up exactly; the first parts get the
    /// left-over cents.
    static func equalSplit(_ total: Fixed, count: Int) -> [Fixed] {
        guard count > 0 else { return [] }
        let cents = wholeCents(total)
        let base = cents / count
        let extra = cents % count
        return (0..<count).map { fromCents(base + ($0 < extra ? 1 : 0)) }
    }

    /// Gives the points of blocks without indicators to the filled ones, in proportion, in cents.
    static func redistribute(_ points: [Fixed], filled: [Bool]) -> [Fixed] {
        let spare = wholeCents(zip(points, filled).filter { !$0.1 }.reduce(Fixed.zero) { $0 + $1.0 })
        let weights = zip(points, filled).map { $0.1 ? wholeCents($0.0) : 0 }
        let weightSum = weights.reduce(0, +)
        guard spare > 0, weightSum > 0 else { return zip(points, filled).map { $0.1 ? $0.0 : .zero } }
        var cents = weights.map { $0 + spare * $0 / weightSum }
        var left = spare - weights.map { spare * $0 / weightSum }.reduce(0, +)
        for index in cents.indices where left > 0 && weights[index] > 0 {
            cents[index] += 1
            left -= 1
        }
        return cents.map { Self.fromCents($0) }
    }

    /// A whole number of cents as an exact decimal.
    static func fromCents(_ count: Int) -> Fixed { Fixed(cents: Int64(count)) }

    /// An amount in whole cents, rounded half-up (amounts here have at most two decimals).
    static func wholeCents(_ value: Fixed) -> Int {
        Int(value.rounded(2, .halfUp).cents ?? 0)
    }
}
