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
        XCTAssertEqual(outcome.stderr.split(separator: "\n").count, 3)
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

    func testCheckPrintsWarningsAndExitsZero() throws {
        let outcome = try CLIRunner.run(["check", sample])
        XCTAssertEqual(outcome.status, 0)
        let lines = outcome.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[0].hasPrefix("\(sample):81: warning: indicator '网点巡检覆盖数'"), lines[0])
        XCTAssertTrue(lines[2].hasPrefix("\(sample):277: warning: indicator '公务用车调度机制健全性' appears again"), lines[2])
        XCTAssertTrue(outcome.stdout.contains("11 projects, 174 indicators; 0 errors, 3 warnings"), outcome.stdout)
    }

    func testCheckInChinese() throws {
        let byFlag = try CLIRunner.run(["check", sample, "--lang", "zh"])
        XCTAssertTrue(byFlag.stderr.contains("没有年度指标值"), byFlag.stderr)
        let byLang = try CLIRunner.run(["check", sample], environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertEqual(byLang.stderr, byFlag.stderr)
        XCTAssertTrue(byLang.stdout.contains("11 个项目，174 个指标"), byLang.stdout)
    }

    func testCheckExitsOneOnErrors() throws {
        let folder = try Fixtures.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.txt")
        try "财政项目支出绩效目标申报表\n项目名称\t甲\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t=100(%)\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["check", bad.path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("bad.txt:4:"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("error: target '=100(%)' has no indicator name"), outcome.stderr)
    }

    func testMissingFileIsAnErrorNotACrash() throws {
        let outcome = try CLIRunner.run(["check", "no/such/file.txt"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.stderr, "no/such/file.txt: error: cannot read the file: no such file: no/such/file.txt [JX001]\n")
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
