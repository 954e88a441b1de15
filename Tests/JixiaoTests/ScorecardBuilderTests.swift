import Foundation
import XCTest
@testable import Jixiao

/// The scoring stage end to end on a small declaration: what it reports, and where.
final class ScorecardBuilderTests: XCTestCase {
    let declaration = Declaration(projects: [Project(name: "甲项目", unit: "某单位", funds: Funds(total: 1_000_000), indicators: [
        Indicator(category: "产出指标", subcategory: "数量指标", name: "完成率", target: RuleFixtures.target("=100(%)"), line: 10),
        Indicator(category: "产出指标", subcategory: "时效指标", name: "及时性", target: .qualitative("及时"), line: 11),
        Indicator(category: "效益指标", subcategory: "社会效益指标", name: "投诉", target: RuleFixtures.target("≤5(件)"), line: 12),
        Indicator(category: "满意度指标", subcategory: "服务对象满意度指标", name: "满意度", target: RuleFixtures.target("≥90(%)"), line: 13),
        Indicator(category: "其他指标", subcategory: "", name: "杂项", target: RuleFixtures.target("≥1(次)"), line: 14),
    ])])

    private func build(_ body: String, rules: RuleSet = RuleFixtures.mof) -> Scorecard {
        let read = ActualsReader.read(text: "项目名称,三级指标,实际完成值,分值\n" + body, file: "a.csv")
        let matched = ActualsMatcher.match(declaration, rows: read.rows, file: "a.csv")
        var card = ScorecardBuilder.build(matched, rules: rules,
                                          rulesFile: "r.json5", declarationFile: "d.txt", actualsFile: "a.csv")
        card.diagnostics = read.diagnostics + matched.diagnostics + card.diagnostics
        return card
    }

    /// The codes reported, leaving out the missing-reason warnings (DeviationTests covers those).
    private func codes(_ card: Scorecard) -> [String] {
        card.diagnostics.filter { $0.code != .noDeviationReason }.sortedForOutput().map { "\($0.location.file):\($0.location.line) \($0.location.cell ?? "-") \($0.code.rawValue)" }
    }

    func testAWholeProjectByHand() {
        let card = build("甲项目,完成率,95%,\n甲项目,及时性,及时,\n甲项目,投诉,8,\n甲项目,满意度,93,\n甲项目,全年执行数,\"900,000\",\n")
        let project = card.projects[0]
        // 产出 50 over 2 rows: 25 each. 25 × 95/100 = 23.75; 及时 → 25.
        // 效益 30: 30 × 5/8 = 18.75. 满意度 10: 93 ≥ 90 → 10. 预算执行 10 × 0.9 = 9.
        XCTAssertEqual(project.indicators.map(\.score), [Decimal(string: "23.75")!, 25, Decimal(string: "18.75")!, 10, 0])
        XCTAssertEqual(project.executionScore, 9)
        XCTAssertEqual(project.executionRate, 90)
        XCTAssertEqual(project.total, Decimal(string: "86.5"))
        XCTAssertEqual(project.grade, "良")
        XCTAssertEqual(project.indicators[4].status, .invalid)
        XCTAssertEqual(codes(card), ["a.csv:0 - JX514", "d.txt:14 - JX505"],
                       "no 年度总体目标 row in the actuals file; the category no block scores")
        XCTAssertEqual(card.unit.score, Decimal(string: "86.5"))
    }

    func testGivenPointsAreUsedAndTheirSumsReported() {
        let card = build("甲项目,完成率,100,30\n甲项目,及时性,达成,30\n甲项目,全年执行数,1000000,\n")
        XCTAssertEqual(codes(card), ["a.csv:0 - JX514", "a.csv:2 D2 JX501", "a.csv:4 D4 JX511", "d.txt:12 - JX329", "d.txt:13 - JX329", "d.txt:14 - JX505"],
                       "the block's sum at the first 分值 cell, the total of points at the 全年执行数 row's 分值 cell")
        XCTAssertEqual(card.diagnostics.first { $0.code == .blockPointsMismatch }?.arguments, ["甲项目", "产出", "60", "50"])
        XCTAssertEqual(card.projects[0].indicators[0].points, 30, "the unit's own 分值 is used as given")
        // 10 (execution) + 60 given for 产出 (the rule file gives 50) + the other blocks' 40 = 110.
        XCTAssertEqual(card.diagnostics.first { $0.code == .pointsNot100 }?.arguments, ["甲项目", "110.00", "10.00", "100.00"])
        XCTAssertEqual(card.projects[0].total, card.projects[0].indicators.reduce(card.projects[0].executionScore) { $0 + $1.score },
                       "the total is the sum of the shown scores")
    }

    func testPercentOutsideTheLevelBandIsAnError() {
        let card = build("甲项目,及时性,部分达成 85%,\n甲项目,全年执行数,1000000,\n")
        XCTAssertTrue(codes(card).contains("a.csv:2 C2 JX314"), "\(codes(card))")
        let diagnostic = card.diagnostics.first { $0.code == .actualPercentOutOfBand }!
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.arguments, ["部分达成 85%", "及时性", "85", "部分达成", "[60, 80)"])
        XCTAssertEqual(card.projects[0].indicators[1].status, .invalid)
    }

    func testNoSpendingAndZeroBudget() {
        let card = build("")
        XCTAssertTrue(codes(card).contains("a.csv:0 - JX502"))
        XCTAssertEqual(card.projects[0].executionScore, 0)
        XCTAssertNil(card.projects[0].executionRate)
        let zero = build("甲项目,全年预算数,0,\n甲项目,全年执行数,5,\n")
        XCTAssertTrue(codes(zero).contains("a.csv:3 C3 JX506"), "\(codes(zero))")
        XCTAssertEqual(zero.projects[0].executionScore, 0)
    }

    func testOverSpendingIsCappedAtFullExecutionPoints() {
        let card = build("甲项目,全年执行数,1200000,\n")
        XCTAssertEqual(card.projects[0].executionScore, 10)
        XCTAssertEqual(card.projects[0].executionRate, 120)
    }
}
