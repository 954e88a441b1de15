import Foundation
import XCTest
@testable import Jixiao

/// How the third batch of published forms writes actuals: 万 and 亿 standing alone as units,
/// approximate figures (`300余人`), words that mean none under a number target (`无投诉`), and a
/// 自评得分 on a row whose actual is not a number.
final class ThirdBatchActualsTests: XCTestCase {
    /// The actual's value in the target's unit, its reading and the codes it was reported with.
    private func read(_ actual: String, against target: String, judged: Decimal? = nil)
        -> (input: ActualInput, reading: ActualReading?, codes: [String]) {
        var reading: ActualReading?
        var diagnostics: [Diagnostic] = []
        let input = ActualInterpreter.interpret(actual, at: SourceLocation(file: "a.csv", line: 2), target: RuleFixtures.target(target),
                                                indicator: "指标", judged: judged.map(Fixed.init), reading: &reading,
                                                diagnostics: &diagnostics)
        return (input, reading, diagnostics.map(\.code.rawValue))
    }

    private func number(_ text: String) -> ActualInput { .number(Fixed(Decimal(string: text)!)) }

    /// Every pair of {bare number, 万, 万元, 元, 亿元} as the target's unit and the actual's: 2 of
    /// the actual's unit in the target's. 万 alone is a multiplier of the other side's unit (money
    /// when the other side says 元); a bare actual is in the target's unit; a bare target with money
    /// does not say what it counts, so it does not convert (JX312).
    func testWanAndYiStandingAloneAreMultipliersOnBothSides() {
        let units = ["", "万", "万元", "元", "亿元"]
        let expected: [String: [String?]] = [
            // target unit: actual in  bare,   万,       万元,      元,            亿元
            "": ["2", "20000", nil, nil, nil],
            "万": ["2", "2", "2", "0.0002", "20000"],
            "万元": ["2", "2", "2", "0.0002", "20000"],
            "元": ["2", "20000", "20000", "2", "200000000"],
            "亿元": ["2", "0.0002", "0.0002", "0.00000002", "2"],
        ]
        for targetUnit in units {
            for (index, actualUnit) in units.enumerated() {
                let got = read("2" + actualUnit, against: "≥1" + targetUnit)
                let label = "2\(actualUnit) against ≥1\(targetUnit)"
                if let value = expected[targetUnit]![index] {
                    XCTAssertEqual(got.input, number(value), label)
                    XCTAssertTrue(got.codes.isEmpty, "\(label): \(got.codes)")
                } else {
                    XCTAssertEqual(got.input, .invalid, label)
                    XCTAssertEqual(got.codes, ["JX312"], label)
                }
            }
        }
        // The cases: 300万 against 288.5万元 compares 288.5 with 300; 60万 against 60万 (in
        // any spelling: with a space, in full width) is met.
        XCTAssertEqual(read("288.5万元", against: "300万").input, number("288.5"))
        for typed in ["60万", "60 万", "６０万"] { XCTAssertEqual(read(typed, against: "60万").input, number("60"), typed) }
        XCTAssertEqual(read("3.2万", against: "≥30000(人)").input, number("32000"))
        XCTAssertEqual(read("3.2万", against: "≥3(万人)").input, number("3.2"))
        XCTAssertEqual(read("5万", against: "≥90(%)").codes, ["JX312"], "a percentage is not multiplied")
        // check does not call 万 an unknown unit.
        XCTAssertTrue(MeasureUnit("万")!.isKnown)
    }

    /// Approximate figures read as written, the word kept; a count against a target without a unit.
    func testApproximateActualsAreReadAsWritten() throws {
        let cases: [(String, String, String, String)] = [
            ("300余人", "300", "300", "余"), ("300多人", "≥300(人)", "300", "多"), ("约90%", "≥90(%)", "90", "约"),
            ("近300人", "≥300(人)", "300", "近"), ("5次左右", "≤6(次)", "5", "左右"), ("300人以上", "≥300(人)", "300", "以上"),
            ("3次以下", "≤3(次)", "3", "以下"), ("200上下", "≥180(个)", "200", "上下"), ("约300余人", "≥300(人)", "300", "约、余"),
            ("约3万人", "≥30000(人)", "30000", "约"),
        ]
        for (typed, target, value, word) in cases {
            let got = read(typed, against: target)
            XCTAssertEqual(got.input, number(value), typed)
            guard case .approximate(let kept, _)? = got.reading else { return XCTFail("\(typed): \(String(describing: got.reading))") }
            XCTAssertEqual(kept, word, typed)
            XCTAssertEqual(got.codes, ["JX346"], typed)
        }
        // A count against a bare target is that many, with nothing to report.
        XCTAssertEqual(read("300人", against: "300").input, number("300"))
        XCTAssertEqual(read("300人", against: "300").codes, [])
        // Not approximations: a word alone, another unit.
        XCTAssertEqual(read("余", against: "≥300(人)").input, .invalid)
        XCTAssertEqual(read("300余吨", against: "≥300(人)").codes, ["JX346", "JX312"].filter { $0 == "JX312" })

        // The working and the documents keep the word.
        let rows = try scoreOne("300余人", target: "≥300(人)")
        XCTAssertTrue(WorkingText.render(rows, .chinese).contains("约数“余”"), WorkingText.render(rows, .chinese))
        XCTAssertEqual(ActualText.shown(rows)?.typed, "300余人")
    }

