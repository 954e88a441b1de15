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

/// Operator look-alikes, new units and time points in targets.
final class TargetFormsTests: XCTestCase {
    func parsed(_ text: String) -> Target { TargetParser.parse(text).target }

    func testOperatorLookAlikes() {
        XCTAssertEqual(parsed("═100(%)").operator, .equal)
        XCTAssertEqual(parsed("＝100%").operator, .equal)
        XCTAssertEqual(parsed("=<5件").operator, .atMost)
        XCTAssertEqual(parsed("≧95%").operator, .atLeast)
        XCTAssertEqual(parsed("﹥3次").operator, .greater)
        XCTAssertEqual(parsed("═100(%)").value, 100)
    }

    func testUnitsOfLengthMassVolumeAndComposites() {
        XCTAssertEqual(parsed("≥300米").unit, "米")
        XCTAssertEqual(parsed("≥300米").parsedUnit?.dimension, .length)
        XCTAssertEqual(parsed("≤30(元/人*月)").unit, "元/人·月")
        XCTAssertEqual(parsed("≥1.2(万吨)").parsedUnit.map { $0.convert(1, to: MeasureUnit("吨")!) }, 10_000)
        XCTAssertEqual(Quantity.parse("450公斤")?.value(inUnitOf: "吨"), Decimal(string: "0.45"))
        XCTAssertEqual(Quantity.parse("30亩")?.value(inUnitOf: "公顷"), 2)
    }

    /// Day numbers: year × 372 + (month − 1) × 31 + day.
    func day(_ year: Int?, _ month: Int, _ day: Int) -> Decimal { Decimal((year ?? 0) * 372 + (month - 1) * 31 + day) }

    func testTimePointTargets() {
        let yearMonth = parsed("2023年12月")
        XCTAssertEqual(yearMonth.operator, .by)
        XCTAssertEqual(yearMonth.value, day(2023, 12, 31), "a month means its last day")
        XCTAssertEqual(yearMonth.unit, TimePoint.dateUnit)
        XCTAssertEqual(parsed("12月底前").value, day(nil, 12, 31))
        XCTAssertEqual(parsed("12月底前").unit, TimePoint.dayUnit)
        XCTAssertEqual(parsed("2023年12月15日前").value, day(2023, 12, 15))
        XCTAssertEqual(parsed("≤11月").operator, .by)
        XCTAssertEqual(parsed("≤11(月)").operator, .atMost, "a bracketed unit is a duration of months")
        XCTAssertEqual(parsed("11月").operator, .equal, "a month alone, with no operator or 前, is a number of months, not a deadline")
        XCTAssertEqual(TimePoint.describe(day(2023, 12, 15), unit: TimePoint.dateUnit), "2023年12月15日")
        let target = parsed("2023年12月15日前")
        XCTAssertEqual(TimePoint.actual("2023年11月20日", target: target), day(2023, 11, 20))
        XCTAssertEqual(TimePoint.actual("2023-12-16", target: target), day(2023, 12, 16))
        XCTAssertEqual(TimePoint.actual("2024-01", target: target), day(2024, 1, 31))
        XCTAssertEqual(TimePoint.actual("12月上旬", target: target), day(2023, 12, 10), "the deadline's year")
        XCTAssertEqual(TimePoint.actual("按时完成", target: target), target.value)
        XCTAssertEqual(TimePoint.actual("逾期", target: target), target.value! + 1)
        XCTAssertNil(TimePoint.actual("很快", target: target))
    }

    /// A month means its last day, as the calendar has it; a day it does not have is no date.
    func testMonthEndsAndDaysThatDoNotExist() throws {
        XCTAssertEqual(parsed("≤9月").value, day(nil, 9, 30))
        XCTAssertEqual(parsed("2026年9月").value, day(2026, 9, 30))
        XCTAssertEqual(parsed("2024年2月").value, day(2024, 2, 29), "a leap year")
        XCTAssertEqual(parsed("2026年2月底前").value, day(2026, 2, 28))
        XCTAssertEqual(parsed("2月底前").value, day(nil, 2, 29), "no year written: a leap day is never late")
        XCTAssertEqual(parsed("2026年11月下旬").value, day(2026, 11, 30))
        XCTAssertEqual(TimePoint.describe(parsed("9月底前").value!, unit: TimePoint.dayUnit), "9月30日")
        let target = parsed("2026年11月前")
        XCTAssertEqual(TimePoint.actual("2026-06", target: target), day(2026, 6, 30))
        XCTAssertEqual(TimePoint.actual("2月", target: target), day(2026, 2, 28), "the deadline's year, which has no 29th")
        XCTAssertNil(TimePoint.actual("11月31日", target: target))
        XCTAssertEqual(TimePoint.impossibleDay("11月31日"), "11月31日")
        XCTAssertEqual(TimePoint.impossibleDay("2023-02-29"), "2023年2月29日")
        XCTAssertNil(TimePoint.impossibleDay("2024-02-29"))
        XCTAssertNil(TimePoint.impossibleDay("11月30日"))
        let impossible = TargetParser.parse("9月31日前")
        XCTAssertEqual(impossible.target.kind, .qualitative)
        XCTAssertEqual(impossible.problem, .impossibleDate("9月31日"))

        // At the cell, from the command line: the target in the declaration, the actual in the actuals.
        let folder = try Fixtures.temporaryFolder()
        let form = Fixtures.form("甲项目", total: "1,000,000.00", rows: "产出指标\t时效指标\t完成时间\t9月31日前\n\t\t验收时间\t2026年11月\n")
        try Data(form.utf8).write(to: folder.appendingPathComponent("d.txt"))
        try Data("项目名称,三级指标,实际完成值\n甲项目,完成时间,9月20日\n甲项目,验收时间,11月31日\n".utf8).write(to: folder.appendingPathComponent("a.csv"))
        let outcome = try CLIRunner.run(["score", "d.txt", "a.csv", "--detail"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("d.txt:9:16: error: target '9月31日前' names 9月31日, a day the calendar does not have"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("a.csv:3:3 [C3]: error: actual '11月31日' for '验收时间' names 11月31日, a day the calendar does not have"),
                      outcome.stderr)
    }

    func testDeadlinesAreKeptOrMissed() throws {
        let rules = try XCTUnwrap(RuleSetLoader.load(argument: nil).0)
        let target = parsed("12月底前")
        func actual(_ text: String) -> ActualInput { .number(Fixed(TimePoint.actual(text, target: target)!)) }
        XCTAssertEqual(IndicatorScorer.score(target: target, actual: actual("11月20日"), points: 5, rules: rules).score, 5)
        XCTAssertEqual(IndicatorScorer.score(target: target, actual: actual("12月31日"), points: 5, rules: rules).score, 5)
        let late = IndicatorScorer.score(target: target, actual: actual("逾期"), points: 5, rules: rules)
        XCTAssertEqual(late.score, 0, "a missed deadline scores 0, not 5 × 12/13")
        XCTAssertEqual(late.status, .unmet)
    }
}
