import Foundation
import XCTest
@testable import Jixiao

/// The second conventions sample (invented figures): each convention of the third batch of
/// published forms at work, against the figures worked out by hand in
/// samples/conventions-2/README.md, under mof-2020 and tolerance-10, and a golden scorecard.
final class ConventionsSecondSampleTests: XCTestCase {
    let arguments = ["score", "samples/conventions-2/declaration.txt", "samples/conventions-2/actuals.csv"]

    private func card(_ rules: String?) throws -> (ScoreCLITests.Card, CLIRunner.Outcome) {
        let outcome = try CLIRunner.run(arguments + (rules.map { ["--rules", $0] } ?? []) + ["--format", "json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return (try JSONDecoder().decode(ScoreCLITests.Card.self, from: outcome.stdoutData), outcome)
    }

    func testTheGoldenScorecard() throws {
        let outcome = try CLIRunner.run(arguments + ["--rules", "tolerance-10", "--format", "json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        Golden.assertMatches(outcome.stdoutData, "conventions-2.score.json")
    }

    func testFiguresWorkedOutByHand() throws {
        let (mof, outcome) = try card(nil)
        let project = try XCTUnwrap(mof.projects.first)
        XCTAssertEqual(mof.projects.count, 1)
        let scores = Dictionary(uniqueKeysWithValues: project.indicators.map { ($0.name, $0.score) })
        XCTAssertEqual(project.indicators.count, 12, "the wrapped name is one row")
        let expected: [String: String] = [
            "补贴发放资金": "6.25", "带动社会投资": "6.01", "护理员培训人数": "6.25", "服务老年人数": "5.99", "助餐服务合格率": "6.25",
            "服务需求响应并办结率": "6.25", "补贴发放时间": "6.25", "户均补贴标准": "5.68", "服务投诉次数": "10", "老年人生活质量": "10",
            "助洁服务覆盖率": "8", "老年人满意度": "10",
        ]
        for (name, score) in expected { XCTAssertEqual(scores[name], Decimal(string: score), name) }
        XCTAssertEqual(project.executionScore, Decimal(string: "9.7"))
        XCTAssertEqual(project.total, Decimal(string: "96.63"))
        XCTAssertEqual(project.grade, "优")
        // The rows under 效果指标 are in the 效益 block, not dropped.
        XCTAssertEqual(Set(project.indicators.filter { $0.category == "效益指标" }.map(\.name)), ["服务投诉次数", "老年人生活质量", "助洁服务覆盖率"])
        XCTAssertEqual(project.indicators.first { $0.name == "助洁服务覆盖率" }?.judged, true)
        for code in ["JX122", "JX346", "JX347", "JX348"] { XCTAssertTrue(outcome.stderr.contains("[\(code)]"), code) }
        XCTAssertFalse(outcome.stderr.contains("error"), outcome.stderr)

        // With the band of 10 %: 带动社会投资, 服务老年人数 and 户均补贴标准 keep full points.
        let (tolerant, _) = try card("tolerance-10")
        let within = try XCTUnwrap(tolerant.projects.first)
        for name in ["带动社会投资", "服务老年人数", "户均补贴标准"] {
            XCTAssertEqual(within.indicators.first { $0.name == name }?.score, Decimal(string: "6.25"), name)
        }
        XCTAssertEqual(within.total, Decimal(string: "97.7"))
        let table = try CLIRunner.run(arguments + ["--rules", "tolerance-10", "--detail", "--lang", "zh"])
        XCTAssertTrue(table.stdout.contains("550 在 500 的容差 10% 以内 → 6.25"), table.stdout)
        XCTAssertTrue(table.stdout.contains("2022年9月 ≤ 2022年9月 → 6.25"), table.stdout)
        XCTAssertTrue(table.stdout.contains("（约数“余”，按所写数值计）"), table.stdout)
    }
}
