import Foundation
import XCTest
@testable import Jixiao

final class UnitTests: XCTestCase {
    private func factor(_ from: String, _ to: String) -> Decimal? {
        Unit(from)!.conversionFactor(to: Unit(to)!)
    }

    func testMoney() {
        XCTAssertEqual(factor("万元", "元"), 10_000)
        XCTAssertEqual(factor("元", "万元"), Decimal(string: "0.0001"))
        XCTAssertEqual(factor("亿元", "万元"), 10_000)
    }

    func testPercentSpellings() {
        XCTAssertEqual(factor("％", "%"), 1)
        XCTAssertEqual(factor("百分比", "%"), 1)
    }

    func testAreaSpellings() {
        for spelling in ["m²", "㎡", "平方米", "m2", "m ²", "平米"] {
            XCTAssertEqual(factor(spelling, "m²"), 1, spelling)
        }
        XCTAssertEqual(Unit("m ²")?.symbol, "m²")
    }

    func testDurations() {
        XCTAssertEqual(factor("天", "小时"), 24)
        XCTAssertEqual(factor("h", "分钟"), 60)
        XCTAssertEqual(factor("日", "天"), 1)
        XCTAssertEqual(factor("年", "月"), 12)
        XCTAssertNil(factor("月", "天"), "a month has no fixed number of days")
    }

    func testCountsDoNotMix() {
        XCTAssertEqual(factor("件", "件"), 1)
        XCTAssertNil(factor("件", "人"))
        XCTAssertNil(factor("件", "%"))
    }

    func testComposites() {
        XCTAssertEqual(factor("万元/m²", "元/m²"), 10_000)
        XCTAssertEqual(factor("元/㎡", "元/m ²"), 1)
        XCTAssertEqual(factor("次/年", "次/月"), Decimal(1) / Decimal(12))
        XCTAssertNil(factor("次/月", "件/月"))
    }

    func testUnknownUnitsCompareOnlyWithThemselves() {
        XCTAssertFalse(Unit("吨标煤")!.isKnown)
        XCTAssertEqual(factor("吨标煤", "吨标煤"), 1)
        XCTAssertNil(factor("吨标煤", "元"))
        XCTAssertTrue(Unit("元/月")!.isKnown)
        XCTAssertNil(Unit(""))
    }
}
