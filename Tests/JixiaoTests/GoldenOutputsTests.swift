import Foundation
import XCTest
@testable import Jixiao

/// A golden file for every output a user gets, in the language and form they get it, so that any
/// change to what a reviewer reads shows up as a diff (record on purpose with
/// `JIXIAO_RECORD_GOLDEN=1 swift test`, then read the diff).
final class GoldenOutputsTests: XCTestCase {
    let declaration = "samples/shanghai-hpf-2026/declaration.txt"
    let actuals = "samples/shanghai-hpf-2026/actuals.csv"

    private func output(_ arguments: [String], in folder: URL? = nil, status: Int32 = 0) throws -> Data {
        let outcome = try CLIRunner.run(arguments, in: folder)
        XCTAssertEqual(outcome.status, status, outcome.stderr)
        return outcome.stdoutData
    }

    func testScoreTables() throws {
        Golden.assertMatches(try output(["score", declaration, actuals]), "shanghai-hpf-2026.score.table.txt")
        Golden.assertMatches(try output(["score", declaration, actuals, "--detail", "--lang", "zh"]), "shanghai-hpf-2026.score.detail.zh.txt")
    }

    func testEnglishReportAndWorkbookInTenThousands() throws {
        Golden.assertMatches(try output(["score", declaration, actuals, "--format", "html", "--lang", "en", "--money", "万元"]),
                             "shanghai-hpf-2026.report.en.html")
        Golden.assertArchiveMatches(try output(["score", declaration, actuals, "--format", "xlsx", "--lang", "en", "--money", "万元"]),
                                    "shanghai-hpf-2026.en.wan.xlsx")
    }

    func testCheckImportAndExplain() throws {
        Golden.assertMatches(try output(["check", declaration, "--format", "json"]), "shanghai-hpf-2026.check.json")
        Golden.assertMatches(try output(["import", declaration]), "shanghai-hpf-2026.import.json")
        Golden.assertMatches(try output(["explain", declaration, actuals, "--project", "信息化建设项目", "--lang", "zh"]),
                             "shanghai-hpf-2026.explain.zh.txt")
    }

    func testTemplates() throws {
        Golden.assertMatches(try output(["template", declaration]), "shanghai-hpf-2026.template.csv")
        Golden.assertArchiveMatches(try output(["template", declaration, "--format", "xlsx", "--lang", "zh"]), "shanghai-hpf-2026.template.xlsx")
    }

    func testRollupDocuments() throws {
        let folder = try Fixtures.temporaryFolder()
        _ = try output(["score", declaration, actuals, "--format", "json", "-o", folder.appendingPathComponent("hpf.json").path])
        _ = try output(["score", "samples/demo-second-unit/declaration.txt", "samples/demo-second-unit/actuals.csv", "--format", "json",
                        "-o", folder.appendingPathComponent("demo.json").path])
        Golden.assertMatches(try output(["rollup", "hpf.json", "demo.json", "--format", "html", "--lang", "zh"], in: folder), "rollup.zh.html")
        Golden.assertArchiveMatches(try output(["rollup", "hpf.json", "demo.json", "--format", "xlsx", "--lang", "zh"], in: folder), "rollup.zh.xlsx")
    }
}
