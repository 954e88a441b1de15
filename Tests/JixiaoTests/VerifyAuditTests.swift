import Foundation
import XCTest
@testable import Jixiao

/// `verify` runs the 自评失真 checks of `score` on a submitted form: on jixiao's own workbook it
/// finds what `score` found, on a hand-typed list the problems planted in it, and `--strict`
/// fails on a red finding.
final class VerifyAuditTests: XCTestCase {
    let folder = "samples/shanghai-hpf-2026/"

    /// A finding as both commands' JSON carry it.
    struct Finding: Hashable, CustomStringConvertible {
        var code: String
        var level: String
        var project: String
        var indicator: String
        var message: String
        var description: String { "\(level) \(code) \(project) / \(indicator): \(message)" }
    }

    static func findings(_ records: [[String: Any]], messages: Bool) -> [Finding] {
        records.compactMap { record in
            guard let level = record["level"] as? String else { return nil }
            return Finding(code: record["code"] as? String ?? "", level: level, project: record["project"] as? String ?? "",
                           indicator: record["indicator"] as? String ?? "", message: messages ? record["message"] as? String ?? "" : "")
        }
    }

    /// The sample's actuals with problems planted: a reason that says nothing (无, with a remedy
    /// after it), a project whose 年度总体目标 has no 实际完成情况; the two rows without a reason,
    /// the cost rows above their spending, the 未申报 rows and the duplicate are the sample's own.
    func plantedActuals() throws -> URL {
        var text = try Fixtures.text(folder + "actuals.csv").replacingOccurrences(of: "\r\n", with: "\n")
        let planted = [("92%,两项高频事项改造因需求变更顺延至次年一季度,", "92%,无,"), (",已完成年度总体目标。,", ",,")]
        for (old, new) in planted {
            XCTAssertNotNil(text.range(of: old), old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        let url = try Fixtures.temporaryFolder().appendingPathComponent("actuals-planted.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// jixiao's own workbook has no discrepancy and the same findings as `score`: with the same
    /// words in 元; in 万元 the same findings, whose money figures are then to the 100 元 shown.
    func testJixiaosOwnWorkbookListsTheSameFindingsAsScore() throws {
        let actuals = try plantedActuals()
        let base = ["score", folder + "declaration.txt", actuals.path, "--lang", "zh"]
        let score = try CLIRunner.run(base + ["--format", "json"])
        XCTAssertEqual(score.status, 0, score.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: score.stdoutData) as? [String: Any])
        let diagnostics = try XCTUnwrap(object["diagnostics"] as? [[String: Any]])
        for (money, messages) in [("元", true), ("万元", false)] {
            let expected = Self.findings(diagnostics, messages: messages)
            let codes = Set(expected.map(\.code))
            XCTAssertTrue(codes.isSuperset(of: ["JX507", "JX514", "JX522", "JX523", "JX524", "JX526", "JX527"]), "\(codes)")
            let own = actuals.deletingLastPathComponent().appendingPathComponent("own-\(money).xlsx").path
            let written = try CLIRunner.run(base + ["--money", money, "-o", own, "--force"])
            XCTAssertEqual(written.status, 0, written.stderr)
            let verify = try CLIRunner.run(["verify", own, "--format", "json", "--lang", "zh"])
            XCTAssertEqual(verify.status, 0, "\(money): \(verify.stdout.prefix(800)) \(verify.stderr)")
            let verification = try XCTUnwrap((JSONSerialization.jsonObject(with: verify.stdoutData) as? [String: Any])?["verification"] as? [String: Any])
            XCTAssertEqual((verification["discrepancies"] as? [Any])?.count, 0, money)
            let found = Self.findings(try XCTUnwrap(verification["audit"] as? [[String: Any]]), messages: messages)
            XCTAssertEqual(found.sorted { $0.description < $1.description }, expected.sorted { $0.description < $1.description }, money)
            let levels = found.map(\.level)
            XCTAssertEqual(levels, levels.sorted { $0 == "red" && $1 != "red" }, "red first")
            // A red finding passes without --strict (the figures follow) and fails with it.
            XCTAssertEqual(try CLIRunner.run(["verify", own]).status, 0)
            let strict = try CLIRunner.run(["verify", own, "--strict"])
            XCTAssertEqual(strict.status, 1)
            XCTAssertTrue(strict.stderr.contains("jixiao verify --strict: \(levels.filter { $0 == "red" }.count) red audit findings"), strict.stderr)
        }
        // The reason 无 was read back from the form's cell `无；改进措施：…`: the same finding at that cell.
        let own = actuals.deletingLastPathComponent().appendingPathComponent("own-元.xlsx").path
        let (report, _) = Verification.run(path: own, rules: nil, language: .zh)
        let boilerplate = try XCTUnwrap(report?.findings.first { $0.code == .auditBoilerplateReason })
        XCTAssertEqual(boilerplate.arguments[2], "无")
        XCTAssertTrue(boilerplate.location.cell?.hasPrefix("信息化建设项目!I") == true, "\(boilerplate.location)")
    }

    /// A list typed by a unit (no jixiao in it): a cost row above the project's spending, a set
    /// phrase, a reason repeated on three rows, a row below full points without a reason, an
    /// over-achievement without one; the clean project beside it has no finding.
    func testAHandTypedListWithPlantedProblems() throws {
        let list = try Fixtures.temporaryFolder().appendingPathComponent("list.csv")
        try """
        项目名称,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施
        甲项目,,,全年预算数,,"1,000,000.00",,,
        甲项目,,,全年执行数,,"980,000.00",10,9.80,
        甲项目,成本指标,经济成本指标,服务支出,≤120(万元),1050000元,10,10,
        甲项目,产出指标,数量指标,完成数,≥12(个),9,10,7.50,同上
        甲项目,产出指标,数量指标,培训人次,≥100(人次),80,10,8.00,受客观因素影响
        甲项目,产出指标,质量指标,合格率,≥95(%),90%,10,9.47,受客观因素影响
        甲项目,产出指标,时效指标,完成时限,≥90(%),85%,10,9.44,受客观因素影响
        甲项目,效益指标,社会效益指标,覆盖率,≥80(%),75%,20,18.75,
        甲项目,效益指标,社会效益指标,办件量,≥100(件),160,10,10,
        甲项目,满意度指标,服务对象满意度指标,满意度,≥90(%),92%,10,10,
        甲项目,,,总分,,,,92.96,
        甲项目,,,等级,,优,,,
        乙项目,,,全年预算数,,"500,000.00",,,
        乙项目,,,全年执行数,,"500,000.00",10,10,
        乙项目,成本指标,经济成本指标,服务支出,≤50(万元),48万元,20,20,
        乙项目,产出指标,数量指标,完成数,≥12(个),11,30,27.50,一处网点装修延期，已于次年一月完成
        乙项目,效益指标,社会效益指标,覆盖率,≥80(%),82%,30,30,
        乙项目,满意度指标,服务对象满意度指标,满意度,≥90(%),92%,10,10,
        乙项目,,,总分,,,,97.50,
        乙项目,,,等级,,优,,,
        """.write(to: list, atomically: true, encoding: .utf8)
        let (report, diagnostics) = Verification.run(path: list.path, rules: nil, language: .en)
        let found = try XCTUnwrap(report)
        XCTAssertTrue(diagnostics.isEmpty, "\(diagnostics.map { $0.message(in: .en) })")
        XCTAssertEqual(found.discrepancies.map { "\($0.indicator) \($0.reported) → \($0.recomputed)" }, [])
        let lines = found.findings.map { "\($0.auditLevel?.rawValue ?? "-") \($0.code.rawValue) \($0.indicator ?? "")" }
        XCTAssertEqual(lines, ["red JX507 覆盖率", "red JX522 服务支出", "yellow JX523 完成数", "yellow JX527 办件量", "yellow JX528 培训人次"])
        XCTAssertFalse(found.findings.contains { $0.project == "乙项目" }, "the clean project")
        // Each at the cell of its reason.
        XCTAssertTrue(found.findings[0].location.cell == "I9", "\(found.findings[0].location)")
        XCTAssertEqual(found.findings[4].arguments[...1], ["受客观因素影响", "3"])

        let plain = try CLIRunner.run(["verify", list.path])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.contains("Audit findings (自评失真 checks): 2 red, 3 yellow"), plain.stdout)
        XCTAssertEqual(try CLIRunner.run(["verify", list.path, "--strict"]).status, 1)

        // The clean project alone: nothing to find, and --strict passes.
        let clean = list.deletingLastPathComponent().appendingPathComponent("clean.csv")
        let text = try String(contentsOf: list, encoding: .utf8).split(separator: "\n")
        try (text.prefix(1) + text.filter { $0.hasPrefix("乙") }).joined(separator: "\n").write(to: clean, atomically: true, encoding: .utf8)
        let strict = try CLIRunner.run(["verify", clean.path, "--strict", "--lang", "zh"])
        XCTAssertEqual(strict.status, 0, strict.stderr)
        XCTAssertTrue(strict.stdout.contains("审核提示（自评失真检查）：未发现问题。"), strict.stdout)
    }

    /// The XLSX has the findings on a sheet 审核提示, red first, apart from the 复核结果 sheet.
    func testTheWorkbookListsTheFindingsOnTheirOwnSheet() throws {
        let own = try Fixtures.temporaryFolder().appendingPathComponent("own.xlsx").path
        XCTAssertEqual(try CLIRunner.run(["score", folder + "declaration.txt", folder + "actuals.csv", "-o", own, "--force"]).status, 0)
        let document = try CLIRunner.run(["verify", own, "--format", "xlsx", "--lang", "zh"])
        XCTAssertEqual(document.status, 0, document.stderr)
        let notes = try WorkbookReader.records(document.stdoutData, sheet: "审核提示").get()
        XCTAssertEqual(notes[1].fields.first, "审核提示（自评失真检查）：红 6 条，黄 8 条")
        let severities = notes.dropFirst(3).map { $0.fields[1] }
        XCTAssertEqual(severities, severities.sorted { $0 == "审核（红）" && $1 != "审核（红）" })
        XCTAssertEqual(severities.count, 14)
        XCTAssertTrue(notes.dropFirst(3).contains { $0.fields[2] == "JX522" && $0.fields[4] == "住房公积金网点设备运维专项" })
    }

    /// The 偏差原因分析及改进措施 cell read back: jixiao's own words are not the unit's reason.
    func testTheReasonCellReadBack() {
        let cases: [(String, String?, String?)] = [
            ("", nil, nil),
            ("未说明偏差原因", nil, nil),
            ("no deviation reason given", nil, nil),
            ("（未说明偏差原因）", nil, nil),
            ("无", "无", nil),
            ("需求变更；改进措施：按月跟踪", "需求变更", "按月跟踪"),
            ("改进措施：按月跟踪", nil, "按月跟踪"),
            ("单位自评得分；部分完成", "部分完成", nil),
            ("单位自评得分", nil, nil),
            ("（实际完成值无法识别，不得分）；填写有误", "填写有误", nil),
            ("Score judged by the unit; partly done; remedy: track monthly", "partly done", "track monthly"),
            ("单位自评得分很高", "单位自评得分很高", nil),
        ]
        for (cell, reason, remedy) in cases {
            let parsed = SubmittedReason.parse(cell)
            XCTAssertEqual(parsed.reason, reason, cell)
            XCTAssertEqual(parsed.remedy, remedy, cell)
        }
    }
}
