import XCTest
@testable import Jixiao

/// 实际完成值 cells: a plain number is a number, everything else the text as typed.
final class ActualCellTests: XCTestCase {
    func testPlainNumbersAreNumbersAndTheRestStaysAsTyped() {
        XCTAssertEqual(SelfAssessmentSheet.actualValue("365"), .number(365))
        XCTAssertEqual(SelfAssessmentSheet.actualValue("0.97"), .number(Decimal(string: "0.97")!))
        for typed in ["100%", "87.30万元", "达成", "1.50", "007", "1,000", "８８％"] {
            XCTAssertEqual(SelfAssessmentSheet.actualValue(typed), .text(typed), typed)
        }
        XCTAssertEqual(SelfAssessmentSheet.actualValue(nil), .text(""))
    }
}
