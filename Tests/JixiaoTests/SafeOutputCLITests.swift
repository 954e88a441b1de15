import Foundation
import XCTest
@testable import Jixiao

/// The ways a hurried user loses work or hands in a wrong file, tried from the command line.
final class SafeOutputCLITests: XCTestCase {
    let declaration = Fixtures.path("samples/shanghai-hpf-2026/declaration.txt")
    let actuals = Fixtures.path("samples/shanghai-hpf-2026/actuals.csv")

    /// A folder holding copies of the sample, so that the tests may try to overwrite them.
    func copies() throws -> (URL, String, String) {
        let folder = try Fixtures.temporaryFolder()
        let d = folder.appendingPathComponent("申报表 2026.txt")
        let a = folder.appendingPathComponent("actuals.csv")
        try FileManager.default.copyItem(atPath: declaration, toPath: d.path)
        try FileManager.default.copyItem(atPath: actuals, toPath: a.path)
        return (folder, d.path, a.path)
    }

    func testOutputOntoAnInputIsRefusedHoweverSpelled() throws {
        let (folder, d, a) = try copies()
        let before = try Data(contentsOf: URL(fileURLWithPath: a))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: a)
        let spellings = [["score", d, a, "-o", a], ["score", d, a, "-o", "./actuals.csv"], ["score", d, a, "-o", "link.csv"],
                         ["score", d, a, "-o", "ACTUALS.CSV"], ["score", d, a, "--format", "csv", "-o", "sub/../actuals.csv"],
                         ["template", d, "-o", d], ["import", d, "-o", d], ["rollup", a, "-o", a]]
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for arguments in spellings {
            let outcome = try CLIRunner.run(arguments, in: folder)
            XCTAssertEqual(outcome.status, 64, "\(arguments): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains("jixiao does not write over its inputs"), outcome.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: a)), before, "the actuals are untouched")
        let zh = try CLIRunner.run(["score", d, a, "-o", a, "--lang", "zh"], in: folder)
        XCTAssertTrue(zh.stderr.contains("jixiao 不会覆盖输入文件"), zh.stderr)
        let other = try CLIRunner.run(["score", d, a, "--format", "json", "-o", "unit.json"], in: folder)
        XCTAssertEqual(other.status, 0, "another name is fine: \(other.stderr)")
    }

    func testAnUnreadableInputLeavesTheOldOutputAlone() throws {
        let (folder, d, a) = try copies()
        let good = try CLIRunner.run(["score", d, a, "--format", "json", "-o", "unit.json"], in: folder)
        XCTAssertEqual(good.status, 0)
        XCTAssertTrue(good.stderr.hasSuffix("wrote unit.json\n"), "the confirmation comes last: \(good.stderr)")
        let before = try Data(contentsOf: folder.appendingPathComponent("unit.json"))
        for bad in [["score", d, "no-such-file.csv"], ["score", "no-such.txt", a], ["score", d, d], ["score", a, a]] {
            let outcome = try CLIRunner.run(bad + ["--format", "json", "-o", "unit.json"], in: folder)
            XCTAssertEqual(outcome.status, 1, "\(bad): \(outcome.stderr)")
            XCTAssertFalse(outcome.stderr.contains("wrote"), outcome.stderr)
            XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("unit.json")), before, "\(bad) left unit.json alone")
        }
        let quiet = try CLIRunner.run(["score", d, a, "-q", "-o", "t.txt"], in: folder)
        XCTAssertFalse(quiet.stderr.contains("wrote"), "-q: \(quiet.stderr)")
    }

    func testSwappedArgumentsAreOneError() throws {
        let outcome = try CLIRunner.run(["score", actuals, declaration])
        XCTAssertEqual(outcome.status, 1)
        let lines = outcome.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "one error and its hint: \(outcome.stderr)")
        XCTAssertEqual(lines.last, "    hint: run the command shown, with the two files swapped")
        XCTAssertTrue(outcome.stderr.contains("the two files are in the wrong order: \(actuals) is an actuals table and \(declaration) is a declaration; run: jixiao score \(declaration) \(actuals) [JX007]"), outcome.stderr)
        XCTAssertTrue(outcome.stdout.isEmpty)
        let check = try CLIRunner.run(["check", actuals])
        XCTAssertTrue(check.stdout.contains("looks like an actuals table (its first line is a header with 项目名称, 一级指标"), check.stdout)
    }

    func testRollupRefusesEmptyScorecardsAndWarnsOfErrors() throws {
        let folder = try Fixtures.temporaryFolder()
        let good = try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", "hpf.json"], in: folder)
        XCTAssertEqual(good.status, 0)
        // A scorecard whose inputs had errors: one actual that is not a number.
        let broken = try String(contentsOfFile: actuals, encoding: .utf8).replacingOccurrences(of: ",\"8,612,360.00\",", with: ",八百万,")
        try Data(broken.utf8).write(to: folder.appendingPathComponent("broken.csv"))
        let erred = try CLIRunner.run(["score", declaration, "broken.csv", "--format", "json", "-o", "erred.json"], in: folder)
        XCTAssertEqual(erred.status, 1, erred.stderr)
        let card = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("hpf.json"))) as! [String: Any]
        var empty = card
        empty["projects"] = [Any]()
        try JSONSerialization.data(withJSONObject: empty).write(to: folder.appendingPathComponent("empty.json"))
        var nameless = card
        var unit = card["unit"] as! [String: Any]
        unit["name"] = ""
        nameless["unit"] = unit
        try JSONSerialization.data(withJSONObject: nameless).write(to: folder.appendingPathComponent("nameless.json"))
        for bad in ["empty.json", "nameless.json"] {
            let outcome = try CLIRunner.run(["rollup", "hpf.json", bad, "-o", "out.txt"], in: folder)
            XCTAssertEqual(outcome.status, 1, outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains(bad == "empty.json" ? "[JX604]" : "[JX605]"), outcome.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.txt").path))
        }
        // erred.json is of the same unit as hpf.json, so it is rolled up alone.
        let warned = try CLIRunner.run(["rollup", "erred.json"], in: folder)
        XCTAssertEqual(warned.status, 0, warned.stderr)
        XCTAssertTrue(warned.stderr.contains("erred.json: warning: this scorecard was made from inputs with 1 error(s)"), warned.stderr)
    }

    func testUnknownNamesAreOneErrorEachWithSuggestions() throws {
        let folder = try Fixtures.temporaryFolder()
        var text = try String(contentsOfFile: actuals, encoding: .utf8)
        text = text.replacingOccurrences(of: "\n专项业务费,", with: "\n专项业务经费,")   // every row of one project
        text = text.replacingOccurrences(of: ",设备更换购置完成率,", with: ",设备更换采购完成率,")
        try Data(text.utf8).write(to: folder.appendingPathComponent("a.csv"))
        let outcome = try CLIRunner.run(["score", declaration, "a.csv"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        let project = outcome.stderr.split(separator: "\n").filter { $0.contains("[JX316]") }
        XCTAssertEqual(project.count, 1, outcome.stderr)
        XCTAssertTrue(project[0].contains("project '专项业务经费' is not in the declaration; its 11 row(s) (lines"), String(project[0]))
        XCTAssertTrue(project[0].contains("; did you mean '专项业务费'?"), String(project[0]))
        let indicator = outcome.stderr.split(separator: "\n").filter { $0.contains("[JX317]") }
        XCTAssertEqual(indicator.count, 1, outcome.stderr)
        XCTAssertTrue(indicator[0].contains("indicator '设备更换采购完成率' is not in project '信息化建设项目'; its 1 row(s) (lines 4) "
                                            + "are not used; did you mean '设备更换购置完成率'?"), String(indicator[0]))
    }

    func testNamesMatchWithoutThePDFsSpacesAndInFullWidth() throws {
        let folder = try Fixtures.temporaryFolder()
        var text = try String(contentsOfFile: actuals, encoding: .utf8)
        XCTAssertTrue(text.contains("17 个网点服务大厅保洁费实际支出"))
        text = text.replacingOccurrences(of: "17 个网点服务大厅保洁费实际支出", with: "１７个网点服务大厅保洁费实际支出")
        try Data(text.utf8).write(to: folder.appendingPathComponent("a.csv"))
        let typed = try CLIRunner.run(["score", declaration, "a.csv", "--format", "json"], in: folder)
        let original = try CLIRunner.run(["score", declaration, actuals, "--format", "json"], in: folder)
        XCTAssertEqual(typed.status, 0, typed.stderr)
        XCTAssertFalse(typed.stderr.contains("JX317"), typed.stderr)
        XCTAssertEqual(try scores(typed), try scores(original), "the same scores")
        XCTAssertEqual(try scores(original).statuses["missing"], 1, "the sample has one blank actual")
    }

    func testStandardStreamsVersionAndHelpInChinese() throws {
        let input = try Data(contentsOf: URL(fileURLWithPath: actuals))
        let piped = try CLIRunner.run(["score", declaration, "-", "--format", "json", "-o", "-"], input: input)
        XCTAssertEqual(piped.status, 0, piped.stderr)
        let file = try CLIRunner.run(["score", declaration, actuals, "--format", "json"])
        XCTAssertEqual(try scores(piped), try scores(file), "- reads standard input; -o - writes standard output")
        XCTAssertTrue(piped.stdout.contains("\"file\" : \"-\""), "standard input is named -")
        XCTAssertEqual(try CLIRunner.run(["score", "-", "-"]).status, 64)
        let version = try CLIRunner.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("jixiao \(JixiaoVersion.current)\nbuilt-in rule files: county-practice, labels, lint, mof-2020, province-20-80-70-60"), version.stdout)
        let help = try CLIRunner.run(["help", "score", "--lang", "zh"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.hasPrefix("评分：按评分规则"), help.stdout)
        XCTAssertTrue(help.stdout.contains("选项：") && help.stdout.contains("用法：jixiao score"), help.stdout)
        let usage = try CLIRunner.run(["score", declaration, "--lang", "zh"])
        XCTAssertEqual(usage.status, 64)
        XCTAssertTrue(usage.stderr.contains("缺少参数 ACTUALS"), usage.stderr)
        let overview = try CLIRunner.run(["--help"], environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(overview.stdout.contains("命令："), overview.stdout)
        for alone in [["--lang", "zh"], ["--lang=zh"], ["--lang"]] {
            let outcome = try CLIRunner.run(alone)
            XCTAssertEqual(outcome.status, 64, "\(alone): \(outcome.stderr)")
        }
        XCTAssertTrue(try CLIRunner.run(["--lang", "zh"]).stderr.contains("命令："))
        let front = try CLIRunner.run(["--lang", "zh", "help", "rules"])
        XCTAssertTrue(front.stdout.hasPrefix("列出 jixiao 内置的规则文件"), front.stdout)
    }

    func scores(_ outcome: CLIRunner.Outcome) throws -> ScoreCLITests.Card.Unit {
        try JSONDecoder().decode(ScoreCLITests.Card.self, from: outcome.stdoutData).unit
    }

    func testOutputSurvivesAClosedStandardError() throws {
        let folder = try Fixtures.temporaryFolder()
        // stderr closed before jixiao starts: the warnings cannot be written, the file still is.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" score \"$1\" \"$2\" --format html -o out.html 2>&-", CLIRunner.binary.path, declaration, actuals]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let html = try String(contentsOf: folder.appendingPathComponent("out.html"), encoding: .utf8)
        XCTAssertTrue(html.hasSuffix("</html>\n"))
        // A reader that stops after one line (SIGPIPE on the next write): the file is written first.
        let piped = Process()
        piped.executableURL = URL(fileURLWithPath: "/bin/sh")
        piped.arguments = ["-c", "\"$0\" score \"$1\" \"$2\" --format csv -o piped.csv 2>&1 | head -1 >/dev/null",
                           CLIRunner.binary.path, declaration, actuals]
        piped.currentDirectoryURL = folder
        try piped.run()
        piped.waitUntilExit()
        let csv = try Data(contentsOf: folder.appendingPathComponent("piped.csv"))
        XCTAssertEqual(String(decoding: csv, as: UTF8.self).components(separatedBy: "\r\n").count, 176, "header, 174 rows, end")
    }
}
