import Foundation
import XCTest
@testable import Jixiao

final class MeasureUnitTests: XCTestCase {
    private func factor(_ from: String, _ to: String) -> Decimal? {
        MeasureUnit(from)!.convert(1, to: MeasureUnit(to)!)
    }

    func testLengthMassVolumeAndArea() {
        XCTAssertEqual(factor("公里", "米"), 1_000)
        XCTAssertEqual(factor("厘米", "米"), Decimal(string: "0.01"))
        XCTAssertEqual(factor("毫米", "厘米"), Decimal(string: "0.1"))
        XCTAssertEqual(factor("km", "千米"), 1)
        XCTAssertEqual(factor("吨", "千克"), 1_000)
        XCTAssertEqual(factor("公斤", "kg"), 1)
        XCTAssertEqual(factor("万吨", "吨"), 10_000)
        XCTAssertEqual(factor("立方米", "升"), 1_000)
        XCTAssertEqual(factor("方", "m³"), 1)
        XCTAssertEqual(factor("m3", "立方米"), 1)
        XCTAssertEqual(factor("公顷", "亩"), 15, "exactly: 亩 is 10 000/15 m²")
        XCTAssertEqual(factor("平方公里", "公顷"), 100)
        XCTAssertEqual(MeasureUnit("亩")!.convert(30, to: MeasureUnit("公顷")!), 2)
        XCTAssertNil(factor("米", "平方米"), "length is not area")
        XCTAssertNil(factor("吨", "立方米"), "mass is not volume")
    }

    func testMultipliedAndCompositeUnits() {
        XCTAssertEqual(factor("万人次", "人次"), 10_000)
        XCTAssertEqual(factor("万册", "册"), 10_000)
        XCTAssertEqual(factor("元/人*月", "元/人·月"), 1, "* and · are one spelling")
        XCTAssertEqual(factor("万元/人·月", "元/人×月"), 10_000)
        XCTAssertEqual(factor("元/公里", "元/米"), Decimal(string: "0.001"))
        XCTAssertNil(factor("元/人·月", "元/人"))
        XCTAssertTrue(MeasureUnit("元/人·月")!.isKnown)
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
        XCTAssertEqual(MeasureUnit("m ²")?.symbol, "m²")
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
        XCTAssertFalse(MeasureUnit("吨标煤")!.isKnown)
        XCTAssertEqual(factor("吨标煤", "吨标煤"), 1)
        XCTAssertNil(factor("吨标煤", "元"))
        XCTAssertTrue(MeasureUnit("元/月")!.isKnown)
        XCTAssertNil(MeasureUnit(""))
    }
}
