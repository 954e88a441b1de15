import Foundation
import XCTest
@testable import Jixiao

/// The rule files compiled into the binary are the files of `scoring-rules/`, byte for byte, and
/// an installed binary finds them from any folder.
final class BuiltInRulesTests: XCTestCase {
    func testBuiltInCopiesAreByteIdentical() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("scoring-rules"))
            .filter { $0.hasSuffix(".json5") }.sorted()
        XCTAssertEqual(BuiltInRules.files.map { $0.name + ".json5" }.sorted(), files)
        for file in BuiltInRules.files {
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(file.path)))
            XCTAssertEqual(file.data, onDisk, "\(file.path) differs from its built-in copy: run .ci/embed-rules")
        }
    }

    func testRuleArgumentsResolve() throws {
        let (rules, diagnostics, file) = RuleSetLoader.load(argument: nil)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(file, "scoring-rules/mof-2020.json5")
        XCTAssertEqual(rules?.executionPoints, 10)
        XCTAssertEqual(RuleSetLoader.load(argument: "province-20-80-70-60").0?.executionPoints, 20)
        XCTAssertEqual(RuleSetLoader.load(argument: "no-such-rules.json5").1.map(\.code), [.fileUnreadable])
    }

    func testACopiedBinaryScoresFromAnyFolderAndPrintsItsRules() throws {
        let folder = try Fixtures.temporaryFolder()
        let binary = folder.appendingPathComponent("jixiao")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["score", Fixtures.seedDeclaration, Fixtures.path("samples/shanghai-hpf-2026/actuals.csv"), "-o", "t.txt"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let table = try String(contentsOf: folder.appendingPathComponent("t.txt"), encoding: .utf8)
        XCTAssertTrue(table.contains("97.51"), table)

        let printed = try CLIRunner.run(["rules", "mof-2020"], in: folder)
        XCTAssertEqual(printed.stdoutData, try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("scoring-rules/mof-2020.json5"))))
        let listed = try CLIRunner.run(["rules"], in: folder)
        XCTAssertTrue(listed.stdout.contains("mof-2020") && listed.stdout.contains("(default)"), listed.stdout)
        let written = try CLIRunner.run(["rules", "province-20-80-70-60", "-o", "mine.json5"], in: folder)
        XCTAssertEqual(written.stderr, "wrote mine.json5\n")
        let scored = try CLIRunner.run(["score", Fixtures.seedDeclaration, Fixtures.path("samples/shanghai-hpf-2026/actuals.csv"),
                                        "--rules", "mine.json5"], in: folder)
        XCTAssertTrue(scored.stdout.contains("province"), scored.stdout)
        XCTAssertEqual(try CLIRunner.run(["rules", "nope"]).status, 64)
    }
}
