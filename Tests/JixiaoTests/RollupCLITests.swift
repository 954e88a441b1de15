import Foundation
import XCTest
@testable import Jixiao

/// `jixiao rollup`: the commission's summary of several units' JSON scorecards.
final class RollupCLITests: XCTestCase {
    /// Scores both bundled samples into a temporary folder and returns the two JSON paths.
    private func scorecards(rules second: String? = nil) throws -> (URL, String, String) {
        let folder = try Fixtures.temporaryFolder()
        let hpf = folder.appendingPathComponent("hpf.json").path
        let demo = folder.appendingPathComponent("demo.json").path
        let a = try CLIRunner.run(["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv",
                                   "--format", "json", "-o", hpf])
        XCTAssertEqual(a.status, 0, a.stderr)
        let b = try CLIRunner.run(["score", "samples/demo-second-unit/declaration.txt", "samples/demo-second-unit/actuals.csv",
                                   "--format", "json", "-o", demo] + (second.map { ["--rules", $0] } ?? []))
        XCTAssertEqual(b.status, 0, b.stderr)
        return (folder, hpf, demo)
    }

    func testTableAndJSON() throws {
        let (folder, hpf, demo) = try scorecards()
        let table = try CLIRunner.run(["rollup", hpf, demo], in: folder)
        XCTAssertEqual(table.status, 0, table.stderr)
        Golden.assertMatches(Data(table.stdout.utf8), "rollup.table.txt")
        // Σ budget·score / Σ budget = (53,047,800 × 97.51 + 1,500,000 × 96.02) / 54,547,800 = 97.469… → 97.47
        XCTAssertTrue(table.stdout.contains("Commission (budget-weighted)        13  54,547,800.00"), table.stdout)
        XCTAssertTrue(table.stdout.contains("97.47  优"), table.stdout)
        let json = try CLIRunner.run(["rollup", "hpf.json", "demo.json", "--format", "json"], in: folder)
        Golden.assertMatches(json.stdoutData, "rollup.json")
    }

    func testWorkbookAndHTML() throws {
        let (folder, hpf, demo) = try scorecards()
        let xlsx = try CLIRunner.run(["rollup", hpf, demo, "--format", "xlsx", "--lang", "zh"], in: folder)
        XCTAssertEqual(xlsx.status, 0)
        let units = try WorkbookReader.records(xlsx.stdoutData, sheet: "单位汇总").get()
        XCTAssertEqual(units.first { $0.fields.first == "示例单位乙（虚构）" }?.fields, ["示例单位乙（虚构）", "2", "1500000", "1477200", "98.48%", "96.02", "优", "1", "0"], "red and yellow audit findings last")
        let below = try WorkbookReader.records(xlsx.stdoutData, sheet: "未得满分指标").get()
        XCTAssertEqual(below.count, 2 + 14 + 2, "title, heads, 14 rows of the first unit, 2 of the second")
        XCTAssertEqual(below.first?.fields.first, "2026年度 上海市住房和城乡建设管理委员会 绩效自评汇总 — 未得满分指标")
        XCTAssertEqual(below[1].fields.suffix(2), ["偏差原因", "改进措施"])
        XCTAssertTrue(below.dropFirst(2).allSatisfy { !$0.fields[8].isEmpty }, "every row below full points says why")
        let wan = try CLIRunner.run(["rollup", hpf, demo, "--format", "xlsx", "--lang", "zh", "--money", "万元"], in: folder)
        let wanUnits = try WorkbookReader.records(wan.stdoutData, sheet: "单位汇总").get()
        XCTAssertEqual(wanUnits[1].fields[2], "全年预算数（万元）")
        XCTAssertEqual(wanUnits.first { $0.fields.first == "示例单位乙（虚构）" }?.fields[2...3], ["150", "147.72"])
        let bad = try CLIRunner.run(["rollup", hpf, demo, "--format", "xlsx", "--money", "千元"], in: folder)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--money"), bad.stderr)
        let html = try CLIRunner.run(["rollup", hpf, demo, "--format", "html"], in: folder)
        XCTAssertTrue(html.stdout.contains("<svg "))
        XCTAssertTrue(html.stdout.contains(">97.47<"))
        // The HTML has what the workbook has: the commission's 合计 row and the 项目等级 table.
        let zh = try CLIRunner.run(["rollup", hpf, demo, "--format", "html", "--lang", "zh"], in: folder).stdout
        XCTAssertTrue(zh.contains("<tr class=\"total\"><td>合计（预算加权）</td><td class=\"num\">13</td>"), zh)
        XCTAssertTrue(zh.contains("<h2>项目等级</h2>"), zh)
        let grades = try WorkbookReader.records(try CLIRunner.run(["rollup", hpf, demo, "--format", "xlsx", "--lang", "zh"], in: folder).stdoutData,
                                                sheet: "单位汇总").get()
        let start = try XCTUnwrap(grades.firstIndex { $0.fields.first == "项目等级" })
        for record in grades[(start + 1)...] where record.fields.count > 1 {
            XCTAssertTrue(zh.contains("<tr><td class=\"c\">\(record.fields[0])</td><td class=\"num\">\(record.fields[1])</td></tr>"),
                          "grade \(record.fields[0]) as in the workbook")
        }
    }

