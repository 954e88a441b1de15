import Foundation
import XCTest
@testable import Jixiao

/// The county-practice sample (invented figures): every convention at work, against figures worked
/// out by hand (see samples/county-practice-2023/README.md) and a golden scorecard.
final class CountyPracticeSampleTests: XCTestCase {
    let arguments = ["score", "samples/county-practice-2023/declaration.txt", "samples/county-practice-2023/actuals.csv",
                     "--rules", "county-practice"]

    func testTheGoldenScorecard() throws {
        let outcome = try CLIRunner.run(arguments + ["--format", "json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        Golden.assertMatches(outcome.stdoutData, "county-practice-2023.score.json")
    }

    func testFiguresWorkedOutByHand() throws {
        let outcome = try CLIRunner.run(arguments + ["--format", "json"])
        let card = try JSONDecoder().decode(ScoreCLITests.Card.self, from: outcome.stdoutData)
        let farm = try XCTUnwrap(card.projects.first { $0.name == "高标准农田建设" })
        let training = try XCTUnwrap(card.projects.first { $0.name == "农技推广服务" })
        func row(_ project: ScoreCLITests.Card.Project, _ name: String) throws -> IndicatorScore {
            try XCTUnwrap(project.indicators.first { $0.name == name })
        }
        // 1800米 against ≥2(公里): 10 × 1.8/2 = 9.
        XCTAssertEqual(try row(farm, "新修机耕路长度").score, 9)
        // 20公顷 = 300 亩 against ═300(亩): full.
        XCTAssertEqual(try row(farm, "建成高标准农田面积").score, 10)
        // 部分达成…, the unit's 3 of 5 = 60%: in the 部分达成 band [60, 80) → 3, judged.
        XCTAssertEqual(try row(farm, "带动农户增收").score, 3)
        XCTAssertEqual(try row(farm, "带动农户增收").judged, true)
        // No target: full points by the rule file.
        XCTAssertEqual(try row(farm, "资金支付完成率100%").score, 10)
        // 10 + 70 given + 20 given + 10 given = 110 points; scores 10 + 69 + 18 + 10 = 107 → 107 × 100/110 = 97.27 → 97.
        XCTAssertEqual(farm.total, 97)
        let json = try JSONSerialization.jsonObject(with: outcome.stdoutData) as? [String: Any]
        let projects = json?["projects"] as? [[String: Any]]
        XCTAssertEqual(projects?.first?["rescaledFrom"] as? Double, 107, "the sum of the shown scores, beside the rescaled total")
        XCTAssertNil(projects?.last?["rescaledFrom"], "a project of 100 points is not rescaled")
        // Points lost by project and by category add up, the rescaled project counting its shown scores.
        let scorecard = try XCTUnwrap(Assessment.score(declarationPath: Fixtures.path("samples/county-practice-2023/declaration.txt"),
                                                       actualsPath: Fixtures.path("samples/county-practice-2023/actuals.csv"),
                                                       rules: "county-practice").0)
        XCTAssertEqual(LostPoints.byProject(scorecard).map(\.lost), [3, 6])
        XCTAssertEqual(LostPoints.byCategory(scorecard).reduce(Decimal(0)) { $0 + $1.lost }, 9)
        let table = try CLIRunner.run(arguments + ["--detail", "--lang", "zh"])
        XCTAssertTrue(table.stdout.contains("各项得分合计 107.00，按百分制折算为 97.00"), table.stdout)
        // 12.50 × 37.24/43.2 = 10.775… → 11 (whole points); 2850人次 = 0.285万人次: 12.50 × 0.285/0.3 = 11.875 → 12.
        XCTAssertEqual(try row(training, "示范基地数").score, 11)
        XCTAssertEqual(try row(training, "培训农户人次").score, 12)
        // 92% spent: full from 95%, half a point per point below: 10 − 1.5 = 8.5 → 9.
        XCTAssertEqual(training.executionScore, 9)
        // 9 + 12 + 11 + 12.5 + 12.5 + 13 + 15 + 10 × 80/90 = 8.89 → 9: 94.
        XCTAssertEqual(training.total, 94)
        // (2,000,000 × 97 + 400,000 × 94) / 2,400,000 = 96.5.
        XCTAssertEqual(card.unit.score, Decimal(string: "96.5"))
        XCTAssertTrue(outcome.stderr.contains("[JX513]") && outcome.stderr.contains("[JX333]") && outcome.stderr.contains("[JX509]"),
                      outcome.stderr)
        let check = try CLIRunner.run(["check", "samples/county-practice-2023/declaration.txt"])
        XCTAssertTrue(check.stdout.contains("[JX712]"), check.stdout)
        XCTAssertFalse(check.stdout.contains("[JX110]") || check.stdout.contains("[JX704]"), check.stdout)
    }
}
