import XCTest
@testable import Jixiao

/// The terminal shows at most `shownPerCode` findings of one code, then one JX012 with the count of
/// the rest; other codes are untouched and the order is the output order.
final class DiagnosticCapTests: XCTestCase {
    func finding(_ code: DiagnosticCode, line: Int, _ severity: Severity = .warning) -> Diagnostic {
        Diagnostic(code: code, severity: severity, location: SourceLocation(file: "a.csv", line: line), arguments: ["x"])
    }

    func testAFloodOfOneCodeBecomesALimitAndACount() {
        let flood = (1...1_000).map { finding(.actualsUnknownColumn, line: $0) }
        let others = [finding(.csvTooManyCells, line: 1, .error), finding(.noDeviationReason, line: 500)]
        let shown = (flood.reversed() + others).cappedPerCode(10)
        XCTAssertEqual(shown.filter { $0.code == .actualsUnknownColumn }.map(\.location.line), Array(1...10))
        let summary = shown.filter { $0.code == .moreFindings }
        XCTAssertEqual(summary.count, 1)
        XCTAssertEqual(summary.first?.arguments, ["990", "JX307"])
        XCTAssertEqual(summary.first?.severity, .warning)
        XCTAssertEqual(shown.filter { $0.code == .csvTooManyCells || $0.code == .noDeviationReason }.count, 2)
        XCTAssertTrue(shown.hasErrors)
        XCTAssertEqual(summary.first?.message(in: .en),
                       "… and 990 more JX307 like the ones above, not printed here; --format json lists every finding")
    }

    func testFewFindingsAreLeftAsTheyAre() {
        let few = (1...5).map { finding(.actualsUnknownColumn, line: 6 - $0) }
        XCTAssertEqual(few.cappedPerCode(5), few.sortedForOutput())
    }
}
