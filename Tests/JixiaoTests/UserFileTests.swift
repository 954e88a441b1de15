import Foundation
import XCTest
@testable import Jixiao

/// What `-o` may replace: jixiao's own results, never the user's own data without `--force`; and the
/// format an `-o` file's extension asks for.
final class UserFileTests: XCTestCase {
    let sample = "samples/shanghai-hpf-2026/"
    var declaration: String { Fixtures.path(sample + "declaration.txt") }
    var actuals: String { Fixtures.path(sample + "actuals.csv") }

    /// Runs jixiao into `folder` and returns the bytes it wrote to `name`.
    private func output(_ arguments: [String], _ name: String, in folder: URL) throws -> Data {
        let outcome = try CLIRunner.run(arguments + ["-o", name, "-q"], in: folder)
        XCTAssertLessThan(outcome.status, 2, "\(arguments): \(outcome.stderr)")
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }

    func testEveryResultJixiaoWritesMayBeReplaced() throws {
        let folder = try Fixtures.temporaryFolder()
        let progress = Fixtures.path(sample + "progress-2026-07.csv")
        let submitted = Fixtures.path(sample + "submitted-form.xlsx")
        _ = try output(["score", declaration, actuals, "--format", "json"], "unit.json", in: folder)
        var runs: [[String]] = [["template", declaration, "--format", "csv"], ["template", declaration, "--format", "xlsx"],
                                ["rollup", "unit.json", "--format", "json"], ["rollup", "unit.json", "--format", "xlsx"],
                                ["rollup", "unit.json", "--format", "html"], ["rollup", "unit.json", "--format", "table"],
                                ["verify", submitted, "--format", "json"], ["verify", submitted, "--format", "xlsx"],
                                ["verify", submitted, "--format", "table"], ["compare", "unit.json", declaration, "--format", "xlsx"],
                                ["compare", "unit.json", declaration, "--format", "json"], ["compare", "unit.json", declaration]]
        for format in ["table", "json", "csv", "xlsx", "html"] {
            runs.append(["score", declaration, actuals, "--format", format])
            runs.append(["score", declaration, actuals, "--format", format, "--detail", "--money", "万元"])
        }
        for format in ["table", "json", "xlsx", "html"] { runs.append(["monitor", declaration, progress, "--month", "7", "--format", format]) }
        for run in runs {
            for language in ["zh", "en"] {
                let data = try output(run + ["--lang", language], "result.out", in: folder)
                XCTAssertNil(UserFile.kind(of: data, file: "result.out"), "\(run) --lang \(language) is jixiao's result, to be replaced")
            }
        }
    }