    /// Words that mean none under a number target read as 0, with a warning; words that say the
    /// figure is unknown stay unreadable.
    func testWordsThatMeanNoneReadAsZero() {
        for typed in ["无", "零", "没有", "未发生", "无投诉", "零事故", "未发生安全事故", "没有发生重大事故", "无安全事故发生", "无。"] {
            let got = read(typed, against: "小于3次")
            XCTAssertEqual(got.input, number("0"), typed)
            XCTAssertEqual(got.reading, .meansNone, typed)
            XCTAssertEqual(got.codes, ["JX347"], typed)
        }
        for typed in ["无法统计", "无数据", "暂无", "无法确定是否发生", "预计无"] {
            XCTAssertEqual(read(typed, against: "小于3次").input, .invalid, typed)
            XCTAssertEqual(read(typed, against: "小于3次").codes, ["JX311"], typed)
        }
    }

    /// A 自评得分 on a row whose actual is not a number is used within [0, 分值], the row judged;
    /// on a row the rules can read, the computed score stands (JX509, as before).
    func testTheUnitsScoreDecidesARowItsActualCannot() throws {
        let got = read("见附件说明", against: "≤3(次)", judged: 8)
        XCTAssertEqual(got.input, .judged(Fixed(8), level: nil))
        XCTAssertEqual(got.codes, ["JX348"])
        let judged = try scoreOne("见附件说明", target: "≤3(次)", judged: "8")
        XCTAssertEqual(judged.score, 8)
        XCTAssertEqual(judged.judged, true)
        let beyond = try scoreOne("见附件说明", target: "≤3(次)", judged: "12")
        XCTAssertEqual(beyond.score, 0, "above 分值 10: not used")
        XCTAssertEqual(beyond.status, .invalid)
        let readable = try scoreOne("2次", target: "≤3(次)", judged: "8")
        XCTAssertEqual(readable.score, 10, "the rules read 2次: the computed score stands")
        XCTAssertNil(readable.judged)
    }

    /// A month written without a day shows as written in the working (the forms print `2026年9月`,
    /// not the 30th it stands for); a day written shows as the day.
    func testAMonthWithoutADayShowsAsWritten() throws {
        let cases = [("2026年9月", "2026年9月", "2026年9月 ≤ 2026年9月 → 10.00"), ("2026年9月", "2026年10月", "2026年10月 > 2026年9月 → 0.00"),
                     ("2026年9月", "2026年9月25日", "2026年9月25日 ≤ 2026年9月 → 10.00"), ("2026年9月30日前", "9月", "2026年9月 ≤ 2026年9月30日 → 10.00"),
                     ("2024年2月", "2024年2月", "2024年2月 ≤ 2024年2月 → 10.00"), ("11月底前", "11月底", "11月底 ≤ 11月底 → 10.00")]
        for (target, actual, working) in cases {
            let row = try scoreOne(actual, target: target)
            XCTAssertEqual(WorkingText.render(row, .chinese), working, "\(target) / \(actual)")
        }
    }

    /// One row of 10 points scored through the whole pipeline.
    private func scoreOne(_ actual: String, target: String, judged: String = "") throws -> IndicatorScore {
        let declaration = Declaration(projects: [Project(name: "甲项目", unit: "某单位", funds: Funds(total: 100, fiscal: 100), indicators: [
            Indicator(category: "产出指标", subcategory: "数量指标", name: "指标", target: RuleFixtures.target(target), line: 10, points: 10),
        ])])
        let read = ActualsReader.read(text: "项目名称,三级指标,实际完成值,自评得分\n甲项目,指标,\(actual),\(judged)\n", file: "a.csv")
        let card = ScorecardBuilder.build(ActualsMatcher.match(declaration, rows: read.rows, file: "a.csv"), rules: RuleFixtures.mof,
                                          rulesFile: "r", declarationFile: "d", actualsFile: "a.csv")
        return try XCTUnwrap(card.projects.first?.indicators.first)
    }
}
