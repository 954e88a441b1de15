import Foundation
import XCTest
@testable import Jixiao

/// A project's target declared at the start of the year and adjusted during it: two list columns
/// (年初指标值, 调整后指标值) or one cell `年初：…；调整后：…`, in a list or the PDF text. The adjusted one is
/// scored, and every output shows both.
final class AdjustedTargetTests: XCTestCase {
    let head = "项目名称,主管部门,实施单位,年度资金申请总额,当年财政拨款,年度总体目标,一级指标,二级指标,三级指标,年初指标值,调整后指标值\n"

    /// One project of one row, `targets` written as the two cells; the row's score for 108 人次.
    private func score(_ targets: String, actual: String = "108") throws -> (IndicatorScore, Scorecard) {
        let list = head + "丁项目,某局,某单位,100,100,目标,产出指标,数量指标,培训人次,\(targets)\n"
        let loaded = try XCTUnwrap(DeclarationLoader.loadList(list, file: "d.csv"))
        XCTAssertFalse(loaded.diagnostics.contains { $0.severity == .error }, "\(loaded.diagnostics.map { $0.message(in: .en) })")
        let read = ActualsReader.read(text: "项目名称,三级指标,实际完成值\n丁项目,培训人次,\(actual)\n丁项目,全年执行数,100\n", file: "a.csv")
        let (card, _) = Assessment.assess(declaration: loaded, actuals: read, rules: RuleFixtures.mof, rulesFile: "r", declarationPath: "d.csv",
                                          actualsPath: "a.csv")
        let scored = try XCTUnwrap(card)
        return (try XCTUnwrap(scored.projects.first?.indicators.first), scored)
    }

    func testTheAdjustedTargetIsScoredOnlyWhereItShouldBe() throws {
        // 108 against ≥100, adjusted from ≥120: full (90 points); not adjusted: 90 × 108/120 = 81.
        XCTAssertEqual(try score("≥120(人次),≥100(人次)").0.score, 90)
        XCTAssertEqual(try score("≥120(人次),").0.score, 81)
        XCTAssertEqual(try score("≥120(人次),—").0.score, 81, "— is no adjustment")
        // Adjusted upward: against ≥120.
        XCTAssertEqual(try score("≥100(人次),≥120(人次)").0.score, 81)
        // An actual past both: full either way.
        XCTAssertEqual(try score("≥100(人次),≥90(人次)").0.score, 90)
        XCTAssertEqual(try score("≥100(人次),").0.score, 90)
        // One cell holding both.
        XCTAssertEqual(try score("\"年初：≥120(人次)；调整后：≥100(人次)\",").0.score, 90)
        let (row, _) = try score("≥120(人次),≥100(人次)")
        XCTAssertEqual(row.target, "≥100(人次)")
        XCTAssertEqual(row.declaredTarget, "≥120(人次)")
        XCTAssertNil(try score("≥120(人次),").0.declaredTarget)
    }

    /// The PDF text: a target cell `年初：…；调整后：…` in the seed's first project.
    func testTheTextFormReadsBoth() throws {
        let seed = try Fixtures.text("samples/shanghai-hpf-2026/declaration.txt")
        let changed = seed.replacingOccurrences(of: "\t数据质量准确率\t≥95.00(%)", with: "\t数据质量准确率\t年初：≥98.00(%)；调整后：≥95.00(%)")
        XCTAssertNotEqual(changed, seed)
        let loaded = DeclarationLoader.load(text: changed, file: "d.txt")
        let row = try XCTUnwrap(loaded.declaration.projects.first?.indicators.first { $0.name == "数据质量准确率" })
        XCTAssertEqual(row.target?.value, 95)
        XCTAssertEqual(row.declaredTarget?.value, 98)
        XCTAssertEqual(loaded.declaration.projects.map(\.indicators.count), DeclarationLoader.load(text: seed, file: "d.txt").declaration.projects.map(\.indicators.count))
    }

