import XCTest
@testable import Jixiao

/// A row that scored 0 for want of a value says why on the form, in both languages; a 0 that the
/// numbers explain (an actual of 0 against ≥) adds nothing.
final class ZeroReasonTests: XCTestCase {
    private func row(_ rule: ScoringRule?, status: ScoreStatus, score: Decimal = 0, reason: String? = nil) -> IndicatorScore {
        IndicatorScore(category: "产出指标", subcategory: "数量指标", name: "甲", points: 10, score: score, status: status,
                       basis: "", reason: reason, line: 1, working: rule.map { Working(rule: $0, points: 10) })
    }

    func testEachKindOfZeroSaysWhy() {
        let zh = MessageCatalog.for(.zh)
        let en = MessageCatalog.for(.en)
        XCTAssertEqual(SelfAssessmentSheet.deviationText(row(.missingActual, status: .missing), zh), "（未填报实际完成值，不得分）")
        XCTAssertEqual(SelfAssessmentSheet.deviationText(row(.noTarget, status: .invalid), en), "(no target declared: scores 0)")
        XCTAssertEqual(SelfAssessmentSheet.deviationText(row(.invalidActual, status: .invalid, reason: "系统故障"), zh),
                       "（实际完成值无法识别，不得分）；系统故障")
        // Read back from JSON (no working): the status still says it.
        XCTAssertEqual(SelfAssessmentSheet.deviationText(row(nil, status: .missing), zh), "（未填报实际完成值，不得分）")
        // A real 0 (actual 0 against ≥): the reason as given; a row that scored below its points
        // without one: said, rather than left blank.
        XCTAssertEqual(SelfAssessmentSheet.deviationText(row(.proportional, status: .unmet, reason: "未开展"), zh), "未开展")
        XCTAssertEqual(SelfAssessmentSheet.deviationText(row(.missingActual, status: .missing, score: 1), zh), "未说明偏差原因")
        XCTAssertEqual(SelfAssessmentSheet.deviationText(row(.missingActual, status: .missing, score: 1), en), "no deviation reason given")
    }
}
