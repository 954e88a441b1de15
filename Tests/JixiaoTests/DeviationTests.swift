import Foundation
import XCTest
@testable import Jixiao

/// Deviation analysis and what-if in `score`.
final class DeviationTests: XCTestCase {
    let declaration = "samples/shanghai-hpf-2026/declaration.txt"
    let actuals = "samples/shanghai-hpf-2026/actuals.csv"

    func testDeviationsInJSONAndOnStandardError() throws {
        let outcome = try CLIRunner.run(["score", declaration, actuals, "--format", "json"])
        struct Card: Decodable { var deviations: [Deviation] }
        let deviations = try JSONDecoder().decode(Card.self, from: outcome.stdoutData).deviations
        XCTAssertEqual(deviations.filter { $0.kind == .belowPoints }.count, 14)
        XCTAssertEqual(deviations.filter { $0.kind == .overAchievement }.count, 2)
        XCTAssertEqual(deviations.filter { !$0.explained }.count, 7)
        let unexplained = deviations.first { $0.indicator == "数据质量准确率" }!
        XCTAssertEqual(unexplained.explained, false)
        XCTAssertEqual(unexplained.actualLine, 12)
        XCTAssertEqual(deviations.first { $0.indicator == "全年巡检次数" }?.ratio, Decimal(string: "1.41"))
        // Rows with an actual but no reason get JX507; a blank actual gets its own message (JX328),
        // and a row without a target its own (JX504), instead of a request for a reason.
        XCTAssertEqual(outcome.stderr.components(separatedBy: "[JX507]").count - 1, 2, outcome.stderr)
        XCTAssertEqual(outcome.stderr.components(separatedBy: "[JX328]").count - 1, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("actuals.csv:47:7 [G47]: warning: no 实际完成值 for '故障响应及时率' in project "
                                              + "'住房公积金网点设备运维专项': fill it in, or write 未达成 with a reason in 偏差原因"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("actuals.csv:12:8 [H12]: warning: '数据质量准确率' in project '信息化建设项目' scored 0.03 of 3.12"),
                      outcome.stderr)
    }

    func testStrictFailsOnUnexplainedDeviations() throws {
        let plain = try CLIRunner.run(["score", declaration, actuals])
        XCTAssertEqual(plain.status, 0)
        XCTAssertTrue(plain.stdout.contains("Where points were lost (all projects): 产出指标 27.55, 效益指标 24.03, Budget execution 2.32"), plain.stdout)
        let strict = try CLIRunner.run(["score", declaration, actuals, "--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.contains("--strict: 7 deviations without a 偏差原因"), strict.stderr)
        let second = try CLIRunner.run(["score", "samples/demo-second-unit/declaration.txt", "samples/demo-second-unit/actuals.csv", "--strict"])
        XCTAssertEqual(second.status, 1, "数字化加工完成及时性 is 部分达成 without a reason")
    }

    func testNeedGrade() throws {
        let outcome = try CLIRunner.run(["score", declaration, actuals, "--need", "优"])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stdout.contains("""
        住房公积金网点设备运维专项: total 79.60 (中), 10.40 short of 优 (90); full points on these 2 rows would reach it:
          - 故障响应及时率 (+10.00)
          - Budget execution (+0.40)
        交通工具购置及更新: total 87.34 (良), 2.66 short of 优 (90); not reachable even with full points on every row that can still \
        earn them (a row without a declared target scores nothing).
        """), outcome.stdout)
        // 网点巡检覆盖数 and 公务车购置数量 have no declared target: filling them in scores nothing, so they are not proposed.
        XCTAssertFalse(outcome.stdout.contains("网点巡检覆盖数"), outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("公务车购置数量"), outcome.stdout)
        XCTAssertEqual(try CLIRunner.run(["score", declaration, actuals, "--need", "甲"]).status, 64)
        let json = try CLIRunner.run(["score", declaration, actuals, "--need", "良", "--format", "json"])
        struct Card: Decodable { var need: [GradePlan] }
        let plans = try JSONDecoder().decode(Card.self, from: json.stdoutData).need
        XCTAssertEqual(plans.map(\.project), ["住房公积金网点设备运维专项"])
        XCTAssertEqual(plans[0].steps.map(\.indicator), ["故障响应及时率"])
    }

    func testGreedyPlanIsMinimalAndSaysWhenUnreachable() throws {
        let (card, _) = Assessment.score(declarationPath: Fixtures.seedDeclaration,
                                         actualsPath: Fixtures.path("samples/shanghai-hpf-2026/actuals.csv"),
                                         rules: Fixtures.path("scoring-rules/mof-2020.json5"))
        var scorecard = try XCTUnwrap(card)
        scorecard.rules.grades.insert(GradeCutoff(grade: "满分", minimum: 100), at: 0)
        let plans = try XCTUnwrap(GradePlan.plans(scorecard, wanted: "满分"))
        XCTAssertEqual(plans.count, 10, "补充公积金 is at 100 already")
        // Full points everywhere reach 100, but for the two projects with a row that declares no target.
        let untargeted = Set(scorecard.projects.filter { $0.indicators.contains { $0.target == nil } }.map(\.name))
        XCTAssertEqual(untargeted, ["住房公积金网点设备运维专项", "交通工具购置及更新"])
        for plan in plans { XCTAssertEqual(plan.reachable, !untargeted.contains(plan.project), plan.project) }
        let first = plans[0]
        XCTAssertEqual(first.steps.map(\.lost).reduce(0, +), first.gap, "all lost points are needed for 100")
        XCTAssertEqual(first.steps.map(\.lost), first.steps.map(\.lost).sorted(by: >), "largest first")
    }
}
