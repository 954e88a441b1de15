import XCTest
@testable import Jixiao

/// `DecimalText` must give exactly `Decimal.description`: it replaces it in every output.
final class DecimalTextTests: XCTestCase {
    func testMatchesDescriptionOnWrittenAndComputedValues() {
        var values: [Decimal] = ["0", "-0", "0.00", "12.50", "-0.003", "1200", "1e5", "873.41", "8734121.00",
                                 "18446744073709551615", "18446744073709551616", "123456789012345678901234",
                                 "0.000000000000000000001", "-99.995"].map { Decimal(string: $0)! }
        values.append(Decimal.nan)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let mantissa = Decimal(UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator))
            let exponent = Int.random(in: -12...6, using: &generator)
            var value = Decimal(sign: Bool.random(using: &generator) ? .minus : .plus, exponent: exponent, significand: mantissa)
            values.append(value)
            // Values as the scorer makes them: products and quotients of amounts.
            value = value * Decimal(string: "3.12")! / Decimal(Int.random(in: 1...997, using: &generator))
            values.append(value)
        }
        var fast = 0
        for value in values {
            XCTAssertEqual(DecimalText.string(value), value.description, "mantissa/exponent \(value.significand) e\(value.exponent)")
            if DecimalText.parts(value) != nil { fast += 1 }
        }
        // The fast path must actually be taken for ordinary values, or this test proves nothing.
        XCTAssertGreaterThan(fast, values.count / 2)
        XCTAssertNotNil(DecimalText.parts(Decimal(string: "873.41")!))
    }
}
