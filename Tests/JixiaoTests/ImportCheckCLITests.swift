import Foundation
import XCTest
@testable import Jixiao

/// `jixiao import`, `check` and `help`, run as a user runs them.
final class ImportCheckCLITests: XCTestCase {
    let sample = "samples/shanghai-hpf-2026/declaration.txt"

    func testImportWritesAllIndicators() throws {
        let outcome = try CLIRunner.run(["import", sample])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let document = try JSONDecoder().decode(DeclarationDocument.self, from: outcome.stdoutData)
        XCTAssertEqual(document.projects.count, 11)
        XCTAssertEqual(document.projects.reduce(0) { $0 + $1.indicators.count }, 174)
        XCTAssertEqual(document.diagnostics?.map(\.line), [81, 271, 277])
        XCTAssertTrue(outcome.stdout.contains(#""text" : "≤873.41(万元)""#))
        XCTAssertEqual(outcome.stderr.components(separatedBy: ": warning: ").count - 1, 3)
    }

    func testImportIsDeterministicAndRoundTrips() throws {
        let folder = try Fixtures.temporaryFolder()
        let json = folder.appendingPathComponent("seed.json").path
        let first = try CLIRunner.run(["import", sample, "-o", json])
        XCTAssertEqual(first.status, 0)
        XCTAssertEqual(first.stdout, "", "-o writes to the file, not stdout")
        let again = try CLIRunner.run(["import", json])
        XCTAssertEqual(again.status, 0, again.stderr)
        let original = try XCTUnwrap(FileManager.default.contents(atPath: json))
        let fromText = try JSONDecoder().decode(DeclarationDocument.self, from: original)
        let fromJSON = try JSONDecoder().decode(DeclarationDocument.self, from: again.stdoutData)
        XCTAssertEqual(fromJSON.projects, fromText.projects)
        let twice = try CLIRunner.run(["import", sample])
        XCTAssertEqual(twice.stdoutData, original, "same input, same bytes")
    }

    func testCheckPrintsTheSeedFindingsAndExitsZero() throws {
        let outcome = try CLIRunner.run(["check", sample])
        XCTAssertEqual(outcome.status, 0)
        Golden.assertMatches(outcome.stdoutData, "shanghai-hpf-2026.check.txt")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(sample):81: warning: indicator '网点巡检覆盖数'") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(sample):277: warning: indicator '公务用车调度机制健全性' appears again") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(sample):17: warning: cost ceiling ≤873.41(万元) is 8,734,100.00 元, 21.00 元 below") })
        XCTAssertTrue(lines.contains("    hint: move the row under the label its name suggests, or rename it"))
        XCTAssertEqual(lines.last, "\(sample): 11 projects, 174 indicators; 0 errors, 13 warnings")
    }

    func testCheckAsJSON() throws {
        let outcome = try CLIRunner.run(["check", sample, "--format", "json"])
        XCTAssertEqual(outcome.status, 0)
        struct Report: Decodable {
            var projects: Int
            var indicators: Int
            var warnings: Int
            var findings: [DiagnosticRecord]
        }
        let report = try JSONDecoder().decode(Report.self, from: outcome.stdoutData)
        XCTAssertEqual(report.projects, 11)
        XCTAssertEqual(report.warnings, 13)
        let rounding = try XCTUnwrap(report.findings.first { $0.code == "JX705" })
        XCTAssertEqual(rounding.line, 17)
        XCTAssertEqual(rounding.project, "信息化建设项目")
        XCTAssertEqual(rounding.indicator, "上海市住房公积金综合业务服务和管理平台升级改造项目成本控制额")
        XCTAssertNotNil(rounding.hint)
    }

    func testCheckInChinese() throws {
        let byFlag = try CLIRunner.run(["check", sample, "--lang", "zh"])
        XCTAssertTrue(byFlag.stdout.contains("没有年度指标值"), byFlag.stdout)
        XCTAssertTrue(byFlag.stdout.contains("    建议："), byFlag.stdout)
        let byLang = try CLIRunner.run(["check", sample], environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertEqual(byLang.stdout, byFlag.stdout)
        XCTAssertTrue(byLang.stdout.contains("11 个项目，174 个指标"), byLang.stdout)
    }

    func testCheckExitsOneOnErrors() throws {
        let folder = try Fixtures.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.txt")
        try "财政项目支出绩效目标申报表\n项目名称\t甲\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t=100(%)\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["check", bad.path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stdout.contains("bad.txt:4:"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("error: target '=100(%)' has no indicator name"), outcome.stdout)
    }

    func testMissingFileIsAnErrorNotACrash() throws {
        let outcome = try CLIRunner.run(["check", "no/such/file.txt"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stdout.hasPrefix("no/such/file.txt: error: cannot read the file: no such file: no/such/file.txt [JX001]\n"),
                      outcome.stdout)
    }

    func testUsageErrorsExit64() throws {
        for arguments in [[], ["frobnicate"], ["import"], ["import", "a", "b"], ["check", sample, "--bogus"],
                          ["import", sample, "-o"], ["check", sample, "--lang", "fr"], ["help", "nothing"]] {
            let outcome = try CLIRunner.run(arguments)
            XCTAssertEqual(outcome.status, 64, "\(arguments)")
            XCTAssertFalse(outcome.stderr.isEmpty, "\(arguments) says why")
        }
    }

    func testHelp() throws {
        let overview = try CLIRunner.run(["--help"])
        XCTAssertEqual(overview.status, 0)
        for command in ["import", "check", "help"] {
            XCTAssertTrue(overview.stdout.contains("  \(command) "), command)
            let help = try CLIRunner.run(["help", command])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains("Usage: jixiao \(command)"), help.stdout)
            let flag = try CLIRunner.run([command, "--help"])
            XCTAssertEqual(flag.stdout, help.stdout)
        }
    }
}
