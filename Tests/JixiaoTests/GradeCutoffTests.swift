import Foundation
import XCTest
@testable import Jixiao

/// One grade look-up for rule files, scorecards and the commission.
final class GradeCutoffTests: XCTestCase {
    func testGradesAndTheirJSON() throws {
        let cutoffs = try JSONDecoder().decode([GradeCutoff].self, from: Data(#"[{"grade":"优","min":90},{"grade":"良","min":80},{"grade":"差","min":0}]"#.utf8))
        XCTAssertEqual(cutoffs.grade(for: 90), "优", "90（含）is 优")
        XCTAssertEqual(cutoffs.grade(for: Decimal(string: "89.99")!), "良")
        XCTAssertEqual(cutoffs.grade(for: 0), "差")
        XCTAssertEqual(cutoffs.cutoff(for: 85)?.minimum, 80)
        let encoded = String(decoding: try JSONEncoder().encode(cutoffs[0]), as: UTF8.self)
        XCTAssertTrue(encoded.contains("\"min\":90"), encoded)
    }
}
