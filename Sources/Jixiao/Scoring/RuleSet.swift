import Foundation

/// A scoring rule file (`scoring-rules/*.json5`) as values: block weights, formulas, bands,
/// grade cut-offs and roll-up weighting. Every choice the scorer makes is read from here.
public struct RuleSet: Hashable, Sendable {
    /// How a `≤`/`<` target that was exceeded is scored (`reverse` in the file).
    enum ReverseFormula: String, Hashable, Sendable, CaseIterable {
        /// W·T/A (财预〔2020〕10号 proportion, turned over for lower-is-better).
        case ratio
        /// W·(2T − A)/T, reaching 0 at twice the target (a practice of vendor modules).
        case linear
    }

    /// How project totals are combined into the unit's score (`rollup.weighting`).
    enum RollupWeighting: String, Hashable, Sendable, CaseIterable {
        /// Σ budget·total / Σ budget.
        case budget
        /// The plain mean of project totals.
        case equal
    }

    /// 分值 block: a share of the 100 points, given to the indicators of some 一级指标.
    struct Block: Hashable, Sendable {
        public var name: String
        var points: Decimal
        /// The 一级指标 labels whose indicators share this block's points.
        var categories: [String]
    }


    /// Qualitative scoring: the share of W for each level, and each level's band of percentages.
    struct Qualitative: Hashable, Sendable {
        /// Percent of W for 达成, 部分达成, 未达成 when no percentage is written.
        var met: Decimal
        var partial: Decimal
        var unmet: Decimal
        /// Lowest percentage of the 达成 band (its top is 100) and of the 部分达成 band (its top is
        /// `metMinimum`, exclusive); 未达成 is [0, `partialMinimum`).
        var metMinimum: Decimal
        var partialMinimum: Decimal
        /// The words that name a level in an actual.
        var vocabulary: LevelVocabulary = .standard
    }

    public var name: String
    public var title: String
    /// 预算执行率 points: score = points × min(spent / budget, 1).
    var executionPoints: Decimal
    var blocks: [Block]
    var reverse: ReverseFormula
    /// A ≥/= target reached by this ratio or more gets a warning; nil turns the check off.
    var overAchievementRatio: Decimal?
    /// Percent of W taken off such a row (`quantitative.overAchievementDeduct`, default 0: full
    /// points kept, with the warning): the 10号文's "指标值设定明显偏低的 … 酌情扣分".
    var overAchievementDeduct: Decimal = 0
    /// Percent of T by which an actual may fall below a floor (≥, =, a range's lower end) or pass a
    /// ceiling (≤, a range's upper end) and still keep full points (`quantitative.tolerance`,
    /// default 0: none).
    var tolerance: Decimal = 0
    var qualitative: Qualitative
    /// Highest first; the last has minimum 0.
    var grades: [GradeCutoff]
    var rollup: RollupWeighting
    /// How computed row scores are rounded (`rounding`).
    var rounding: ScoreRounding = .standard
    /// What a bare-number target is scored as (`quantitative.bareNumber`).
    var bareNumber: BareNumber = .standard
    /// What a strict target not passed scores (`quantitative.strictBound`).
    var strictBound: StrictBound = .asNonStrict
    /// What a row without a target scores (`noTarget`).
    var noTarget: NoTargetScore = .zero
    /// How 预算执行 is scored (`execution.scoring`).
    var executionScoring: ExecutionScoring = .proportional
    /// Whether a project whose points do not add up to 100 has its total rescaled to 100
    /// (`totals.rescaleTo100`; default false: the total is the sum of the row scores, with a warning).
    var rescaleTo100 = false
    /// Mid-year monitoring (`monitoring.executionTolerance`, `monitoring.progressTolerance`): how far
    /// spending may lag time progress (percentage points) and a cumulative row its expected value
    /// to date (percent) before it is flagged. Defaults 10 and 10.
    var monitoring = MonitoringTolerances()
    /// `compare`: a new ≥/> target below last year's actual by more than this many percent of the
    /// target is 指标值设定明显偏低; less is 略低 (`comparison.lowMargin`).
    var comparisonLowMargin: Decimal = 10
    /// The 自评失真 checks (`audit`).
    var audit = AuditRules()
    /// The 部门整体支出绩效自评表 (`department`).
    var department = DepartmentRules()

    struct MonitoringTolerances: Hashable, Sendable {
        var executionTolerance: Decimal = 10
        var progressTolerance: Decimal = 10
    }

    /// The block that scores indicators of `category`, if any.
    func blockIndex(for category: String) -> Int? {
        blocks.firstIndex { $0.categories.contains(category) }
    }

    /// The grade a total earns.
    func grade(for total: Decimal) -> String {
        grades.grade(for: total)
    }
}
