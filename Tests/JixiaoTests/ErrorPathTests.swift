import Foundation
import XCTest
@testable import Jixiao

/// Error paths the other tests do not feed: each with bad input, its code and where it points.
final class ErrorPathTests: XCTestCase {
    let declaration = Fixtures.form("甲项目", total: "1,000,000.00", rows: """
    产出指标\t数量指标\t完成率\t≥90(%)
    \t时效指标\t完工时间\t12月底前
    效益指标\t社会效益指标\t健全性\t健全
    满意度指标\t服务对象满意度指标\t满意度\t≥90(%)
    """)

    func match(_ actuals: String, declaration text: String? = nil) -> [Diagnostic] {
        let loaded = DeclarationLoader.load(data: Data((text ?? declaration).utf8), file: "d.txt")
        let rows = ActualsReader.read(text: actuals, file: "a.csv")
        return ActualsMatcher.match(loaded.declaration, rows: rows.rows, file: "a.csv", declarationFile: "d.txt").diagnostics
    }

    func testABadJudgedScoreAndANonDateAgainstADeadline() {
        let found = match("项目名称,三级指标,实际完成值,自评得分\n甲项目,健全性,基本健全,很好\n甲项目,完工时间,很快,\n")
        XCTAssertEqual(found.filter { $0.code == .actualBadJudged }.map { $0.location.cell }, ["D2"])
        XCTAssertEqual(found.filter { $0.code == .actualNotATime }.map { $0.location.cell }, ["C3"])
        XCTAssertEqual(found.filter { $0.code == .actualNotATime }.first?.arguments, ["很快", "完工时间", "12月底前"])
    }

    func testCollidingProjectNames() {
        // 甲项目 1 and 甲项目１ differ as printed (the importer keeps a space before a digit) but not by match key.
        let first = declaration.replacingOccurrences(of: "项目名称\t甲项目", with: "项目名称\t甲项目 1")
        let twice = first + "\n" + declaration.replacingOccurrences(of: "项目名称\t甲项目", with: "项目名称\t甲项目１")
        let found = match("项目名称,三级指标,实际完成值\n甲项目1,完成率,95\n", declaration: twice)
        XCTAssertEqual(found.filter { $0.code == .projectNamesCollide }.map(\.arguments), [["甲项目 1", "1", "甲项目１"]])
        XCTAssertEqual(found.filter { $0.code == .projectNamesCollide }.first?.location.line, 13, "at the second form's title line")
    }

    func testFilesOfTheWrongKind() throws {
        let folder = try Fixtures.temporaryFolder()
        try Data(declaration.utf8).write(to: folder.appendingPathComponent("d.txt"))
        try Data("项目名称,三级指标,实际完成值".utf8).write(to: folder.appendingPathComponent("one-line.csv"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a folder"), withIntermediateDirectories: true)
        let xlsx = try CLIRunner.run(["template", "d.txt", "--format", "xlsx", "-o", "t.xlsx"], in: folder)
        XCTAssertEqual(xlsx.status, 0, xlsx.stderr)

        let workbook = try CLIRunner.run(["import", "t.xlsx"], in: folder)
        XCTAssertEqual(workbook.status, 1)
        // A workbook is read as a declaration now; the actuals template is recognised as what it is.
        XCTAssertTrue(workbook.stderr.contains("t.xlsx:1: error: this file looks like an actuals table") && workbook.stderr.contains("[JX005]"),
                      workbook.stderr)
        let header = try CLIRunner.run(["check", "one-line.csv"], in: folder)
        XCTAssertTrue(header.stdout.contains("one-line.csv:1: error: this file looks like an actuals table") && header.stdout.contains("[JX005]"),
                      "a header on a single line without a line end: \(header.stdout)")
        let asActuals = try CLIRunner.run(["score", "d.txt", "d.txt"], in: folder)
        XCTAssertEqual(asActuals.stderr.components(separatedBy: "\n").filter { $0.contains("[JX") }.count, 1, asActuals.stderr)
        XCTAssertTrue(asActuals.stderr.contains("d.txt: error: this file looks like a declaration (财政项目支出绩效目标申报表)"), asActuals.stderr)
        let directory = try CLIRunner.run(["score", "a folder", "d.txt"], in: folder)
        XCTAssertEqual(directory.status, 1)
        XCTAssertTrue(directory.stderr.contains("a folder: error: cannot read the file: a folder is a folder, not a file [JX009]"), directory.stderr)
        let chinese = try CLIRunner.run(["score", "没有 这个.txt", "d.txt", "--lang", "zh"], in: folder)
        XCTAssertTrue(chinese.stderr.contains("没有 这个.txt: 错误: 无法读取文件：没有 这个.txt 不存在 [JX001]"), chinese.stderr)
    }
}
