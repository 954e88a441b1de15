import Foundation
import XCTest
@testable import Jixiao

final class TargetParserTests: XCTestCase {
    private func quantitative(_ text: String, _ op: TargetOperator, _ value: String, upper: String? = nil,
                              unit: String?, file: StaticString = #filePath, line: UInt = #line) {
        let parsed = TargetParser.parse(text)
        XCTAssertNil(parsed.problem, "\(text)", file: file, line: line)
        XCTAssertEqual(parsed.target.kind, .quantitative, "\(text)", file: file, line: line)
        XCTAssertEqual(parsed.target.operator, op, "\(text)", file: file, line: line)
        XCTAssertEqual(parsed.target.value, Decimal(string: value), "\(text)", file: file, line: line)
        XCTAssertEqual(parsed.target.upper, upper.flatMap { Decimal(string: $0) }, "\(text)", file: file, line: line)
        XCTAssertEqual(parsed.target.unit, unit, "\(text)", file: file, line: line)
        XCTAssertEqual(parsed.target.text, text, "text is kept verbatim", file: file, line: line)
    }

    private func qualitative(_ text: String, problem: TargetProblem? = nil,
                             file: StaticString = #filePath, line: UInt = #line) {
        let parsed = TargetParser.parse(text)
        XCTAssertEqual(parsed.target.kind, .qualitative, "\(text)", file: file, line: line)
        XCTAssertNil(parsed.target.operator, file: file, line: line)
        XCTAssertNil(parsed.target.value, file: file, line: line)
        XCTAssertEqual(parsed.problem, problem, "\(text)", file: file, line: line)
        XCTAssertEqual(parsed.target.text, text, file: file, line: line)
    }

    func testFormsOfTheSeed() {
        quantitative("≤873.41(万元)", .atMost, "873.41", unit: "万元")
        quantitative("=100(%)", .equal, "100", unit: "%")
        quantitative("=100.00(%)", .equal, "100", unit: "%")
        quantitative("≥95(%)", .atLeast, "95", unit: "%")
        quantitative("<5.00(件)", .less, "5", unit: "件")
        quantitative("=1.00(次/月)", .equal, "1", unit: "次/月")
        quantitative("≤30.00(元/m ²)", .atMost, "30", unit: "元/m²")
        quantitative("=402.60(m ²)", .equal, "402.6", unit: "m²")
        quantitative("=0.00(次)", .equal, "0", unit: "次")
        quantitative("≥4500000.00(笔)", .atLeast, "4500000", unit: "笔")
    }

    func testFullWidthBracketsAndDigits() {
        quantitative("≥９０（％）", .atLeast, "90", unit: "%")
        quantitative("＝１００％", .equal, "100", unit: "%")
        quantitative("≤５（件）", .atMost, "5", unit: "件")
    }

    func testNoBrackets() {
        quantitative("≥90%", .atLeast, "90", unit: "%")
        quantitative("≤5件", .atMost, "5", unit: "件")
    }

    func testAsciiAndAlternativeSymbols() {
        quantitative(">=90%", .atLeast, "90", unit: "%")
        quantitative("<=5件", .atMost, "5", unit: "件")
        quantitative("≧90%", .atLeast, "90", unit: "%")
        quantitative("≦5件", .atMost, "5", unit: "件")
        quantitative(">3次", .greater, "3", unit: "次")
        quantitative("=1个", .equal, "1", unit: "个")
    }

    func testWordOperators() {
        for word in ["不低于", "不少于", "大于等于"] { quantitative("\(word)90%", .atLeast, "90", unit: "%") }
        for word in ["不高于", "不超过", "不多于", "小于等于"] { quantitative("\(word)5件", .atMost, "5", unit: "件") }
        for word in ["等于", "达到"] { quantitative("\(word)100%", .equal, "100", unit: "%") }
        for word in ["低于", "少于"] { quantitative("\(word)5件", .less, "5", unit: "件") }
        for word in ["高于", "多于", "超过"] { quantitative("\(word)3次", .greater, "3", unit: "次") }
    }

    func testRanges() {
        quantitative("90%-100%", .range, "90", upper: "100", unit: "%")
        quantitative("90%～100%", .range, "90", upper: "100", unit: "%")
        quantitative("90-100(%)", .range, "90", upper: "100", unit: "%")
        quantitative("90%~100", .range, "90", upper: "100", unit: "%")
        qualitative("100%-90%", problem: .rangeReversed)
        qualitative("90%-100件", problem: .rangeUnitsDiffer("%", "件"))
    }

    func testThousandsSeparatorsAndSpaces() {
        quantitative("≤1,480,000元", .atMost, "1480000", unit: "元")
        quantitative("≤ 1 480 000 (元)", .atMost, "1480000", unit: "元")
        quantitative(" ≥ 95 . 5 ( % ) ", .atLeast, "95.5", unit: "%")
        qualitative("≤1,48,0000元", problem: .misplacedSeparator)
    }

    func testBareNumberIsEqual() {
        quantitative("100%", .equal, "100", unit: "%")
        quantitative("365", .equal, "365", unit: nil)
    }

    func testSuffixWords() {
        quantitative("90%以上", .atLeast, "90", unit: "%")
        quantitative("5件以内", .atMost, "5", unit: "件")
        quantitative("5件以下", .atMost, "5", unit: "件")
    }

    func testQualitativeText() {
        for text in ["及时", "有效提升", "健全", "保持良好", "规范、安全", "平均每两周一次", "政策标准范围内",
                     "达到预期", "不断增加", "超过预期", "有所提升"] {
            qualitative(text)
        }
    }

    func testMalformedNumbersAreQualitativeWithAProblem() {
        qualitative("≥", problem: .noNumber(""))
        qualitative("≥%", problem: .noNumber("%"))
        qualitative("≥9..5%", problem: .unreadableUnit("..5%"))
        qualitative("=1e309", problem: .unreadableUnit("e309"))
        qualitative("≥95%左右的3", problem: .unreadableUnit("%左右的3"))
        qualitative("≥" + String(repeating: "9", count: 50), problem: .tooManyDigits(50))
    }

    func testNegativeValueIsRead() {
        quantitative("≤-5(件)", .atMost, "-5", unit: "件")
    }
}
