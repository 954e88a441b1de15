import Foundation
import XCTest
@testable import Jixiao

/// `jixiao compare`: the 2026 scorecard against the 2027 declaration (`samples/shanghai-hpf-2027`:
/// the 2026 forms with 交通工具购置及更新 dropped, 数据备份有效性 replaced by 系统漏洞修复及时率,
/// 微博发布数量 raised to ≥450 and 全年巡检次数 to ≥80 — both still below 2026's 520 and 96).
final class CompareTests: XCTestCase {
    private func lastYear() throws -> (URL, String) {
        let folder = try Fixtures.temporaryFolder()
        let card = folder.appendingPathComponent("2026.json").path
        let score = try CLIRunner.run(["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv",
                                       "--format", "json", "-o", card])
        XCTAssertEqual(score.status, 0, score.stderr)
        return (folder, card)
    }

    func testAScorecardAgainstNextYearsDeclaration() throws {
        let (_, card) = try lastYear()
        let (report, diagnostics) = YearOverYear.run(lastPath: card, thisPath: Fixtures.path("samples/shanghai-hpf-2027/declaration.txt"),
                                                     rules: nil)
        let compared = try XCTUnwrap(report)
        XCTAssertFalse(compared.thisIsScorecard)
        XCTAssertEqual(compared.projects.filter { $0.change == .dropped }.map(\.name), ["交通工具购置及更新"])
        XCTAssertEqual(compared.projects.filter { $0.change == .kept }.count, 10)
        let it = try XCTUnwrap(compared.projects.first { $0.name == "信息化建设项目" })
        XCTAssertEqual(it.indicators.filter { $0.change == .added }.map(\.name), ["系统漏洞修复及时率"])
        XCTAssertEqual(it.indicators.filter { $0.change == .dropped }.map(\.name), ["数据备份有效性"])
        // 微博发布数量: ≥450.00(条) against 520条 last year; 全年巡检次数: ≥80.00(次) against 96次.
        let low = compared.lowered.map { "\($0.project) \($0.indicator.name) \($0.indicator.thisTarget ?? "") < \($0.indicator.lastActual ?? "")" }
        XCTAssertTrue(low.contains("住房公积金互联网业务运行专项 微博发布数量 ≥450.00(条) < 520条"), "\(low)")
        XCTAssertTrue(low.contains("住房公积金网点设备运维专项 全年巡检次数 ≥80.00(次) < 96次"), "\(low)")
        // =0.00(次) of 重大事故发生数 is not a more-is-better target: not flagged though last year had 1次.
        XCTAssertFalse(low.contains { $0.contains("重大事故发生数") })
        // An unchanged target a little below last year's actual (满意度 ≥85% after 88%: 3 points, 3.5 % of
        // the target) is listed as 略低, not warned about: the margin is 10 % of the target.
        XCTAssertFalse(low.contains { $0.contains("系统使用人员满意度") })
        XCTAssertTrue(compared.slightlyLowered.contains { $0.indicator.name == "系统使用人员满意度" })
        XCTAssertEqual(compared.lowMargin, 10)
        XCTAssertEqual(compared.unit, "上海市公积金管理中心")
        XCTAssertEqual([compared.lastYear, compared.thisYear], [2026, 2027])
        XCTAssertEqual(diagnostics.filter { $0.code == .compareTargetLow }.count, low.count)
        let weibo = try XCTUnwrap(diagnostics.first { $0.code == .compareTargetLow && $0.indicator == "微博发布数量" })
        XCTAssertEqual(weibo.location.line, 276, "the 2027 declaration's line of the row")
    }

    /// `comparison.lowMargin` moves the line between 明显偏低 and 略低: 微博发布数量 is 15.6 % under
    /// last year's 520, 全年巡检次数 20 % under 96 (exactly the margin of 20: not beyond it).
    func testTheLowMarginComesFromTheRuleFile() throws {
        let (folder, card) = try lastYear()
        let rules = try String(contentsOfFile: Fixtures.path("scoring-rules/mof-2020.json5"), encoding: .utf8)
        for (margin, clearly) in [("20", [String]()), ("15", ["微博发布数量", "全年巡检次数"]), ("0", ["微博发布数量", "全年巡检次数", "系统使用人员满意度"])] {
            let file = folder.appendingPathComponent("rules-\(margin).json5").path
            try rules.replacingOccurrences(of: "comparison: { lowMargin: 10 }", with: "comparison: { lowMargin: \(margin) }")
                .write(toFile: file, atomically: true, encoding: .utf8)
            let (report, _) = YearOverYear.run(lastPath: card, thisPath: Fixtures.path("samples/shanghai-hpf-2027/declaration.txt"), rules: file)
            let names = Set(try XCTUnwrap(report).lowered.map(\.indicator.name))
            XCTAssertTrue(Set(clearly).isSubset(of: names), "margin \(margin): \(names)")
            if margin == "20" { XCTAssertFalse(names.contains("微博发布数量") || names.contains("全年巡检次数"), "\(names)") }
        }
        let bad = folder.appendingPathComponent("bad.json5").path
        try rules.replacingOccurrences(of: "comparison: { lowMargin: 10 }", with: "comparison: { lowMargin: \"ten\" }")
            .write(toFile: bad, atomically: true, encoding: .utf8)
        XCTAssertNil(YearOverYear.run(lastPath: card, thisPath: card, rules: bad).0, "an unreadable margin is an error")
    }

