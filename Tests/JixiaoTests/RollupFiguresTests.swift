import Foundation
import XCTest
@testable import Jixiao

/// `rollup` checks a scorecard's money before it counts it (issue 22, point 6): no unit of budget 0
/// (an execution rate of thousands of percent), no negative budget, and a unit whose budget and
/// spending are the sums of its projects'.
final class RollupFiguresTests: XCTestCase {
    private func card() throws -> (URL, String) {
        let folder = try Fixtures.temporaryFolder()
        let outcome = try CLIRunner.run(["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv",
                                         "--format", "json", "-o", folder.appendingPathComponent("card.json").path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return (folder, try String(contentsOf: folder.appendingPathComponent("card.json"), encoding: .utf8))
    }

    private func rollup(_ text: String, in folder: URL) throws -> CLIRunner.Outcome {
        try text.write(to: folder.appendingPathComponent("edited.json"), atomically: true, encoding: .utf8)
        return try CLIRunner.run(["rollup", "edited.json"], in: folder)
    }

    func testZeroBudgetsAreRefused() throws {
        let (folder, text) = try card()
        let zero = text.replacing(/"(budget|spent)" : [0-9.]+/) { "\"\($0.output.1)\" : 0" }
        let outcome = try rollup(zero, in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stdout.isEmpty, "nothing is written")
        XCTAssertTrue(outcome.stderr.contains("error: unit '上海市公积金管理中心' has a budget of 0.00"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("[JX609]"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("%"), "no execution rate is computed: \(outcome.stderr)")
    }

    func testANegativeBudgetAndSumsThatDoNotAddUp() throws {
        let (folder, text) = try card()
        // A project's own budget (its 其中 rows have one too, under "sources").
        let second = try XCTUnwrap(text.matches(of: /"budget" : [0-9.]+(?=,\s*"declaredBudget")/).dropFirst().first)
        var negative = text
        negative.replaceSubrange(second.range, with: "\"budget\" : -5")
        let outcome = try rollup(negative, in: folder)
        XCTAssertEqual(outcome.status, 1)
        let line = text[..<second.range.lowerBound].filter { $0 == "\n" }.count + 1
        XCTAssertTrue(outcome.stderr.contains("edited.json:\(line):18: error: project '各区服务网点租赁费物业费': 'budget' is -5.00"),
                      outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("'budget' is 53,047,800.00, but its projects' add up to 38,891,295.01"), outcome.stderr)
    }

    func testTheUntouchedScorecardPasses() throws {
        let (folder, text) = try card()
        let outcome = try rollup(text, in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("JX6"), outcome.stderr)
    }
}
