import Foundation

/// A scoring rule file (`scoring-rules/*.json5`) as values: block weights, formulas, bands,
/// grade cut-offs and roll-up weighting. Every choice the scorer makes is read from here.
public struct RuleSet: Hashable, Sendable {
    /// How a `≤`/`<` target that was exceeded is scored (`reverse` in the file).
    public enum ReverseFormula: String, Hashable, Sendable, CaseIterable {
        /// W·T/A (财预〔2020〕10号 proportion, turned over for lower-is-better).
        case ratio
        /// W·(2T − A)/T, reaching 0 at twice the target (a practice of vendor modules).
        case linear
    }

    /// How project totals are combined into the unit's score (`rollup.weighting`).
    public enum RollupWeighting: String, Hashable, Sendable, CaseIterable {
        /// Σ budget·total / Σ budget.
        case budget
        /// The plain mean of project totals.
        case equal
    }

    /// 分值 block: a share of the 100 points, given to the indicators of some 一级指标.
    public struct Block: Hashable, Sendable {
        public var name: String
        public var points: Decimal
        /// The 一级指标 labels whose indicators share this block's points.
        public var categories: [String]
    }


    /// Qualitative scoring: the share of W for each level, and each level's band of percentages.
    public struct Qualitative: Hashable, Sendable {
        /// Percent of W for 达成, 部分达成, 未达成 when no percentage is written.
        public var met: Decimal
        public var partial: Decimal
        public var unmet: Decimal
        /// Lowest percentage of the 达成 band (its top is 100) and of the 部分达成 band (its top is
        /// `metMinimum`, exclusive); 未达成 is [0, `partialMinimum`).
        public var metMinimum: Decimal
        public var partialMinimum: Decimal
        /// The words that name a level in an actual.
        public var vocabulary: LevelVocabulary = .standard
    }

    public var name: String
    public var title: String
    /// 预算执行率 points: score = points × min(spent / budget, 1).
    public var executionPoints: Decimal
    public var blocks: [Block]
    public var reverse: ReverseFormula
    /// A ≥/= target reached by this ratio or more gets a warning; nil turns the check off.
    public var overAchievementRatio: Decimal?
    /// Percent of W taken off such a row (`quantitative.overAchievementDeduct`, default 0: full
    /// points kept, with the warning): the 10号文's "指标值设定明显偏低的 … 酌情扣分".
    public var overAchievementDeduct: Decimal = 0
    public var qualitative: Qualitative
    /// Highest first; the last has minimum 0.
    public var grades: [GradeCutoff]
    public var rollup: RollupWeighting
    /// How computed row scores are rounded (`rounding`).
    public var rounding: ScoreRounding = .standard
    /// What a bare-number target is scored as (`quantitative.bareNumber`).
    public var bareNumber: BareNumber = .standard
    /// What a row without a target scores (`noTarget`).
    public var noTarget: NoTargetScore = .zero
    /// How 预算执行 is scored (`execution.scoring`).
    public var executionScoring: ExecutionScoring = .proportional
    /// Whether a project whose points do not add up to 100 has its total rescaled to 100
    /// (`totals.rescaleTo100`; default false: the total is the sum of the row scores, with a warning).
    public var rescaleTo100 = false

    /// The block that scores indicators of `category`, if any.
    public func blockIndex(for category: String) -> Int? {
        blocks.firstIndex { $0.categories.contains(category) }
    }

    /// The grade a total earns.
    public func grade(for total: Decimal) -> String {
        grades.grade(for: total)
    }
}