    /// A target declared at the start above last year's actual and adjusted during the year below it
    /// is said apart (JX913); one declared below it already is not (JX911 says that).
    func testAnAdjustmentBelowLastYearsActual() throws {
        let (folder, card) = try lastYear()
        let text = try Fixtures.text("samples/shanghai-hpf-2027/declaration.txt")
        let adjusted = folder.appendingPathComponent("2027-adjusted.txt")
        try text.replacingOccurrences(of: "微博发布数量\t≥450.00(条)", with: "微博发布数量\t年初：≥540.00(条)；调整后：≥450.00(条)")
            .replacingOccurrences(of: "全年巡检次数\t\t\t\t≥80.00(次)", with: "全年巡检次数\t\t\t\t年初：≥85.00(次)；调整后：≥80.00(次)")
            .write(to: adjusted, atomically: true, encoding: .utf8)
        let (_, diagnostics) = YearOverYear.run(lastPath: card, thisPath: adjusted.path, rules: nil)
        let below = diagnostics.filter { $0.code == .compareAdjustedBelow }
        // 微博: 540 declared is above last year's 520, 450 adjusted below it. 巡检: 85 declared is already below 96.
        XCTAssertEqual(below.map { $0.indicator ?? "" }, ["微博发布数量"], "\(diagnostics.map { $0.message(in: .en) })")
        XCTAssertEqual(below.first?.message(in: .zh), "项目“住房公积金互联网业务运行专项”的“微博发布数量”：年初指标值 ≥540.00(条) 在年中调整为 ≥450.00(条)，调到了上年实际完成值 520条 以下")
        let (_, plain) = YearOverYear.run(lastPath: card, thisPath: Fixtures.path("samples/shanghai-hpf-2027/declaration.txt"), rules: nil)
        XCTAssertFalse(plain.contains { $0.code == .compareAdjustedBelow })
    }

    func testTwoScorecardsAndBadInput() throws {
        let (folder, card) = try lastYear()
        let same = try CLIRunner.run(["compare", card, card, "--format", "json"], in: folder)
        XCTAssertEqual(same.status, 0, same.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: same.stdoutData) as? [String: Any])
        let projects = try XCTUnwrap((json["comparison"] as? [String: Any])?["projects"] as? [[String: Any]])
        XCTAssertEqual(projects.count, 11)
        for project in projects {
            XCTAssertEqual(project["change"] as? String, "kept")
            let last = try XCTUnwrap(project["lastTotal"] as? Double, "a scorecard has totals")
            XCTAssertEqual(project["thisTotal"] as? Double, last)
        }
        // LAST must be a scorecard: a declaration has no actuals to compare with.
        let wrong = try CLIRunner.run(["compare", "samples/shanghai-hpf-2026/declaration.txt", card])
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.stderr.contains("[JX912]"), wrong.stderr)
        XCTAssertTrue(wrong.stdout.isEmpty)
        // A file that is not there is reported as such, not as "not a scorecard".
        let missing = try CLIRunner.run(["compare", "2025.json", card], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("2025.json: error: cannot read the file") && missing.stderr.contains("[JX001]"), missing.stderr)
        XCTAssertFalse(missing.stderr.contains("JX912"), missing.stderr)
        let missingThis = try CLIRunner.run(["compare", card, "2027.txt"], in: folder)
        XCTAssertEqual(missingThis.status, 1)
        XCTAssertTrue(missingThis.stderr.contains("2027.txt: error: cannot read the file"), missingThis.stderr)
    }

    func testOutputs() throws {
        let (folder, _) = try lastYear()
        // The outputs name the inputs as given; both sit in the test's folder so that the golden
        // files do not depend on where the repository was cloned.
        try FileManager.default.copyItem(atPath: Fixtures.path("samples/shanghai-hpf-2027/declaration.txt"),
                                         toPath: folder.appendingPathComponent("2027.txt").path)
        let local = ["compare", "2026.json", "2027.txt"]
        Golden.assertMatches(try CLIRunner.run(local + ["--lang", "zh"], in: folder).stdoutData, "compare-2026-2027.zh.txt")
        Golden.assertMatches(try CLIRunner.run(local + ["--format", "json"], in: folder).stdoutData, "compare-2026-2027.json")
        Golden.assertArchiveMatches(try CLIRunner.run(local + ["--format", "xlsx", "--lang", "zh"], in: folder).stdoutData,
                                    "compare-2026-2027.zh.xlsx")
    }
}
