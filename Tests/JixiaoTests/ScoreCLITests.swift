import Foundation
import XCTest
@testable import Jixiao

/// `jixiao score` and `jixiao template`, run as a user runs them, on the bundled sample.
final class ScoreCLITests: XCTestCase {
    let declaration = "samples/shanghai-hpf-2026/declaration.txt"
    let actuals = "samples/shanghai-hpf-2026/actuals.csv"

    struct Card: Decodable {
        struct Unit: Decodable, Equatable {
            var name: String
            var score: Decimal
            var grade: String
            var budget: Decimal
            var spent: Decimal
            var grades: [String: Int]
            var statuses: [String: Int]
        }
        struct Project: Decodable {
            var name: String
            var budget: Decimal
            var executionScore: Decimal
            var total: Decimal
            var grade: String
            var indicators: [IndicatorScore]
        }
        var unit: Unit
        var projects: [Project]
    }

    func testSampleScorecardMatchesTheGoldenJSON() throws {
        let outcome = try CLIRunner.run(["score", declaration, actuals, "--format", "json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        Golden.assertMatches(outcome.stdoutData, "shanghai-hpf-2026.score.json")
    }

    func testShownRowsAddUpToShownTotals() throws {
        let outcome = try CLIRunner.run(["score", declaration, actuals, "--format", "json"])
        let card = try JSONDecoder().decode(Card.self, from: outcome.stdoutData)
        XCTAssertEqual(card.projects.count, 11)
        for project in card.projects {
            let sum = project.indicators.reduce(project.executionScore) { $0 + $1.score }
            XCTAssertEqual(sum, project.total, project.name)
            XCTAssertEqual(project.indicators.reduce(Decimal(0)) { $0 + $1.points } + 10, 100, project.name)
            for row in project.indicators {
                XCTAssertLessThanOrEqual(row.score, row.points, row.name)
                XCTAssertEqual(Rounding.halfUp(row.score), row.score, "scores have two decimals")
            }
        }
        let weighted = card.projects.reduce(Decimal(0)) { $0 + $1.budget * $1.total }
            / card.projects.reduce(Decimal(0)) { $0 + $1.budget }
        XCTAssertEqual(card.unit.score, Rounding.halfUp(weighted))
        XCTAssertEqual(card.unit.statuses.values.reduce(0, +), 174)
        XCTAssertEqual(card.unit.grades.values.reduce(0, +), 11)
    }

    func testTableIsTheDefault() throws {
        let outcome = try CLIRunner.run(["score", declaration, actuals])
        XCTAssertEqual(outcome.status, 0)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("信息化建设项目 ") && $0.hasSuffix("94.65  优 Excellent") }, outcome.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Unit 上海市公积金管理中心") }, outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("Basis"), "rows only with --detail")
        let detail = try CLIRunner.run(["score", declaration, actuals, "--detail"])
        XCTAssertTrue(detail.stdout.contains("3.13 × 92/100 = 2.88"), detail.stdout)
        XCTAssertTrue(detail.stdout.contains("部分达成 75% × 7.50 = 5.63"))
    }

    func testWarningsOfTheSampleGoToStandardError() throws {
        let outcome = try CLIRunner.run(["score", declaration, actuals])
        let codes = outcome.stderr.split(separator: "\n").compactMap { $0.split(separator: "[").last?.dropLast() }
        XCTAssertEqual(codes.filter { $0 == "JX503" }.count, 2, "two over-achievements")
        XCTAssertEqual(codes.filter { $0 == "JX315" }.count, 1, "one fraction-looking percentage")
        XCTAssertEqual(codes.filter { $0 == "JX319" }.count, 1, "one actual shared by a repeated name")
        XCTAssertTrue(outcome.stderr.contains("\(actuals):44:7 [G44]: warning: '全年巡检次数'"), outcome.stderr)
    }

    func testAnotherRuleFileChangesTheScoresAsDocumented() throws {
        let mof = try JSONDecoder().decode(Card.self, from: try CLIRunner.run(
            ["score", declaration, actuals, "--format", "json"]).stdoutData)
        let province = try JSONDecoder().decode(Card.self, from: try CLIRunner.run(
            ["score", declaration, actuals, "--format", "json", "--rules", "scoring-rules/province-20-80-70-60.json5"]).stdoutData)
        // Execution is worth 20: 信息化建设项目 spent 98.61% → 19.72 instead of 9.86.
        XCTAssertEqual(mof.projects[0].executionScore, Decimal(string: "9.86"))
        XCTAssertEqual(province.projects[0].executionScore, Decimal(string: "19.72"))
        // Linear reverse: 员工对办公环境投诉 ≤5件 with 7 → W·(10−7)/5 instead of W·5/7.
        let mofRow = mof.projects[1].indicators.first { $0.name == "员工对办公环境投诉" }!
        let provinceRow = province.projects[1].indicators.first { $0.name == "员工对办公环境投诉" }!
        // 满意度 10 over three rows: 3.34, 3.33, 3.33; this is the second.
        XCTAssertEqual(mofRow.points, Decimal(string: "3.33"))
        XCTAssertEqual(mofRow.score, Decimal(string: "2.38"), "3.33 × 5/7 = 2.378")
        XCTAssertEqual(provinceRow.score, Decimal(string: "2.00"), "3.33 × (10 − 7)/5 = 1.998")
        // Grades at 80/70/60 and the plain mean for the unit.
        XCTAssertEqual(mof.projects[2].total, Decimal(string: "79.6"))
        XCTAssertEqual(mof.projects[2].grade, "中")
        XCTAssertEqual(province.projects[2].total, Decimal(string: "81.2"))
        XCTAssertEqual(province.projects[2].grade, "优", "优 from 80 in the province file")
        let mean = province.projects.reduce(Decimal(0)) { $0 + $1.total } / 11
        XCTAssertEqual(province.unit.score, Rounding.halfUp(mean))
    }

    func testTemplateReadBackUnchangedScoresEveryRowMissing() throws {
        let folder = try Fixtures.temporaryFolder()
        let template = folder.appendingPathComponent("template.csv").path
        let written = try CLIRunner.run(["template", declaration, "-o", template])
        XCTAssertEqual(written.status, 0, written.stderr)
        let data = try XCTUnwrap(FileManager.default.contents(atPath: template))
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 with BOM")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("项目名称,一级指标,二级指标,三级指标,年度指标值,分值,实际完成值,偏差原因,改进措施\r\n"))
        XCTAssertTrue(text.contains("\r\n信息化建设项目,产出指标,数量指标,设备更换购置完成率,\u{200B}=100.00(%),3.13,,,\r\n"), "formula guard")
        XCTAssertEqual(text.components(separatedBy: "\r\n").filter { $0.contains(",全年执行数,") }.count, 11)
        let scored = try CLIRunner.run(["score", declaration, template, "--format", "json"])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        let card = try JSONDecoder().decode(Card.self, from: scored.stdoutData)
        XCTAssertEqual(card.unit.statuses["missing"], 172)
        XCTAssertEqual(card.unit.statuses["invalid"], 2, "the two rows without a target")
        XCTAssertEqual(card.unit.score, 0)
    }

    func testInputErrorsExitOneAndTheScorecardIsStillWritten() throws {
        let folder = try Fixtures.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.csv")
        try "项目名称,三级指标,实际完成值\n专项业务费,律师顾问工作完成率,很多\n不存在的项目,x,1\n".write(to: bad, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["score", declaration, bad.path, "--format", "json"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("bad.csv:2:3 [C2]: error: actual '很多' for '律师顾问工作完成率' is not a number"),
                      outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("bad.csv:3:1 [A3]: error: project '不存在的项目' is not in the declaration"))
        let card = try JSONDecoder().decode(Card.self, from: outcome.stdoutData)
        let row = card.projects[3].indicators.first { $0.name == "律师顾问工作完成率" }!
        XCTAssertEqual(row.status, .invalid)
    }

    func testBadRuleFileIsAnErrorNamingTheKey() throws {
        let folder = try Fixtures.temporaryFolder()
        let rules = folder.appendingPathComponent("rules.json5")
        let text = try Fixtures.text("scoring-rules/mof-2020.json5").replacingOccurrences(of: "min: 60", with: "min: 95")
        try text.write(to: rules, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["score", declaration, actuals, "--rules", rules.path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.stdout, "", "no scorecard without rules")
        XCTAssertTrue(outcome.stderr.contains("rules.json5:77: error: rule key 'grades[2].min' is 95"), outcome.stderr)
    }

    func testScoreUsageErrors() throws {
        XCTAssertEqual(try CLIRunner.run(["score", declaration]).status, 64)
        XCTAssertEqual(try CLIRunner.run(["score", declaration, actuals, "--format", "pdf"]).status, 64)
    }
}
