import Foundation
import XCTest
@testable import Jixiao

/// `jixiao verify`: the commission's re-check of a submitted 自评表, on jixiao's own workbook, on one
/// typed by a unit (the sample `submitted-form.xlsx`, written with another program and holding three
/// slips), and on a list.
final class VerifyTests: XCTestCase {
    let folder = "samples/shanghai-hpf-2026/"

    /// jixiao's own workbook, in either language, and in 万元.
    func testJixiaosOwnWorkbookFollows() throws {
        let temporary = try Fixtures.temporaryFolder()
        for (language, money) in [("zh", "元"), ("en", "元"), ("en", "万元")] {
            let own = temporary.appendingPathComponent("自评表-\(language).xlsx").path
            let score = try CLIRunner.run(["score", folder + "declaration.txt", folder + "actuals.csv", "--format", "xlsx",
                                           "--lang", language, "--money", money, "-o", own, "--force"])
            XCTAssertEqual(score.status, 0, score.stderr)
            let outcome = try CLIRunner.run(["verify", own, "--format", "json"])
            XCTAssertEqual(outcome.status, 0, "\(language) \(money): \(outcome.stdout.prefix(600)) \(outcome.stderr)")
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: outcome.stdoutData) as? [String: Any])
            let verification = try XCTUnwrap(json["verification"] as? [String: Any])
            XCTAssertEqual((verification["discrepancies"] as? [Any])?.count, 0, "\(language) \(money)")
            XCTAssertEqual((verification["projects"] as? [Any])?.count, 11, "every project sheet; 汇总 and 审核提示 are not forms")
            // The document says so, rather than printing the discrepancies' heads over nothing.
            let document = try CLIRunner.run(["verify", own, "--format", "xlsx", "--lang", language])
            let text = try WorkbookReader.records(document.stdoutData).get().flatMap(\.fields)
            XCTAssertTrue(text.contains(language == "zh" ? "未发现差异" : "No discrepancy found"), "\(text)")
        }
    }

    func testAWorkbookTypedByAUnit() throws {
        let (report, diagnostics) = Verification.run(path: Fixtures.path(folder + "submitted-form.xlsx"), rules: nil, language: .zh)
        let found = try XCTUnwrap(report)
        XCTAssertTrue(diagnostics.isEmpty, "\(diagnostics.map { $0.message(in: .en) })")
        XCTAssertEqual(found.projects.map(\.name), ["专项业务费", "交通工具购置及更新", "补充日常经费"])
        // 律师意见反馈率 =100.00(%), actual 100%, 分值 10: 10.00 follows, 8.00 was reported.
        let items = found.discrepancies.map { "\($0.project) \($0.indicator) \($0.reported) → \($0.recomputed)" }
        XCTAssertEqual(items, ["专项业务费 律师意见反馈率 8.00 → 10.00", "交通工具购置及更新 总分 89.34 → 87.34", "补充日常经费 等级 良 → 优"])
        XCTAssertEqual(found.discrepancies[0].basis, "100 ≥ 100 → 10.00")
        XCTAssertTrue(found.discrepancies[0].location.hasSuffix("submitted-form.xlsx:专项业务费!G15"), found.discrepancies[0].location)
        // Each discrepancy at the cell of the figure it names: 总分's 得分 (G20), the 等级 written (F25, not 总分's cell).
        XCTAssertTrue(found.discrepancies[1].location.hasSuffix("submitted-form.xlsx:交通工具购置及更新!G20"), found.discrepancies[1].location)
        XCTAssertTrue(found.discrepancies[2].location.hasSuffix("submitted-form.xlsx:补充日常经费!F25"), found.discrepancies[2].location)
        // 交通工具购置及更新: 9.84 (246,000 / 250,000 × 10) + 77.50 over the rows = 87.34.
        XCTAssertEqual(found.projects[1].recomputedTotal, Decimal(string: "87.34"))
        let cli = try CLIRunner.run(["verify", folder + "submitted-form.xlsx"])
        XCTAssertEqual(cli.status, 1)
    }

    func testAListAndFilesThatAreNotAForm() throws {
        let temporary = try Fixtures.temporaryFolder()
        let list = temporary.appendingPathComponent("list.csv")
        try """
        项目名称,三级指标,年度指标值,实际完成值,分值,得分
        甲项目,全年预算数,,"1,000,000.00",,
        甲项目,全年执行数,,"900,000.00",10,9.00
        甲项目,完成数,≥12(个),9,45,33.75
        甲项目,合格率,≥95(%),95%,45,40
        甲项目,总分,,,100,82.75
        甲项目,等级,,良,,
        """.write(to: list, atomically: true, encoding: .utf8)
        let (report, _) = Verification.run(path: list.path, rules: nil, language: .zh)
        let found = try XCTUnwrap(report)
        // 9 / 12 × 45 = 33.75 follows; 合格率 95% ≥ 95% gives 45.00, not 40; the total is then
        // 9 + 33.75 + 45 = 87.75, not the 82.75 the unit added up; 良 still follows.
        XCTAssertEqual(found.discrepancies.map(\.indicator), ["合格率", "总分"])
        XCTAssertEqual(found.discrepancies.map(\.recomputed), ["45.00", "87.75"])
        XCTAssertEqual(found.projects.first?.recomputedTotal, Decimal(string: "87.75"))
        let missing = try CLIRunner.run(["verify", folder + "没有 这个.xlsx"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("没有 这个.xlsx: error: cannot read the file") && missing.stderr.contains("[JX001]"), missing.stderr)
        for name in ["declaration-list.xlsx", "actuals.csv"] {
            let outcome = try CLIRunner.run(["verify", folder + name])
            XCTAssertEqual(outcome.status, 1, name)
            XCTAssertTrue(outcome.stderr.contains("[JX901]"), outcome.stderr)
            XCTAssertTrue(outcome.stdout.isEmpty)
        }
    }

    func testOutputs() throws {
        let base = ["verify", folder + "submitted-form.xlsx"]
        Golden.assertMatches(try CLIRunner.run(base).stdoutData, "verify-submitted.table.txt")
        Golden.assertMatches(try CLIRunner.run(base + ["--format", "json"]).stdoutData, "verify-submitted.json")
        Golden.assertArchiveMatches(try CLIRunner.run(base + ["--format", "xlsx", "--lang", "zh"]).stdoutData, "verify-submitted.zh.xlsx")
    }
}
