import Foundation
import XCTest
@testable import Jixiao

final class ActualsMatcherTests: XCTestCase {
    /// 甲: cost ≤90万元, rate =100%, complaints ≤5件, timeliness 及时 (declared twice), no-target row.
    let declaration = Declaration(projects: [Project(name: "甲项目", funds: Funds(total: 900_000), indicators: [
        Indicator(category: "成本指标", subcategory: "经济成本指标", name: "支出", target: RuleFixtures.target("≤90.00(万元)"), line: 10),
        Indicator(category: "产出指标", subcategory: "数量指标", name: "完成率", target: RuleFixtures.target("=100(%)"), line: 11),
        Indicator(category: "效益指标", subcategory: "社会效益指标", name: "投诉", target: RuleFixtures.target("≤5(件)"), line: 12),
        Indicator(category: "效益指标", subcategory: "社会效益指标", name: "及时性", target: .qualitative("及时"), line: 13),
        Indicator(category: "效益指标", subcategory: "可持续影响指标", name: "及时性", target: .qualitative("及时"), line: 14),
    ])])

    private func match(_ body: String) -> ActualsMatcher.Result {
        let rows = ActualsReader.read(text: "项目名称,三级指标,实际完成值,分值\n" + body, file: "a.csv")
        XCTAssertEqual(rows.diagnostics, [])
        return ActualsMatcher.match(declaration, rows: rows.rows, file: "a.csv")
    }

    private func codes(_ result: ActualsMatcher.Result) -> [String] {
        result.diagnostics.map { "\($0.location.cell ?? "-") \($0.code.rawValue)" }
    }

    func testValuesAreConvertedToTheTargetUnit() {
        let result = match("甲项目,支出,\"851,200元\",\n甲项目,完成率,９８％,\n甲项目,投诉,7,\n甲项目,及时性,部分达成 75%,\n")
        XCTAssertEqual(codes(result), ["B5 JX319"])
        let inputs = result.projects[0].inputs
        XCTAssertEqual(inputs[0], .number(fx("85.12")!))
        XCTAssertEqual(inputs[1], .number(98))
        XCTAssertEqual(inputs[2], .number(7), "a bare number is in the target's unit")
        XCTAssertEqual(inputs[3], .level(.partial, percent: 75))
        XCTAssertEqual(inputs[4], .level(.partial, percent: 75), "one actual for a name declared twice serves both")
    }

    func testQualitativeSpellings() {
        for (text, expected) in [("达成", ActualInput.level(.met, percent: nil)), ("及时", .level(.met, percent: nil)),
                                 ("未达成", .level(.unmet, percent: nil)), ("部分达成70", .level(.partial, percent: 70)),
                                 ("达成 90%", .level(.met, percent: 90))] {
            let result = match("甲项目,及时性,\(text),\n甲项目,及时性,达成,\n")
            XCTAssertEqual(result.projects[0].inputs[3], expected, text)
            XCTAssertEqual(result.projects[0].inputs[4], .level(.met, percent: nil), "the second row goes to the second occurrence")
            XCTAssertEqual(codes(result), [], text)
        }
    }

    func testUnreadableValues() {
        // `约98%` is read as 98 since the third batch of forms (ThirdBatchActualsTests); `约` alone is not a number.
        for bad in ["NaN", "\"1,2,3\"", "12.5.6%", "约%", "达成"] {
            let result = match("甲项目,完成率,\(bad),\n")
            XCTAssertEqual(codes(result), ["C2 JX311"], bad)
            XCTAssertEqual(result.projects[0].inputs[1], .invalid, bad)
            XCTAssertTrue(result.diagnostics[0].message(in: .en).hasSuffix("expected e.g. 98.5 or 98.5%"), bad)
            XCTAssertTrue(result.diagnostics[0].message(in: .zh).hasSuffix("应如 98.5 或 98.5%"), result.diagnostics[0].message(in: .zh))
        }
        XCTAssertEqual(match("甲项目,完成率,-0,\n").projects[0].inputs[1], .number(0))
    }

    func testUnitThatDoesNotConvert() {
        let result = match("甲项目,完成率,5件,\n")
        XCTAssertEqual(codes(result), ["C2 JX312"])
        XCTAssertEqual(result.diagnostics[0].arguments, ["5件", "完成率", "件", "%"])
    }

    func testLevelThatIsNotALevel() {
        let result = match("甲项目,及时性,基本及时,\n")
        XCTAssertEqual(codes(result), ["B2 JX319", "C2 JX313"])
        XCTAssertEqual(result.projects[0].inputs[3], .invalid)
    }

    func testFractionLookingPercentIsWarned() {
        let result = match("甲项目,完成率,0.951,\n")
        XCTAssertEqual(codes(result), ["C2 JX315"])
        XCTAssertEqual(result.diagnostics[0].severity, .warning)
        XCTAssertEqual(result.projects[0].inputs[1], .number(fx("0.951")!), "scored as written")
    }

    func testRowsThatMatchNothingAreReported() {
        let result = match("乙项目,完成率,98,\n甲项目,不存在的指标,98,\n甲项目,完成率,98,\n甲项目,完成率,97,\n")
        XCTAssertEqual(codes(result), ["A2 JX316", "B3 JX317", "B5 JX318"])
        XCTAssertEqual(result.diagnostics[2].arguments, ["完成率", "甲项目", "4"])
        XCTAssertEqual(result.projects[0].inputs[1], .number(98), "the first row is used")
    }

    func testNamesAreNormalisedLikeTheImporter() {
        let result = match("甲 项目,完成 率,98,\n")
        XCTAssertEqual(codes(result), [])
        XCTAssertEqual(result.projects[0].inputs[1], .number(98))
    }

    func testBudgetRows() {
        let result = match("甲项目,全年执行数,85.5万元,\n甲项目,全年预算数,\"880,000\",\n甲项目,年度总体目标,已完成,\n")
        XCTAssertEqual(codes(result), [])
        XCTAssertEqual(result.projects[0].spent, 855_000)
        XCTAssertEqual(result.projects[0].budgetOverride, 880_000)
        XCTAssertEqual(result.projects[0].goalOutcome, "已完成")
        let bad = match("甲项目,全年执行数,很多,\n甲项目,全年执行数,5,\n")
        XCTAssertEqual(codes(bad), ["B3 JX318", "C2 JX321"])
    }

    func testPointsColumn() {
        let result = match("甲项目,投诉,7,20\n甲项目,完成率,98,abc\n")
        XCTAssertEqual(codes(result), ["D3 JX320"])
        XCTAssertEqual(result.projects[0].explicitPoints[2], 20)
        XCTAssertNil(result.projects[0].explicitPoints[1])
    }
}