    /// The audit findings per unit, and the re-check sample: the unit with red findings comes
    /// before a clean one, most red first, then money; `--sample N` sets how many.
    func testTheRecheckSampleRanksRedFindingsFirst() throws {
        let (folder, hpf, demo) = try scorecards()
        // The second unit made clean: its scorecard without findings.
        var card = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: demo))) as? [String: Any])
        card["audit"] = []
        card["diagnostics"] = []
        let clean = folder.appendingPathComponent("clean.json").path
        try JSONSerialization.data(withJSONObject: card).write(to: URL(fileURLWithPath: clean))
        let outcome = try CLIRunner.run(["rollup", clean, hpf, "--format", "json", "--sample", "3"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let summary = try XCTUnwrap((JSONSerialization.jsonObject(with: outcome.stdoutData) as? [String: Any])?["commission"] as? [String: Any])
        let units = try XCTUnwrap(summary["units"] as? [[String: Any]])
        // 上海市公积金管理中心: 6 red findings of the checks, and 4 rows below full points without a reason (JX507, red).
        XCTAssertEqual(units.map { $0["red"] as? Int }, [0, 10])
        let sample = try XCTUnwrap(summary["recheck"] as? [[String: Any]])
        XCTAssertEqual(sample.count, 3)
        XCTAssertTrue(sample.allSatisfy { $0["unit"] as? String == "上海市公积金管理中心" }, "the clean unit is not in the sample")
        let reds = sample.compactMap { $0["red"] as? Int }
        XCTAssertEqual(reds, reds.sorted(by: >))
        XCTAssertEqual(sample.first?["project"] as? String, "住房公积金网点设备运维专项", "two red findings")
        // The same inputs give the same sample; a bad count is a wrong command line.
        XCTAssertEqual(try CLIRunner.run(["rollup", clean, hpf, "--format", "json", "--sample", "3"], in: folder).stdoutData, outcome.stdoutData)
        XCTAssertEqual(try CLIRunner.run(["rollup", clean, hpf, "--sample", "0"], in: folder).status, 64)
        let xlsx = try CLIRunner.run(["rollup", clean, hpf, "--format", "xlsx", "--lang", "zh"], in: folder)
        let sheet = try WorkbookReader.records(xlsx.stdoutData, sheet: "复核抽样").get()
        XCTAssertEqual(sheet.dropFirst(2).first?.fields.prefix(2), ["上海市公积金管理中心", "住房公积金网点设备运维专项"])
    }

    func testTheSameUnitTwiceIsAnError() throws {
        let (folder, hpf, demo) = try scorecards()
        let outcome = try CLIRunner.run(["rollup", hpf, demo, hpf], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("error: a second scorecard of unit '上海市公积金管理中心'"), outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("13  54,547,800.00"), "the second copy is left out")
    }

    func testMixedRulesAreWarnedAndBadFilesReported() throws {
        let (folder, hpf, demo) = try scorecards(rules: "scoring-rules/province-20-80-70-60.json5")
        let mixed = try CLIRunner.run(["rollup", hpf, demo], in: folder)
        XCTAssertEqual(mixed.status, 0)
        XCTAssertTrue(mixed.stderr.contains("warning: the scorecards were made with different rule files"), mixed.stderr)
        let bad = folder.appendingPathComponent("bad.json")
        try "{\"unit\": 1}".write(to: bad, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["rollup", hpf, bad.path, "missing.json"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("bad.json:1:10: error: not a scorecard written by 'jixiao score --format json': .unit: expected an object"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("missing.json: error: cannot read the file"), outcome.stderr)
    }
}
