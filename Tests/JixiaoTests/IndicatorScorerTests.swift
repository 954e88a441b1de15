import Foundation
import XCTest
@testable import Jixiao

/// Every branch of the scoring rules, with numbers worked out by hand.
final class IndicatorScorerTests: XCTestCase {
    let rules = RuleFixtures.mof

    private func score(_ target: String, _ actual: ActualInput, points: String = "16.67",
                       rules: RuleSet? = nil) -> RowScore {
        IndicatorScorer.score(target: RuleFixtures.target(target), actual: actual, points: fx(points)!,
                              rules: rules ?? self.rules)
    }

    private func n(_ text: String) -> ActualInput { .number(fx(text)!) }

    /// The working a row shows, rendered in English from the scorer's facts.
    private func working(_ row: RowScore) -> String {
        WorkingText.render(IndicatorScore(category: "产出指标", subcategory: "", name: "", points: row.working.points.decimal,
                                          score: row.score.decimal, status: row.status, basis: "", line: 0, working: row.working),
                           MessageCatalog.for(.en))
    }

    func testAtLeastReachedAndNot() {
        XCTAssertEqual(score("≥90(%)", n("95")).score, fx("16.67"))
        XCTAssertEqual(score("≥90(%)", n("95")).status, .met)
        let short = score("≥90(%)", n("85"))
        // 16.67 × 85 / 90 = 15.7438… → 15.74
        XCTAssertEqual(short.score, fx("15.74"))
        XCTAssertEqual(short.status, .partial)
        XCTAssertEqual(working(short), "16.67 × 85/90 = 15.74")
        XCTAssertEqual(score("≥90(%)", n("-5")).score, 0, "a negative actual counts as 0")
        XCTAssertEqual(score("≥90(%)", n("-5")).status, .unmet)
        XCTAssertEqual(score("≥0(%)", n("-1")).score, 0, "T ≤ 0 not reached gives 0")
    }

    /// A strict bound reached but not passed is 未达成; its points follow `quantitative.strictBound`.
    func testStrictBoundNotPassedIsUnmet() {
        XCTAssertEqual(score(">90(%)", n("91")).status, .met)
        XCTAssertEqual(score("<5(件)", n("4")).status, .met)
        XCTAssertEqual(working(score("<5(件)", n("4"))), "4 ≤ 5 → 16.67")
        // The default, "asNonStrict": points as ≤ and ≥, the row 未达成.
        let atBound = score("<5(件)", n("5"))
        XCTAssertEqual(atBound.status, .unmet)
        XCTAssertEqual(atBound.score, fx("16.67"))
        XCTAssertEqual(working(atBound), "5 ≤ 5 → 16.67 (the strict bound < 5 not passed: not met, points as ≤)")
        let past = score("<5(件)", n("7"))
        XCTAssertEqual(past.score, fx("11.91"), "16.67 × 5/7 as for ≤")
        XCTAssertEqual(past.status, .unmet, "not 部分达成: the strict bound was not passed")
        XCTAssertEqual(score(">90(%)", n("90")).status, .unmet)
        XCTAssertEqual(score(">90(%)", n("90")).score, fx("16.67"))
        XCTAssertEqual(score(">90(%)", n("85")).score, fx("15.74"))
        // "zero": 0 at the bound and past it.
        var zero = rules
        zero.strictBound = .zero
        let strict = score("<5(件)", n("5"), rules: zero)
        XCTAssertEqual(strict.score, 0)
        XCTAssertEqual(strict.status, .unmet)
        XCTAssertEqual(working(strict), "5 does not pass the strict bound < 5 → not met, 0.00 (rule strictBound: zero)")
        XCTAssertEqual(score(">90(%)", n("85"), rules: zero).score, 0)
        XCTAssertEqual(score("<5(件)", n("4"), rules: zero).score, fx("16.67"), "passed: full points")
    }

    func testAtMostRatioAndLinear() {
        XCTAssertEqual(score("≤5(件)", n("5")).score, fx("16.67"))
        // ratio: 16.67 × 5/7 = 11.907… → 11.91
        XCTAssertEqual(score("≤5(件)", n("7")).score, fx("11.91"))
        XCTAssertEqual(working(score("≤5(件)", n("7"))), "16.67 × 5/7 = 11.91")
        // linear: 16.67 × (10 − 7)/5 = 10.002 → 10.00
        let linear = RuleFixtures.province
        XCTAssertEqual(score("≤5(件)", n("7"), rules: linear).score, fx("10.00"))
        XCTAssertEqual(score("≤5(件)", n("10"), rules: linear).score, 0, "0 at twice the target")
        XCTAssertEqual(score("≤5(件)", n("12"), rules: linear).score, 0, "never below 0")
        XCTAssertEqual(score("≤0(件)", n("1")).score, 0, "T = 0 exceeded gives 0")
    }

    func testEqualZeroTarget() {
        XCTAssertEqual(score("=0(次)", n("0")).score, fx("16.67"))
        XCTAssertEqual(score("=0(次)", n("1")).score, 0)
        XCTAssertEqual(score("=0(次)", n("1")).status, .unmet)
    }

