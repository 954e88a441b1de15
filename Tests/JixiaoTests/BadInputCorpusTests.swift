import Foundation
import XCTest
@testable import Jixiao

/// The bad-input corpus (`Tests/JixiaoTests/BadInputs/`): each case is a small file and, beside
/// it, `NAME.expected` with the exit status and every diagnostic line the binary prints for it.
/// Targets and declarations are run through `check`; actuals through `score` against
/// `base/declaration.txt`; rule files through `score --rules` on the base files. Re-record with
/// `JIXIAO_RECORD_GOLDEN=1 swift test` after a deliberate change, and read the diff.
final class BadInputCorpusTests: XCTestCase {
    static let folder = Fixtures.root.appendingPathComponent("Tests/JixiaoTests/BadInputs")

    private func cases(_ area: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(area).path)
            .filter { !$0.hasSuffix(".expected") }.sorted()
    }

    private func arguments(_ area: String, _ name: String) -> [String] {
        switch area {
        case "actuals": return ["score", "../base/declaration.txt", name, "--format", "json"]
        case "rules": return ["score", "../base/declaration.txt", "../base/actuals.csv", "--rules", name, "--format", "json"]
        default: return ["check", name]
        }
    }

    /// `exit N` and the lines that carry a diagnostic code, as a user would read them.
    private func observed(_ outcome: CLIRunner.Outcome) -> String {
        let lines = (outcome.stdout + outcome.stderr).split(separator: "\n").map(String.init).filter { $0.contains("[JX") }
        return (["exit \(outcome.status)"] + lines).joined(separator: "\n") + "\n"
    }

    private func runArea(_ area: String, minimum: Int) throws {
        let names = try cases(area)
        XCTAssertGreaterThanOrEqual(names.count, minimum, area)
        let areaFolder = Self.folder.appendingPathComponent(area)
        for name in names {
            let outcome = try CLIRunner.run(arguments(area, name), in: areaFolder)
            XCTAssertLessThan(outcome.status, 2, "\(area)/\(name) exits 0 or 1, never crashes: \(outcome.stderr.prefix(400))")
            for line in observed(outcome).split(separator: "\n").dropFirst() {
                let isHint = line.hasPrefix("    ")
                XCTAssertTrue(isHint || line.hasPrefix(name) || line.hasPrefix("../base/"), "\(area)/\(name): a message names its file: \(line)")
            }
            if area == "actuals" {
                // A file that cannot be read at all gives no scorecard; otherwise the rest of the
                // input is still scored and the scorecard is written.
                let unreadable = ["JX001", "JX002", "JX003", "JX006", "JX009", "JX010", "JX304", "JX305", "JX323", "JX324", "JX327"]
                    .contains { outcome.stderr.contains("[\($0)]") }
                let card = try? JSONSerialization.jsonObject(with: outcome.stdoutData) as? [String: Any]
                if unreadable {
                    XCTAssertEqual(outcome.status, 1, "\(area)/\(name)")
                    XCTAssertTrue(outcome.stdoutData.isEmpty, "\(area)/\(name): nothing is written for an unreadable file")
                } else {
                    XCTAssertEqual((card?["projects"] as? [Any])?.count, 1, "\(area)/\(name) still writes the scorecard")
                }
            }
            var expected = observed(outcome)
            if area == "targets" {
                // What the first row's target was read as, so that a case without a message still
                // states its result.
                let imported = try CLIRunner.run(["import", name], in: areaFolder)
                let json = try? JSONSerialization.jsonObject(with: imported.stdoutData) as? [String: Any]
                let first = ((json?["projects"] as? [[String: Any]])?.first?["indicators"] as? [[String: Any]])?.first
                let target = first?["target"] as? [String: Any] ?? [:]
                let parts = ["kind", "operator", "value", "upper", "unit"].compactMap { key in target[key].map { "\(key)=\($0)" } }
                expected += "parsed: \(first?["name"] ?? "-") \(String(describing: target["text"] ?? "-").prefix(60)) → \(parts.joined(separator: " "))\n"
            }
            Golden.assertMatches(Data(expected.utf8), "../BadInputs/\(area)/\(name).expected")
        }
    }

    func testTargetExpressions() throws { try runArea("targets", minimum: 20) }
    func testDeclarations() throws { try runArea("declarations", minimum: 15) }
    func testActuals() throws { try runArea("actuals", minimum: 20) }
    func testRuleFiles() throws { try runArea("rules", minimum: 10) }

    // Cases too large to keep as files are made here.

    func testTenThousandForms() throws {
        let folder = try Fixtures.temporaryFolder()
        let form = try String(contentsOf: Self.folder.appendingPathComponent("base/declaration.txt"), encoding: .utf8)
        let text = (0..<10_000).map { form.replacingOccurrences(of: "甲项目", with: "项目\($0)") }.joined(separator: "\n")
        try text.write(to: folder.appendingPathComponent("big.txt"), atomically: false, encoding: .utf8)
        let outcome = try CLIRunner.run(["check", "big.txt"], in: folder)
        XCTAssertEqual(outcome.status, 0, String(outcome.stdout.prefix(500)))
        XCTAssertTrue(outcome.stdout.hasSuffix("big.txt: 10000 projects, 50000 indicators; 0 errors, 0 warnings\n"),
                      String(outcome.stdout.suffix(200)))
    }

    func testALineOfOneMegabyte() throws {
        let folder = try Fixtures.temporaryFolder()
        let form = try String(contentsOf: Self.folder.appendingPathComponent("base/declaration.txt"), encoding: .utf8)
        let long = "\t\t\t" + String(repeating: "很长的说明", count: 70_000) // 1,050,003 bytes
        try (form + long + "\n").write(to: folder.appendingPathComponent("long.txt"), atomically: false, encoding: .utf8)
        let outcome = try CLIRunner.run(["check", "long.txt"], in: folder)
        XCTAssertEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stdout.contains("long.txt:18: warning: indicator '很长的说明很长的说明"), "the line is kept and reported")
    }

    func testAFileOfTwoGigabytesIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("huge.csv").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 2 << 30) // sparse: no disk used
        try handle.close()
        let outcome = try CLIRunner.run(["score", Self.folder.appendingPathComponent("base/declaration.txt").path, "huge.csv"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("huge.csv: error: the file is 2048 MB; jixiao reads files of up to 1024 MB, so it is not read [JX003]"),
                      outcome.stderr)
        try FileManager.default.removeItem(atPath: path)
    }

    func testACellOfFiveMegabytesIsRefusedAndTheRestRead() throws {
        let folder = try Fixtures.temporaryFolder()
        let base = try String(contentsOf: Self.folder.appendingPathComponent("base/actuals.csv"), encoding: .utf8)
        let text = base.replacingOccurrences(of: "甲项目,投诉数量,3,,", with: "甲项目,投诉数量,3,," + String(repeating: "x", count: 5 << 20))
        try text.write(to: folder.appendingPathComponent("cell.csv"), atomically: false, encoding: .utf8)
        let outcome = try CLIRunner.run(["score", Self.folder.appendingPathComponent("base/declaration.txt").path, "cell.csv",
                                         "--format", "json"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("cell.csv:5: error: a cell of 5 MB is longer than the 4 MB jixiao accepts"), outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("\"met\" : 5"), "the other rows are still scored")
    }
}