    func testTheUsersOwnDataIsRecognised() throws {
        let folder = try Fixtures.temporaryFolder()
        func kind(_ relative: String) throws -> UserFile? {
            UserFile.kind(of: try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(relative))), file: relative)
        }
        for name in ["declaration.txt", "declaration-form.xlsx", "declaration-list.xlsx", "declaration-list.csv"] {
            XCTAssertEqual(try kind(sample + name), .declaration, name)
        }
        XCTAssertEqual(UserFile.kind(of: try output(["import", declaration], "d.json", in: folder), file: "d.json"), .declaration)
        XCTAssertEqual(try kind(sample + "actuals.csv"), .filledActuals)
        XCTAssertEqual(try kind(sample + "progress-2026-07.csv"), .progress)
        XCTAssertEqual(try kind(sample + "submitted-form.xlsx"), .filledForm)
        XCTAssertEqual(try kind("scoring-rules/mof-2020.json5"), .rules)

        // An empty template may be replaced; one actual typed into it makes it the user's.
        let template = String(decoding: try output(["template", declaration], "t.csv", in: folder), as: UTF8.self)
        XCTAssertNil(UserFile.kind(of: Data(template.utf8), file: "t.csv"))
        var lines = template.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[1].hasSuffix(",,,"), lines[1])   // 实际完成值, 偏差原因, 改进措施 left to fill
        lines[1] = String(lines[1].dropLast(3)) + ",8500000元,,"
        XCTAssertEqual(UserFile.kind(of: Data(lines.joined(separator: "\r\n").utf8), file: "t.csv"), .filledActuals, lines[1])

        // The same, in a workbook: a reason typed on one row.
        var sheet = Worksheet(name: "实际值")
        for (column, head) in ["项目名称", "三级指标", "实际完成值", "偏差原因"].enumerated() { sheet.text(0, column, head) }
        sheet.text(1, 0, "信息化建设项目")
        sheet.text(1, 1, "数据质量准确率")
        let empty = WorkbookWriter.xlsx([sheet])
        XCTAssertNil(UserFile.kind(of: empty, file: "t.xlsx"), "nothing typed")
        sheet.text(1, 3, "需求变更")
        XCTAssertEqual(UserFile.kind(of: WorkbookWriter.xlsx([sheet]), file: "t.xlsx"), .filledActuals)

        // jixiao's own 自评表 workbook, saved again by Excel: its reasons may have been typed there.
        let scorecard = try output(["score", declaration, actuals, "--format", "xlsx"], "s.xlsx", in: folder)
        XCTAssertNil(UserFile.kind(of: scorecard, file: "s.xlsx"))
        let zip = try ZipReader(scorecard)
        var resaved = ZipWriter()
        for name in zip.names {
            let bytes = try zip.data(name)
            resaved.add(name, name == "docProps/app.xml"
                        ? Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: ">jixiao<", with: ">Microsoft Excel<").utf8)
                        : bytes)
        }
        XCTAssertEqual(UserFile.kind(of: resaved.finish(), file: "s.xlsx"), .filledForm)
    }

    func testTemplateDoesNotReplaceFilledActualsWithoutForce() throws {
        let folder = try Fixtures.temporaryFolder()
        let filled = folder.appendingPathComponent("实际值 2026.csv")
        try FileManager.default.copyItem(atPath: actuals, toPath: filled.path)
        let before = try Data(contentsOf: filled)
        for language in ["en", "zh"] {
            let refused = try CLIRunner.run(["template", declaration, "-o", filled.lastPathComponent, "--lang", language], in: folder)
            XCTAssertEqual(refused.status, 64, refused.stderr)
            XCTAssertEqual(try Data(contentsOf: filled), before, "the filled actuals are untouched")
            XCTAssertTrue(refused.stderr.contains(language == "en" ? "-o 实际值 2026.csv holds a filled actuals table, which jixiao does not replace"
                                                                   : "-o 实际值 2026.csv 中是已填写的实际值表，jixiao 不会覆盖它"), refused.stderr)
        }
        let forced = try CLIRunner.run(["template", declaration, "-o", filled.lastPathComponent, "--force", "-q"], in: folder)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertNotEqual(try Data(contentsOf: filled), before, "--force replaces it")
        let again = try CLIRunner.run(["template", declaration, "-o", filled.lastPathComponent, "-q"], in: folder)
        XCTAssertEqual(again.status, 0, "an empty template is jixiao's own: \(again.stderr)")

        try FileManager.default.copyItem(atPath: declaration, toPath: folder.appendingPathComponent("d.txt").path)
        let overDeclaration = try CLIRunner.run(["score", declaration, actuals, "-o", "d.txt"], in: folder)
        XCTAssertEqual(overDeclaration.status, 64)
        XCTAssertTrue(overDeclaration.stderr.contains("-o d.txt holds a declaration"), overDeclaration.stderr)
        XCTAssertFalse(overDeclaration.stderr.contains("Usage:"), "the command line was right: \(overDeclaration.stderr)")
        let sameBytes = try CLIRunner.run(["import", declaration, "-o", "d.json", "-q"], in: folder)
        XCTAssertEqual(sameBytes.status, 0)
        let rewritten = try CLIRunner.run(["import", declaration, "-o", "d.json", "-q"], in: folder)
        XCTAssertEqual(rewritten.status, 0, "the same bytes again: \(rewritten.stderr)")
    }

    func testTheExtensionChoosesTheFormat() throws {
        let folder = try Fixtures.temporaryFolder()
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        XCTAssertEqual(Array(try output(["score", declaration, actuals], "out.xlsx", in: folder).prefix(4)), zip)
        XCTAssertEqual(Array(try output(["score", declaration, actuals], "OUT.XLSX", in: folder).prefix(4)), zip)
        XCTAssertTrue(String(decoding: try output(["score", declaration, actuals], "out.html", in: folder), as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: try output(["score", declaration, actuals], "out.json", in: folder)))
        XCTAssertTrue(String(decoding: try output(["score", declaration, actuals], "out.csv", in: folder), as: UTF8.self).contains(",Working,"))
        XCTAssertEqual(Array(try output(["template", declaration], "t.xlsx", in: folder).prefix(4)), zip)
        XCTAssertEqual(Array(try output(["rollup", "out.json"], "r.xlsx", in: folder).prefix(4)), zip)
        XCTAssertTrue(String(decoding: try output(["score", declaration, actuals], "out.txt", in: folder), as: UTF8.self).contains("Execution score"),
                      "another extension keeps the default table")
        XCTAssertEqual(Array(try output(["score", declaration, actuals, "--format", "XLSX"], "any.name", in: folder).prefix(4)), zip,
                       "--format in capitals")

        let contradicts = try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", "out.xlsx"], in: folder)
        XCTAssertEqual(contradicts.status, 64)
        XCTAssertTrue(contradicts.stderr.contains("--format json does not match -o out.xlsx, whose extension names xlsx"), contradicts.stderr)
        let unsupported = try CLIRunner.run(["verify", Fixtures.path(sample + "submitted-form.xlsx"), "-o", "v.html", "--lang", "zh"], in: folder)
        XCTAssertEqual(unsupported.status, 64)
        XCTAssertTrue(unsupported.stderr.contains("jixiao verify 不输出 html（-o v.html 的扩展名所示）；它可输出 table, json, xlsx"), unsupported.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("v.html").path))
    }

    func testTyposGetADidYouMean() throws {
        let command = try CLIRunner.run(["scroe", declaration, actuals])
        XCTAssertEqual(command.status, 64)
        XCTAssertEqual(command.stderr, "jixiao: unknown command 'scroe'; did you mean 'score'?\n'jixiao help' lists the commands\n")
        let option = try CLIRunner.run(["score", declaration, actuals, "--fromat", "json"])
        XCTAssertTrue(option.stderr.hasPrefix("jixiao score: unknown option '--fromat' for 'jixiao score'; did you mean '--format'?\n"), option.stderr)
        let format = try CLIRunner.run(["score", declaration, actuals, "--format", "xsl"])
        XCTAssertTrue(format.stderr.contains("not 'xsl'; did you mean 'csv' or 'xlsx'?"), format.stderr)
        let rules = try CLIRunner.run(["score", declaration, actuals, "--rules", "mof2020", "--lang", "zh"])
        XCTAssertEqual(rules.status, 1)
        XCTAssertTrue(rules.stderr.contains("mof2020: 错误: 无法读取文件：mof2020 不存在；是否是 “mof-2020”？ [JX001]"), rules.stderr)
        let named = try CLIRunner.run(["rules", "county_practice"])
        XCTAssertTrue(named.stderr.contains("did you mean 'county-practice'?"), named.stderr)
        XCTAssertEqual(EditDistance.nearest(to: "CSV", among: ["table", "csv"]), ["csv"])
        XCTAssertEqual(EditDistance.nearest(to: "mport", among: ["import", "check", "monitor"]), ["import"])
        XCTAssertEqual(EditDistance.nearest(to: "zzzzzz", among: ["import", "check"]), [])
    }

    /// A scorecard's JSON is told from its first bytes (jixiao's own result, replaced without being
    /// read back); a declaration's JSON is still read and kept from `-o`.
    func testScorecardJSONIsToldFromItsHead() throws {
        let folder = try Fixtures.temporaryFolder()
        let card = folder.appendingPathComponent("card.json").path
        let scored = try CLIRunner.run(["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv",
                                        "--format", "json", "-o", card])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        XCTAssertTrue(UserFile.isScorecardJSON(card))
        XCTAssertNil(UserFile.held(at: card, replacing: nil))
        let declaration = folder.appendingPathComponent("declaration.json").path
        let imported = try CLIRunner.run(["import", "samples/shanghai-hpf-2026/declaration.txt", "-o", declaration])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertFalse(UserFile.isScorecardJSON(declaration))
        XCTAssertEqual(UserFile.held(at: declaration, replacing: nil), .declaration)
        let refused = try CLIRunner.run(["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv",
                                         "--format", "json", "-o", declaration])
        XCTAssertEqual(refused.status, 64, "a streamed output does not replace a declaration either")
    }
}
