import Foundation
import XCTest
@testable import Jixiao

final class RuleSetLoaderTests: XCTestCase {
    func testBundledRuleFiles() {
        let mof = RuleFixtures.mof
        XCTAssertEqual(mof.executionPoints, 10)
        XCTAssertEqual(mof.blocks.map(\.points), [50, 30, 10])
        XCTAssertEqual(mof.blocks[0].categories, ["产出指标", "成本指标"])
        XCTAssertEqual(mof.reverse, .ratio)
        XCTAssertEqual(mof.overAchievementRatio, Decimal(string: "1.3"))
        XCTAssertEqual(mof.grades.map(\.minimum), [90, 80, 60, 0])
        XCTAssertEqual(mof.rollup, .budget)
        XCTAssertEqual(mof.grade(for: Decimal(string: "89.99")!), "良")
        XCTAssertEqual(mof.grade(for: 90), "优")
        XCTAssertEqual(mof.grade(for: Decimal(string: "59.99")!), "差")

        let province = RuleFixtures.province
        XCTAssertNotEqual(province.executionPoints, mof.executionPoints)
        XCTAssertNotEqual(province.reverse, mof.reverse)
        XCTAssertNotEqual(province.grades, mof.grades)
        XCTAssertNotEqual(province.rollup, mof.rollup)
    }

    private func errors(_ edit: (String) -> String) -> [String] {
        let text = edit(try! Fixtures.text("scoring-rules/mof-2020.json5"))
        let (rules, diagnostics) = RuleSetLoader.load(data: Data(text.utf8), file: "r.json5")
        XCTAssertNil(rules)
        return diagnostics.map { "\($0.location.line) \($0.code.rawValue) \($0.arguments.first ?? "")" }
    }

    func testMissingKey() {
        XCTAssertEqual(errors { $0.replacingOccurrences(of: "rollup: { weighting: \"budget\" },", with: "") },
                       ["0 JX402 rollup"])
    }

    func testWeightsNotAddingUpLoadWithAWarning() {
        let text = try! Fixtures.text("scoring-rules/mof-2020.json5").replacingOccurrences(of: "points: 30", with: "points: 35")
        let (rules, diagnostics) = RuleSetLoader.load(data: Data(text.utf8), file: "r.json5")
        XCTAssertEqual(rules?.blocks.map(\.points), [50, 35, 10], "a unit's own weights: 10 + 50 + 35 + 10 = 105")
        XCTAssertEqual(diagnostics.map { "\($0.location.line) \($0.code.rawValue) \($0.severity.rawValue) \($0.arguments[0])" },
                       ["19 JX405 warning 105"])
    }

    func testNegativePointsAndCutOffAbove100() {
        XCTAssertTrue(errors { $0.replacingOccurrences(of: "execution: { points: 10 }", with: "execution: { points: -10 }") }
            .contains { $0.contains("JX403 execution.points") })
        XCTAssertEqual(errors { $0.replacingOccurrences(of: "min: 90", with: "min: 120") }, ["75 JX403 grades[0].min"])
    }

    func testUnknownOperatorNameAndUnknownKey() {
        XCTAssertEqual(errors { $0.replacingOccurrences(of: "reverse: \"ratio\"", with: "reverse: \"inverse\"") },
                       ["29 JX403 quantitative.reverse"])
        XCTAssertEqual(errors { $0.replacingOccurrences(of: "strictBound: \"asNonStrict\"", with: "strictBound: \"strict\"") },
                       ["33 JX403 quantitative.strictBound"])
        XCTAssertEqual(errors { $0.replacingOccurrences(of: "rollup: {", with: "rollup: { weigting: 1, ") },
                       ["83 JX404 rollup.weigting"])
    }

    func testBandsAndLevels() {
        XCTAssertEqual(errors { $0.replacingOccurrences(of: "partial: 70,", with: "partial: 85,") },
                       ["60 JX403 qualitative.partial"])
    }

    func testSyntaxError() {
        let found = errors { $0.replacingOccurrences(of: "name: \"mof-2020\",", with: "name: \"mof-2020\" ,,") }
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].contains("JX401"), found[0])
    }
}
