import Foundation
import XCTest
@testable import Jixiao

/// A file in another's place, the wrong sheet, an old workbook: each is one error that says what
/// the file is and how the command that was run reads its files.
final class WrongFileTests: XCTestCase {
    let folder = "samples/shanghai-hpf-2026/"
    var declaration: String { Fixtures.path(folder + "declaration.txt") }
    var actuals: String { Fixtures.path(folder + "actuals.csv") }

    func testEveryHintNamesTheCommandThatWasRun() throws {
        let explain = try CLIRunner.run(["explain", actuals, declaration, "--project", "补充公积金"])
        XCTAssertEqual(explain.status, 1)
        XCTAssertTrue(explain.stderr.contains("run: jixiao explain \(declaration) \(actuals) [JX007]"), explain.stderr)
        let monitor = try CLIRunner.run(["monitor", Fixtures.path(folder + "progress-2026-07.csv"), declaration, "--month", "7"])
        XCTAssertTrue(monitor.stderr.contains("run: jixiao monitor \(declaration) \(Fixtures.path(folder + "progress-2026-07.csv")) [JX007]"),
                      monitor.stderr)
        for command in ["check", "import", "template"] {
            let outcome = try CLIRunner.run([command, actuals])
            XCTAssertEqual(outcome.status, 1)
            XCTAssertTrue((outcome.stdout + outcome.stderr).contains("not a declaration; the command reads: jixiao \(command) DECLARATION [JX005]"),
                          "\(command): \(outcome.stdout) \(outcome.stderr)")
            XCTAssertFalse((outcome.stdout + outcome.stderr).contains("jixiao score"), command)
        }
        let zh = try CLIRunner.run(["template", actuals, "--lang", "zh"])
        XCTAssertTrue(zh.stderr.contains("而不是申报表；该命令的用法：jixiao template 申报表 [JX005]"), zh.stderr)
        let progress = try CLIRunner.run(["monitor", declaration, declaration, "--month", "7"])
        XCTAssertTrue(progress.stderr.contains("not an actuals table; the command reads: jixiao monitor DECLARATION PROGRESS [JX006]"),
                      progress.stderr)
        let json = try CLIRunner.run(["check", actuals, "--format", "json"])
        XCTAssertTrue(json.stdout.contains("the command reads: jixiao check DECLARATION"), json.stdout)
    }

    func testAnOldWorkbookInTheActualsPlace() throws {
        let temporary = try Fixtures.temporaryFolder()
        let old = temporary.appendingPathComponent("实际值.xls")
        try Data(DeclarationLoader.compoundFileSignature + Array(repeating: 0, count: 504)).write(to: old)
        let outcome = try CLIRunner.run(["score", declaration, old.path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("实际值.xls: error: this file is an old .xls workbook or an encrypted (password-protected) one, which jixiao cannot read; save it as .xlsx without a password in Excel or WPS [JX115]"),
                      outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("CSV UTF-8"), outcome.stderr)
    }

    func testTheWrongSheetNamesTheSheetReadAndTheOneWithTheColumns() throws {
        let temporary = try Fixtures.temporaryFolder()
        var cover = Worksheet(name: "说明")
        cover.text(0, 0, "2026 年度实际完成值，请在第二张表填写")
        var table = Worksheet(name: "实际值")
        let rows = try Fixtures.text(folder + "actuals.csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        for (index, line) in rows.prefix(3).enumerated() {
            for (column, cell) in line.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: ",").enumerated() {
                table.text(index, column, cell)
            }
        }
        try WorkbookWriter.xlsx([cover, table]).write(to: temporary.appendingPathComponent("two.xlsx"))
        let outcome = try CLIRunner.run(["score", declaration, "two.xlsx"], in: temporary)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("two.xlsx: error: sheet '说明' was read, and it has no header with 项目名称, 三级指标 and 实际完成值; the workbook's sheets are '说明' or '实际值'; sheet '实际值' has them: add --sheet 实际值 [JX336]"),
                      outcome.stderr)
        let zh = try CLIRunner.run(["score", declaration, "two.xlsx", "--lang", "zh"], in: temporary)
        XCTAssertTrue(zh.stderr.contains("读取的是工作表“说明”，其中没有含 项目名称、三级指标 和 实际完成值 的表头；该工作簿的工作表有：“说明”或“实际值”；工作表“实际值”中有这些列：请加 --sheet 实际值 [JX336]"),
                      zh.stderr)
        let right = try CLIRunner.run(["score", declaration, "two.xlsx", "--sheet", "实际值"], in: temporary)
        XCTAssertFalse(right.stderr.contains("JX336"), right.stderr)
        XCTAssertTrue(right.stdout.contains("信息化建设项目"), right.stdout)

        let scorecard = try CLIRunner.run(["score", declaration, actuals, "-o", "card.xlsx", "-q"], in: temporary)
        XCTAssertEqual(scorecard.status, 0)
        let misused = try CLIRunner.run(["score", declaration, "card.xlsx"], in: temporary)
        XCTAssertTrue(misused.stderr.contains("card.xlsx: error: sheet 'Summary' was read, and it has no header with 项目名称, 三级指标 and 实际完成值; the workbook's sheets are 'Summary', '信息化建设项目'"),
                      misused.stderr)
        let form = try CLIRunner.run(["score", declaration, Fixtures.path(folder + "declaration-form.xlsx")])
        XCTAssertTrue(form.stderr.contains("declaration-form.xlsx: error: this file looks like a declaration"), form.stderr)
    }
}