    /// monitor: a more-is-better target lowered during the year below what was done to date is said
    /// (JX807); a lowering that stays above it, or a target not adjusted, is not.
    func testMonitorSaysWhenATargetWasLoweredBelowTheYearToDate() throws {
        let seed = try Fixtures.text("samples/shanghai-hpf-2026/declaration.txt")
        let folder = try Fixtures.temporaryFolder()
        func run(_ adjusted: String) throws -> [[String: Any]] {
            let file = folder.appendingPathComponent("d-\(adjusted.hashValue).txt")
            let changed = seed.replacingOccurrences(of: "\t公积金综合平台升级改造开发工作完成率\t\t\t=100.00(%)",
                                                    with: "\t公积金综合平台升级改造开发工作完成率\t\t\t" + adjusted)
            XCTAssertTrue(changed.contains(adjusted))
            try changed.write(to: file, atomically: true, encoding: .utf8)
            let monitor = try CLIRunner.run(["monitor", file.path, "samples/shanghai-hpf-2026/progress-2026-07.csv", "--month", "7", "--format", "json"])
            return ((try JSONSerialization.jsonObject(with: monitor.stdoutData) as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? [])
                .filter { $0["code"] as? String == "JX807" }
        }
        // 92% done by July: lowered from =100% to ≥90% passes below it; to ≥95% it does not.
        let below = try run("年初：=100.00(%)；调整后：≥90.00(%)")
        XCTAssertEqual(below.count, 1)
        XCTAssertEqual(below.first?["indicator"] as? String, "公积金综合平台升级改造开发工作完成率")
        XCTAssertTrue((below.first?["message"] as? String ?? "").contains("lowered from =100.00(%) to ≥90.00(%), below what was done by month 7, 92%"),
                      "\(below)")
        XCTAssertEqual(try run("年初：=100.00(%)；调整后：≥95.00(%)").count, 0)
        XCTAssertEqual(try run("=100.00(%)").count, 0)
    }

    /// import's list keeps both targets (in the cell the list reader splits) and reads back the same.
    func testImportsListKeepsBothTargets() throws {
        let folder = try Fixtures.temporaryFolder()
        let declaration = folder.appendingPathComponent("d.csv")
        try (head + "丁项目,某局,某单位,100,100,目标,产出指标,数量指标,培训人次,≥120(人次),≥100(人次)\n").write(to: declaration, atomically: true, encoding: .utf8)
        let list = folder.appendingPathComponent("list.csv").path
        XCTAssertEqual(try CLIRunner.run(["import", declaration.path, "--format", "csv", "-o", list]).status, 0)
        let row = try XCTUnwrap(DeclarationLoader.load(path: list).declaration.projects.first?.indicators.first)
        XCTAssertEqual(row.target?.text, "≥100(人次)")
        XCTAssertEqual(row.declaredTarget?.text, "≥120(人次)")
    }

    /// Every output shows both: the table, the JSON, the workbook's target cell, the HTML, explain;
    /// verify reads jixiao's own workbook back and every figure follows.
    func testEveryOutputShowsBoth() throws {
        let folder = try Fixtures.temporaryFolder()
        let declaration = folder.appendingPathComponent("d.csv")
        try (head + "丁项目,某局,某单位,100,100,目标,产出指标,数量指标,培训人次,≥120(人次),≥100(人次)\n"
             + "丁项目,某局,某单位,100,100,目标,满意度指标,满意度指标,满意度,≥90(%),\n").write(to: declaration, atomically: true, encoding: .utf8)
        let actuals = folder.appendingPathComponent("a.csv")
        try "项目名称,三级指标,实际完成值\n丁项目,培训人次,108\n丁项目,满意度,92%\n丁项目,全年执行数,100\n".write(to: actuals, atomically: true, encoding: .utf8)
        let base = ["score", declaration.path, actuals.path]
        XCTAssertTrue(try CLIRunner.run(base + ["--detail", "--lang", "zh"]).stdout.contains("≥100(人次)（年初 ≥120(人次)）"))
        let json = try CLIRunner.run(base + ["--format", "json"])
        let rows = (((try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])?["projects"] as? [[String: Any]])?.first?["indicators"]
            as? [[String: Any]]) ?? []
        XCTAssertEqual(rows.first?["declaredTarget"] as? String, "≥120(人次)")
        XCTAssertNil(rows.last?["declaredTarget"], "written only where a target was adjusted")
        let csv = try CLIRunner.run(base + ["--format", "csv", "--lang", "zh"]).stdout.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n")
        XCTAssertGreaterThanOrEqual(csv.count, 3)
        XCTAssertTrue(csv[0].hasSuffix(",年初指标值"), csv[0])
        XCTAssertTrue(csv[1].hasSuffix(",≥120(人次)") && csv[2].hasSuffix(","), "\(csv)")
        XCTAssertTrue(try CLIRunner.run(base + ["--format", "html", "--lang", "zh"]).stdout.contains("≥100(人次)<small class=\"typed\">（年初 ≥120(人次)）</small>"))
        let explained = try CLIRunner.run(["explain", declaration.path, actuals.path, "--project", "丁项目", "--indicator", "培训人次", "--lang", "zh"])
        XCTAssertTrue(explained.stdout.contains("年初指标值为“≥120(人次)”，年中调整为“≥100(人次)”"), explained.stdout)
        let own = folder.appendingPathComponent("own.xlsx").path
        XCTAssertEqual(try CLIRunner.run(base + ["--lang", "zh", "-o", own]).status, 0)
        let cells = try WorkbookReader.records(Data(contentsOf: URL(fileURLWithPath: own)), sheet: "丁项目").get().flatMap(\.fields)
        XCTAssertTrue(cells.contains { $0.hasPrefix("≥100(人次)") && $0.contains("年初 ≥120(人次)") }, "\(cells)")
        let verify = try CLIRunner.run(["verify", own])
        XCTAssertEqual(verify.status, 0, verify.stdout)
    }
}
