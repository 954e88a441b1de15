import XCTest
@testable import Jixiao

/// The byte-level white-space check must agree with the code-point check on any text.
final class PrintedTextTests: XCTestCase {
    func testByteScanAgreesWithScalarCheck() {
        // Scalars near every boundary the byte scan uses, and the white-space and invisible ones.
        let pool: [Unicode.Scalar] = ["a", "1", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "%", "(",
                                      "\u{85}", "\u{A0}", "\u{AD}", "é", "\u{600}", "\u{61C}", "\u{6DD}", "\u{70F}", "\u{890}",
                                      "\u{8E2}", "\u{1680}", "\u{180E}", "\u{2000}", "\u{200B}", "\u{200F}", "\u{2028}",
                                      "\u{202F}", "\u{205F}", "\u{2060}", "\u{2066}", "≥", "≤", "\u{3000}", "\u{3001}", "、",
                                      "「", "\u{3400}", "\u{4E00}", "中", "\u{9FFF}", "\u{F900}", "\u{FEFF}", "\u{FF05}",
                                      "％", "（", "\u{FFF9}", "\u{FFFB}", "\u{FFFD}", "\u{110BD}", "\u{1D173}", "\u{20000}",
                                      "\u{E0001}", "\u{E0020}", "😀"]
        var generator = PropertyTests.Generator(state: 42)
        var withSpace = 0
        for _ in 0..<20_000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 8) { view.append(pool[Int(generator.next() % UInt64(pool.count))]) }
            let text = String(view)
            let expected = text.unicodeScalars.contains { PrintedText.isWhitespace($0) || PrintedText.isInvisible($0) }
            XCTAssertEqual(PrintedText.hasSpaceOrInvisible(text), expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            if expected { withSpace += 1 }
        }
        XCTAssertGreaterThan(withSpace, 1_000)
        XCTAssertFalse(PrintedText.hasSpaceOrInvisible("满意度指标≥95%（个）"))
        XCTAssertTrue(PrintedText.hasSpaceOrInvisible("满意度指\u{3000}标"))
    }
}
