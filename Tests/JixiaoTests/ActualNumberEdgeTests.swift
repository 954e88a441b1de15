import Foundation
import XCTest
@testable import Jixiao

/// Numbers at the edges in 实际完成值 (issue 22, point 8): exponent notation is read exactly,
/// a size the arithmetic cannot hold is named as out of range, and a negative actual where the
/// indicator counts or rates from 0 is an error at its cell, while a rate of change may be negative.
final class ActualNumberEdgeTests: XCTestCase {
    let declaration = Declaration(projects: [Project(name: "甲项目", funds: Funds(total: 900_000), indicators: [
        Indicator(category: "产出指标", subcategory: "数量指标", name: "完成率", target: RuleFixtures.target("=100(%)"), line: 11),
        Indicator(category: "效益指标", subcategory: "社会效益指标", name: "投诉", target: RuleFixtures.target("≤5(件)"), line: 12),
        Indicator(category: "效益指标", subcategory: "经济效益指标", name: "收入增长率", target: RuleFixtures.target("≥3(%)"), line: 13),
    ])])

    private func match(_ body: String) -> ActualsMatcher.Result {
        let rows = ActualsReader.read(text: "项目名称,三级指标,实际完成值,分值\n" + body, file: "a.csv")
        return ActualsMatcher.match(declaration, rows: rows.rows, file: "a.csv")
    }

    private func codes(_ result: ActualsMatcher.Result) -> [String] {
        result.diagnostics.map { "\($0.location.cell ?? "-") \($0.code.rawValue)" }
    }

    func testExponentNotationIsReadExactly() {
        let result = match("甲项目,完成率,9.85E+1,\n甲项目,投诉,1.2e0件,\n甲项目,收入增长率,3.5E-0%,\n")
        XCTAssertEqual(codes(result), [])
        XCTAssertEqual(result.projects[0].inputs, [.number(fx("98.5")!), .number(fx("1.2")!), .number(fx("3.5")!)])
    }

    func testSizesOutOfRangeAreNamed() {
        for text in ["4.9E-324", "1e400", "1E30", "-1e-31"] {
            let result = match("甲项目,投诉,\(text),\n")
            XCTAssertEqual(codes(result), ["C2 JX344"], text)
            XCTAssertEqual(result.projects[0].inputs[1], .invalid, text)
        }
        XCTAssertEqual(match("甲项目,投诉,9.99E+29,\n").projects[0].inputs[1], .number(fx("999000000000000000000000000000")!))
    }

    func testNegativeActualsAreErrorsUnlessTheIndicatorIsAChange() {
        let result = match("甲项目,完成率,-5%,\n甲项目,投诉,-1,\n甲项目,收入增长率,-2%,\n")
        XCTAssertEqual(codes(result), ["C2 JX345", "C3 JX345"])
        XCTAssertEqual(result.projects[0].inputs, [.invalid, .invalid, .number(-2)])
        XCTAssertEqual(match("甲项目,投诉,-0,\n").projects[0].inputs[1], .number(0), "minus zero is zero")
    }

    func testParseScientific() throws {
        XCTAssertNil(Quantity.parseScientific("98.5"), "no exponent: not this reader's")
        XCTAssertNil(Quantity.parseScientific("1e"), "an exponent needs digits")
        let read = try XCTUnwrap(Quantity.parseScientific("-1.25E+3万元")).get()
        XCTAssertEqual(read.value, Decimal(-1250))
        XCTAssertEqual(read.unit, "万元")
        XCTAssertNotNil(try? XCTUnwrap(Quantity.parseScientific("0E-999")).get(), "zero is in range at any exponent")
    }
}
