import XCTest
@testable import Jixiao

/// Page breaks of a form: totals never alone, no page of one or two rows, every row on a page.
final class FormPagesTests: XCTestCase {
    func testEverythingOnOnePageWhenItFits() {
        XCTAssertEqual(FormPages.breaks(rows: Array(repeating: 15, count: 20), totals: 30, firstPage: 330, nextPage: 600), [])
    }

    func testTheTotalsKeepFiveRowsWithThem() {
        // 20 rows of 15 fill 300 exactly: without room for the totals, the last five rows go with them.
        XCTAssertEqual(FormPages.breaks(rows: Array(repeating: 15, count: 20), totals: 30, firstPage: 300, nextPage: 600), [15])
        // One row short of the totals' room: still five rows, not one.
        XCTAssertEqual(FormPages.breaks(rows: Array(repeating: 15, count: 20), totals: 30, firstPage: 310, nextPage: 600), [15])
    }

    func testLongTablesFillPagesAndLeaveNoShortPage() {
        let rows: [Double] = Array(repeating: 20, count: 70)
        let breaks = FormPages.breaks(rows: rows, totals: 40, firstPage: 300, nextPage: 500)
        XCTAssertEqual(breaks, [15, 40, 65])
        // Every page fits, and every page has at least five rows.
        let starts = [0] + breaks
        let ends = breaks + [rows.count]
        for (page, (start, end)) in zip(starts, ends).enumerated() {
            XCTAssertGreaterThanOrEqual(end - start, 5, "page \(page + 1)")
            let used = rows[start..<end].reduce(0, +) + (end == rows.count ? 40 : 0)
            XCTAssertLessThanOrEqual(used, page == 0 ? 300 : 500, "page \(page + 1)")
        }
    }

    func testATailTooShortIsTakenFromThePageBefore() {
        // 24 rows of 20: the first page holds 23, which would leave one row with the totals; the
        // break keeps five with them.
        XCTAssertEqual(FormPages.breaks(rows: Array(repeating: 20, count: 24), totals: 30, firstPage: 470, nextPage: 500), [19])
    }

    func testAFormWhoseHeadLeavesRoomForFewRowsStartsItsTableOnTheNextPage() {
        XCTAssertEqual(FormPages.breaks(rows: [20, 20, 20], totals: 30, firstPage: 50, nextPage: 500), [0])
        XCTAssertEqual(FormPages.breaks(rows: Array(repeating: 20, count: 8), totals: 30, firstPage: 90, nextPage: 500), [0])
        // A row taller than a page takes one of its own, and the rest follow.
        XCTAssertEqual(FormPages.breaks(rows: [20, 20, 20, 20, 20, 600, 20], totals: 30, firstPage: 500, nextPage: 500), [5, 6])
    }
}
