import Foundation
import XCTest
@testable import Jixiao

/// `Fixed`, the data path's exact decimal, against `Decimal` as the oracle: the same values from
/// the same text, the same text back, the same order, and the same rounded quotients.
final class FixedTests: XCTestCase {
    /// A decimal literal of up to `digits` digits and up to 6 decimals, sometimes negative.
    func literal(_ rng: inout PropertyTests.Generator, digits: Int = 12) -> String {
        let count = Int.random(in: 1...digits, using: &rng)
        var text = Int.random(in: 0..<5, using: &rng) == 0 ? "-" : ""
        let point = Int.random(in: 0...min(6, count), using: &rng)
        for index in 0..<count {
            if index == count - point && point > 0 { text += index == 0 ? "0." : "." }
            text += String(Int.random(in: 0...9, using: &rng))
        }
        return text
    }

    func testParsingAndTextAgreeWithDecimal() {
        var rng = PropertyTests.Generator(state: 21)
        for _ in 0..<20_000 {
            let text = literal(&rng)
            let oracle = DecimalLiteral.parseWhole(text)
            let fixed = Fixed.parseWhole(text)
            XCTAssertEqual(fixed?.decimal, oracle, text)
            XCTAssertEqual(fixed?.description, oracle.map(DecimalText.string), text)
            if let fixed, let oracle {
                XCTAssertEqual(fixed.fixedText(), Rounding.fixed(oracle), text)
                XCTAssertEqual(Fixed(oracle), fixed, text)
            }
        }
        for bad in ["", "-", "1,2,3", "12.5.6", "1,48,0000", "abc", ".5"] {
            XCTAssertEqual(Fixed.parseWhole(bad)?.decimal, DecimalLiteral.parseWhole(bad), bad)
        }
        XCTAssertEqual(Fixed.parseWhole("1,480,000.50")?.description, "1480000.5")
        XCTAssertEqual(Fixed.parseWhole("100.00")?.description, "100")
        XCTAssertEqual(Fixed.parseWhole("-0")?.description, "0")
        XCTAssertNil(Fixed.parseWhole(String(repeating: "9", count: 31)), "more digits than the literal allows")
    }

    func testOrderAndSumsAgreeWithDecimal() {
        var rng = PropertyTests.Generator(state: 22)
        for _ in 0..<20_000 {
            let a = Fixed.parseWhole(literal(&rng))!
            let b = Fixed.parseWhole(literal(&rng))!
            XCTAssertEqual(a < b, a.decimal < b.decimal, "\(a) < \(b)")
            XCTAssertEqual(a == b, a.decimal == b.decimal, "\(a) == \(b)")
            XCTAssertEqual(Fixed.sum(a, b)?.decimal, a.decimal + b.decimal, "\(a) + \(b)")
            XCTAssertEqual(Fixed.product(a, b)?.decimal, a.decimal * b.decimal, "\(a) × \(b)")
        }
        let huge = Fixed.parseWhole("1234567890123456789012345678901234567", maxDigits: 38)!
        XCTAssertNil(Fixed.product(huge, huge), "past 38 digits is nil, never rounded")
        XCTAssertEqual(Fixed.product(Fixed(significand: 1, exponent: 37), Fixed(significand: 1, exponent: 37))?.description,
                       "1" + String(repeating: "0", count: 74), "a large exponent is exact")
        XCTAssertTrue(Fixed(significand: 1, exponent: 30) > Fixed(significand: 999, exponent: -20), "a shift that does not fit")
    }

    /// x·y/z rounded as the rule file says, against (x·y)/z in `Decimal` arithmetic rounded by `NSDecimalRound`.
    func testQuotientsAgreeWithDecimal() {
        var rng = PropertyTests.Generator(state: 23)
        for _ in 0..<20_000 {
            let (x, y, z) = (Fixed.parseWhole(literal(&rng, digits: 8))!, Fixed.parseWhole(literal(&rng, digits: 8))!,
                             Fixed.parseWhole(literal(&rng, digits: 8))!)
            guard !z.isZero else { continue }
            let places = Int.random(in: 0...2, using: &rng)
            for (mode, rounding) in [(Fixed.RoundingMode.halfUp, RuleSet.ScoreRounding.Mode.halfUp), (.truncate, .truncate)] {
                let oracle = RuleSet.ScoreRounding(mode: rounding, places: places).apply(x.decimal * y.decimal / z.decimal)
                XCTAssertEqual(Fixed.quotient(x, y, z, places: places, mode: mode)?.decimal, oracle, "\(x)·\(y)/\(z) at \(places) \(mode)")
            }
        }
        // 256 bits: 38-digit figures.
        let big = Fixed.parseWhole("12345678901234567890.123456789", maxDigits: 38)!
        let product = Fixed.quotient(big, big, big, places: 9, mode: .halfUp)
        XCTAssertEqual(product, big)
        XCTAssertNil(Fixed.quotient(big, big, .zero, places: 2, mode: .halfUp))
    }

    /// A unit conversion: exact when it ends, else 38 significant digits, as `Decimal` division gives.
    func testRatiosAgreeWithDecimal() {
        var rng = PropertyTests.Generator(state: 24)
        for _ in 0..<5_000 {
            let x = Fixed.parseWhole(literal(&rng, digits: 10))!
            let factors: [(Int, Int)] = [(10_000, 1), (1, 10_000), (10_000, 15), (15, 10_000), (1, 60), (60, 1), (1_440, 60), (1, 1_000)]
            let (y, z) = factors[Int.random(in: 0..<factors.count, using: &rng)]
            let oracle = x.decimal * Decimal(y) / Decimal(z)
            // A decimal form that ends is the same; one that repeats is cut where the significand is
            // full, which is the 37th to 39th digit for Decimal (its own rule) and as many as fit a
            // signed 128-bit integer for Fixed: the same digits up to the shorter.
            let value = try! XCTUnwrap(Fixed.ratio(x, Fixed(y), Fixed(z)), "\(x)·\(y)/\(z)")
            let text = value.description
            let oracleText = DecimalText.string(oracle)
            let shorter = min(text.count, oracleText.count)
            XCTAssertTrue(text == oracleText || (text.count > 36 && text.prefix(shorter) == oracleText.prefix(shorter)),
                          "\(x)·\(y)/\(z): \(text) vs \(oracleText)")
        }
        XCTAssertEqual(Fixed.ratio(Fixed(8_512_360), Fixed(1), Fixed(10_000))?.description, "851.236")
        XCTAssertEqual(Fixed.ratio(Fixed(50), Fixed(1), Fixed(60))?.description, "0.83333333333333333333333333333333333333")
        XCTAssertEqual(Fixed.ratio(Fixed(2), Fixed(1), Fixed(3))?.description, "0.66666666666666666666666666666666666666", "cut, as Decimal")
    }
}