    func testEqualNonZeroIsAtLeast() {
        // 12.5 × 98/100 = 12.25
        XCTAssertEqual(score("=100(%)", n("98"), points: "12.5").score, fx("12.25"))
        XCTAssertEqual(score("=100(%)", n("120"), points: "12.5").score, fx("12.5"), "capped at W")
    }

    func testRange() {
        XCTAssertEqual(score("90%-100%", n("95")).status, .met)
        // below: 16.67 × 80/90 = 14.817… → 14.82
        XCTAssertEqual(score("90%-100%", n("80")).score, fx("14.82"))
        // above: 16.67 × 100/110 = 15.154… → 15.15
        XCTAssertEqual(score("90%-100%", n("110")).score, fx("15.15"))
    }

    func testOverAchievementIsFlaggedNotCut() {
        let row = score("≥100(条)", n("130"))
        XCTAssertEqual(row.score, fx("16.67"))
        XCTAssertEqual(row.overAchievement, fx("1.3"))
        XCTAssertNil(score("≥100(条)", n("129")).overAchievement)
        XCTAssertNil(score("≤100(条)", n("10")).overAchievement, "only ≥, > and = targets")
        XCTAssertNil(score("=0(次)", n("0")).overAchievement, "not for a target of 0")
    }

    func testQualitativeLevels() {
        XCTAssertEqual(score("及时", .level(.met, percent: nil)).score, fx("16.67"))
        // 70% of 16.67 = 11.669 → 11.67
        XCTAssertEqual(score("及时", .level(.partial, percent: nil)).score, fx("11.67"))
        XCTAssertEqual(score("及时", .level(.partial, percent: nil)).status, .partial)
        // 30% of 16.67 = 5.001 → 5.00
        XCTAssertEqual(score("及时", .level(.unmet, percent: nil)).score, fx("5.00"))
        XCTAssertEqual(score("及时", .level(.unmet, percent: nil)).status, .unmet)
        // 75% of 7.5 = 5.625 → 5.63 (half-up)
        XCTAssertEqual(score("有效提升", .level(.partial, percent: 75), points: "7.5").score, fx("5.63"))
        XCTAssertEqual(score("有效提升", .level(.met, percent: 80), points: "10").score, 8)
    }

    func testQualitativePercentOutsideItsBand() {
        let row = score("及时", .level(.partial, percent: 80))
        XCTAssertEqual(row.status, .invalid)
        XCTAssertEqual(row.score, 0)
        XCTAssertEqual(row.bandViolation, "[60, 80)")
        XCTAssertEqual(score("及时", .level(.met, percent: 79)).bandViolation, "[80, 100]")
        XCTAssertEqual(score("及时", .level(.unmet, percent: 60)).bandViolation, "[0, 60)")
        XCTAssertNil(score("及时", .level(.unmet, percent: 59)).bandViolation)
    }

    func testMissingInvalidAndNoTarget() {
        XCTAssertEqual(score("≥90(%)", .missing).status, .missing)
        XCTAssertEqual(score("≥90(%)", .missing).score, 0)
        XCTAssertEqual(score("≥90(%)", .invalid).status, .invalid)
        let none = IndicatorScorer.score(target: nil, actual: n("5"), points: 5, rules: rules)
        XCTAssertEqual(none.status, .invalid)
        XCTAssertEqual(none.score, 0)
        XCTAssertEqual(score("及时", n("5")).status, .invalid, "a number for a qualitative target")
    }

    func testScoreNeverExceedsPoints() {
        for actual in ["0", "1", "89.999", "90", "1000", "-3"] {
            for target in ["≥90(%)", "≤90(%)", "=90(%)", "=0(%)", "80%-90%"] {
                let row = score(target, n(actual), points: "3.33")
                XCTAssertLessThanOrEqual(row.score, fx("3.33")!, "\(target) \(actual)")
                XCTAssertGreaterThanOrEqual(row.score, 0, "\(target) \(actual)")
            }
        }
    }

    /// Numbers whose digits lie more than 38 places apart (found by the `score` fuzz target: the
    /// linear rule's 2T − A trapped) score as the exact arithmetic says, without a crash.
    func testNumbersTooFarApartForOneSignificand() {
        let linear = RuleFixtures.province
        let far = score("≤8731255.4294910485776857", n("3222222222222227385222222"), rules: linear)
        XCTAssertEqual(far.score, 0, "A far above 2T: the floored score")
        XCTAssertEqual(far.status, .unmet)
        // Under county practice's steps, a budget of 10^29 and a spending with 30 decimals.
        var steps = RuleFixtures.load("scoring-rules/county-practice.json5")
        steps.executionScoring = .steps(fullFrom: 95, perPercentPoint: Decimal(string: "0.5")!)
        let execution = ScoringCore.execution(spent: fx("0.000000000000000000000000000001"), budget: fx("1e29") ?? Fixed(significand: 1, exponent: 29),
                                              points: Fixed(10), context: ScoringContext(steps))
        XCTAssertEqual(execution.score, 0, "95 points short at 0.5 a point: nothing left")
    }
}
