import Foundation
import XCTest
@testable import Jixiao

/// `quantitative.tolerance`: a floor missed or a ceiling passed by no more than d % of the target
/// keeps full points (seen in 1 of 27 published tables: a per-household ceiling missed by 10 %).
final class ToleranceTests: XCTestCase {
    private func score(_ target: String, _ actual: String, tolerance: String?) -> (String, ScoreStatus, String) {
        var rules = RuleFixtures.mof
        if let tolerance { rules.tolerance = Decimal(string: tolerance)! }
        let row = IndicatorScorer.score(target: ScoredTarget(RuleFixtures.target(target)), actual: .number(Fixed(Decimal(string: actual)!)),
                                        points: Fixed(10), context: ScoringContext(rules))
        var scored = IndicatorScore(category: "产出指标", subcategory: "数量指标", name: "x", target: target, actual: actual, points: 10,
                                    score: row.score.decimal, status: row.status, basis: "", reason: nil, remedy: nil, line: 1,
                                    actualLine: 1, block: nil)
        scored.working = row.working
        return (row.score.fixedText(), row.status, WorkingText.render(scored, .english))
    }

    func testABandAroundTheTargetKeepsFullPoints() {
        // A ceiling of 100 元 per household, 110 spent: full under 10 %, W·T/A without.
        XCTAssertEqual(score("≤100(元)", "110", tolerance: "10").0, "10.00")
        XCTAssertEqual(score("≤100(元)", "110", tolerance: "10").2, "110 within 10% of 100 → 10.00")
        XCTAssertEqual(score("≤100(元)", "110.01", tolerance: "10").0, "9.09")
        XCTAssertEqual(score("≤100(元)", "110", tolerance: nil).0, "9.09")
        // A floor: 90 against ≥100 is within 10 %, 89.99 is not; = scores as ≥.
        XCTAssertEqual(score("≥100(人)", "90", tolerance: "10").0, "10.00")
        XCTAssertEqual(score("≥100(人)", "89.99", tolerance: "10").0, "9.00")
        XCTAssertEqual(score("=100(%)", "95", tolerance: "5").1, .met)
        XCTAssertEqual(score("=100(%)", "95", tolerance: nil).0, "9.50")
        // A range, both ends; a deadline and a target of 0 have no band.
        XCTAssertEqual(score("80-90(%)", "76", tolerance: "5").0, "10.00")
        XCTAssertEqual(score("80-90(%)", "94.5", tolerance: "5").0, "10.00")
        XCTAssertEqual(score("=0(次)", "1", tolerance: "50").0, "0.00")
    }

    func testTheRuleFileKey() throws {
        let text = try Fixtures.text("scoring-rules/mof-2020.json5")
        let folder = try Fixtures.temporaryFolder()
        for (value, expected) in [("10", Decimal(10)), ("2.5", Decimal(string: "2.5")!)] {
            let file = folder.appendingPathComponent("t\(value).json5")
            try text.replacingOccurrences(of: "tolerance: 0,", with: "tolerance: \(value),").write(to: file, atomically: true, encoding: .utf8)
            let (rules, diagnostics) = RuleSetLoader.load(path: file.path)
            XCTAssertEqual(rules?.tolerance, expected, "\(diagnostics.map { $0.message(in: .en) })")
        }
        XCTAssertEqual(RuleFixtures.mof.tolerance, 0)
        let bad = folder.appendingPathComponent("bad.json5")
        try text.replacingOccurrences(of: "tolerance: 0,", with: "tolerance: 80,").write(to: bad, atomically: true, encoding: .utf8)
        let (none, diagnostics) = RuleSetLoader.load(path: bad.path)
        XCTAssertNil(none)
        XCTAssertEqual(diagnostics.map(\.code), [.ruleBadValue])
        XCTAssertTrue(diagnostics[0].message(in: .en).contains("quantitative.tolerance"), diagnostics[0].message(in: .en))
    }
}
