import Foundation
import XCTest
@testable import Jixiao

final class RoundingTests: XCTestCase {
    func testHalfUp() {
        for (input, expected) in [("2.675", "2.68"), ("2.665", "2.67"), ("2.664999", "2.66"), ("-2.675", "-2.68"),
                                  ("0.005", "0.01"), ("0.004999", "0"), ("15.74375", "15.74"), ("5.625", "5.63")] {
            XCTAssertEqual(Rounding.halfUp(Decimal(string: input)!), Decimal(string: expected)!, input)
        }
    }

    func testShownFigures() {
        XCTAssertEqual(Rounding.fixed(Decimal(string: "15.7")!), "15.70")
        XCTAssertEqual(Rounding.fixed(100), "100.00")
        XCTAssertEqual(Rounding.fixed(Decimal(string: "-0.001")!), "0.00")
        XCTAssertEqual(Rounding.grouped(Decimal(string: "8734121")!), "8,734,121.00")
        XCTAssertEqual(Rounding.grouped(Decimal(string: "999.995")!), "1,000.00")
        XCTAssertEqual(Rounding.grouped(Decimal(string: "-1234567.891")!), "-1,234,567.89")
    }
}
