import Foundation
import XCTest
@testable import Jixiao

/// `jixiao monitor`: the July progress sample, with figures worked out by hand, and the rules of
/// `ProgressAssessor` one by one.
final class MonitorTests: XCTestCase {
    let declaration = "samples/shanghai-hpf-2026/declaration.txt"
    let progress = "samples/shanghai-hpf-2026/progress-2026-07.csv"

    private func row(_ report: ProgressReport, _ project: String, _ name: String) throws -> ProgressRow {
        try XCTUnwrap(report.projects.first { $0.name == project }?.indicators.first { $0.name == name })
    }

    func testTheJulySample() throws {
        let (report, diagnostics) = Monitoring.run(declarationPath: Fixtures.path(declaration), progressPath: Fixtures.path(progress),
                                                   rules: nil, month: 7)
        let july = try XCTUnwrap(report)
        XCTAssertEqual(july.timeProgress, Decimal(string: "58.33"), "7/12 = 58.333…%")
        // 信息化建设项目: 3,000,000.00 / 8,734,121.00 = 34.3478…% → 34.35, 23.99 points behind 58.33: behind.
        let it = try XCTUnwrap(july.projects.first { $0.name == "信息化建设项目" })
        XCTAssertEqual(it.execution.rate, Decimal(string: "34.35"))
        XCTAssertTrue(it.execution.behind)
        XCTAssertEqual(it.forecastSpent, 8_612_360, "全年预计执行数 on the 1-7月执行数 row")
        XCTAssertEqual(july.behind.map(\.name), ["信息化建设项目"], "the others spent about 56 %, within 10 points of 58.33")
        // 租赁费成本控制额 ≤1289.87(万元): expected 1289.87 × 7/12 = 752.4241… → 752.42; 850.00 > 752.42 × 1.1 = 827.67: at risk.
        let rent = try row(july, "各区服务网点租赁费物业费", "租赁费成本控制额")
        XCTAssertEqual(rent.expected, Decimal(string: "752.42"))
        XCTAssertEqual(rent.likelihood, .atRisk)
        XCTAssertEqual(rent.basis, .cumulative)
        XCTAssertEqual(rent.judged, .atRisk)
        // 微博发布数量 ≥390(条): the forecast 350 is below the target: unlikely, whatever the value to date.
        let weibo = try row(july, "住房公积金互联网业务运行专项", "微博发布数量")
        XCTAssertEqual(weibo.likelihood, .unlikely)
        XCTAssertEqual(weibo.basis, .forecast)
        XCTAssertEqual(weibo.expected, Decimal(string: "227.5"))
        // 全年巡检次数 ≥68(次): 30 < 68 × 7/12 × 0.9 = 35.7: at risk, though the unit judged 确定能 (JX802).
        let patrol = try row(july, "住房公积金网点设备运维专项", "全年巡检次数")
        XCTAssertEqual(patrol.likelihood, .atRisk)
        XCTAssertEqual(patrol.judged, .likely)
        XCTAssertTrue(diagnostics.contains { $0.code == .monitorJudgementDiffers && $0.indicator == "全年巡检次数" })
        // A rate as it stands: 92% against =100(%) is at risk; 100% is likely.
        XCTAssertEqual(try row(july, "信息化建设项目", "公积金综合平台升级改造开发工作完成率").likelihood, .atRisk)
        XCTAssertEqual(try row(july, "信息化建设项目", "设备更换购置完成率").likelihood, .likely)
        // Rows at risk without 偏差原因 and 改进措施 are warned about; 租赁费 has both and is not.
        XCTAssertFalse(diagnostics.contains { $0.code == .monitorNoReason && $0.indicator == "租赁费成本控制额" })
        XCTAssertTrue(diagnostics.contains { $0.code == .monitorNoReason && $0.indicator == "全年巡检次数" })
        XCTAssertTrue(diagnostics.contains { $0.code == .monitorBehind && $0.project == "信息化建设项目" })
        XCTAssertFalse(diagnostics.contains { $0.code == .noActualRow || $0.code == .blankActual }, "blank rows are 未填报, not warnings")
    }

    func testTheRulesOneByOne() {
        let rules = RuleFixtures.mof
        func judge(_ target: String, _ actual: ActualInput, forecast: ActualInput = .missing, judged: Likelihood? = nil,
                   month: Int = 6) -> (Likelihood, ProgressBasis, Decimal?) {
            ProgressAssessor.judge(TargetParser.parse(target).target, actual: actual, forecast: forecast, judged: judged,
                                   fraction: Decimal(month) / 12, rules: rules)
        }
        // ≥ 100 个 at month 6: expected 50; 45 is exactly 50 × 0.9: still likely; 44.99 is at risk.
        XCTAssertEqual(judge("≥100(个)", .number(45)).0, .likely)
        XCTAssertEqual(judge("≥100(个)", .number(fx("44.99")!)).0, .atRisk)
        XCTAssertEqual(judge("≥100(个)", .number(45)).2, 50)
        // A ≤ ceiling: 55 ≤ 50 × 1.1 is likely, 56 at risk, 101 past the target unlikely.
        XCTAssertEqual(judge("≤100(万元)", .number(55)).0, .likely)
        XCTAssertEqual(judge("≤100(万元)", .number(56)).0, .atRisk)
        XCTAssertEqual(judge("≤100(万元)", .number(101)).0, .unlikely)
        // A forecast past the ceiling is unlikely even when the value to date is fine.
        XCTAssertEqual(judge("≤100(万元)", .number(10), forecast: .number(120)).0, .unlikely)
        // Rates and milestones as they stand; nothing given: the unit's judgement, else unknown.
        XCTAssertEqual(judge("≥95(%)", .number(96)).1, .asItStands)
        XCTAssertEqual(judge("≥95(%)", .number(60)).0, .atRisk)
        XCTAssertEqual(judge("=1(个)", .number(0)).0, .atRisk, "an = milestone not reached yet, below its share")
        // A ceiling already broken cannot be met by the year end: passed, or reached when strict.
        XCTAssertEqual(judge("<5.00(件)", .number(5), month: 7).0, .unlikely)
        XCTAssertEqual(judge("<5.00(件)", .number(4), month: 7).0, .atRisk)
        XCTAssertEqual(judge("≤5.00(件)", .number(5), month: 7).0, .atRisk, "≤ still holds at 5")
        XCTAssertEqual(judge("=0(次)", .number(1), month: 7).0, .unlikely, "nothing may happen, and something has")
        XCTAssertEqual(judge("=0(次)", .number(0), month: 7).0, .likely)
        // At or above its pro-rata share is on track: 365 天 × 9/12 = 273.75, and 10 % tolerance.
        XCTAssertEqual(judge("=365.00(天)", .number(273), month: 9).0, .likely)
        XCTAssertEqual(judge("=365.00(天)", .number(273), month: 9).1, .cumulative)
        XCTAssertEqual(judge("=365.00(天)", .number(246), month: 9).0, .atRisk, "246 < 273.75 × 0.9 = 246.375")
        XCTAssertEqual(judge("≤2(小时)", .number(3), month: 9).1, .asItStands, "a ≤ duration is a time limit, not a total")
        XCTAssertEqual(judge("及时", .missing, judged: .unlikely).0, .unlikely)
        XCTAssertEqual(judge("及时", .missing).0, .unknown)
        XCTAssertEqual(judge("≥100(个)", .missing).1, .nothing)
        // A figure named per month is a level, judged as it stands: 2 笔 a month meets ≤2(笔).
        XCTAssertEqual(ProgressAssessor.judge(TargetParser.parse("≤2.00(笔)").target, actual: .number(2), forecast: .missing, judged: nil,
                                              fraction: Decimal(7) / 12, rules: rules, name: "每月用户投诉情况").0, .likely)
        XCTAssertEqual(judge("≤2.00(笔)", .number(2), month: 7).0, .atRisk, "the same row as a running total is at risk")
        XCTAssertEqual(Likelihood(judgement: "有可能"), .atRisk)
        XCTAssertEqual(Likelihood(judgement: " 不可能 "), .unlikely)
        XCTAssertNil(Likelihood(judgement: "看情况"))
    }

    func testBadInput() throws {
        for month in ["0", "13", "七"] {
            let outcome = try CLIRunner.run(["monitor", declaration, progress, "--month", month])
            XCTAssertEqual(outcome.status, 64, month)
            XCTAssertTrue(outcome.stderr.contains("--month"), outcome.stderr)
        }
        let none = try CLIRunner.run(["monitor", declaration, progress])
        XCTAssertEqual(none.status, 64)
        XCTAssertTrue(none.stderr.hasPrefix("jixiao monitor: missing option --month M; it is required\nUsage: jixiao monitor DECLARATION PROGRESS --month M ["),
                      none.stderr)
        let help = try CLIRunner.run(["monitor", "--help"])
        XCTAssertTrue(help.stdout.contains("jixiao monitor DECLARATION PROGRESS --month M [--rules"), "documented as required: \(help.stdout)")
        // Values to July read as values to September: a warning at the head cell and at the spending row.
        let otherMonth = try CLIRunner.run(["monitor", declaration, progress, "--month", "9", "--format", "json"])
        XCTAssertEqual(otherMonth.status, 0)
        XCTAssertTrue(otherMonth.stderr.contains("progress-2026-07.csv:1:6 [F1]: warning: '1-7月完成值' names month 7, but the report is for month 9 (--month 9)"),
                      otherMonth.stderr)
        XCTAssertTrue(otherMonth.stderr.contains("progress-2026-07.csv:23:4 [D23]: warning: '1-7月执行数' names month 7"), otherMonth.stderr)
        XCTAssertFalse(try CLIRunner.run(["monitor", declaration, progress, "--month", "7"]).stderr.contains("JX806"))
        // The progress file of another declaration: one error, nothing written.
        let other = try CLIRunner.run(["monitor", declaration, "samples/demo-second-unit/actuals.csv", "--month", "7"])
        XCTAssertEqual(other.status, 1)
        XCTAssertTrue(other.stdout.isEmpty)
        XCTAssertTrue(other.stderr.contains("is it the progress file of another declaration? [JX804]"), other.stderr)
        // The two files the wrong way round: one error that says which command to run.
        let swapped = try CLIRunner.run(["monitor", progress, declaration, "--month", "7"])
        XCTAssertEqual(swapped.status, 1)
        XCTAssertTrue(swapped.stderr.contains("the two files are in the wrong order: \(progress) is an actuals table and \(declaration) is a declaration; run: jixiao monitor \(declaration) \(progress) [JX007]"), swapped.stderr)
        XCTAssertEqual(swapped.stderr.components(separatedBy: "error:").count - 1, 1, swapped.stderr)
    }

    /// A progress file that covers two projects: the other nine, and their rows, are counted and
    /// named in every format, not left out of the summary.
    func testProjectsAndRowsWithNoReportAreCounted() throws {
        let folder = try Fixtures.temporaryFolder()
        let lines = try Fixtures.text(progress).replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        let kept = [lines[0]] + lines.dropFirst().filter { $0.hasPrefix("信息化建设项目,") || $0.hasPrefix("专项业务费,") }
        let partial = folder.appendingPathComponent("progress.csv").path
        try kept.joined(separator: "\n").write(toFile: partial, atomically: true, encoding: .utf8)
        let (report, diagnostics) = Monitoring.run(declarationPath: Fixtures.path(declaration), progressPath: partial, rules: nil, month: 7)
        let july = try XCTUnwrap(report, "\(diagnostics.map { $0.message(in: .en) })")
        XCTAssertEqual(july.unreported.count, 9)
        XCTAssertFalse(july.unreported.contains { $0.name == "信息化建设项目" || $0.name == "专项业务费" })
        let reportedRows = july.projects.filter { $0.name == "信息化建设项目" || $0.name == "专项业务费" }.reduce(0) { $0 + $1.indicators.count }
        XCTAssertGreaterThanOrEqual(july.unreportedRows, july.rowCount - reportedRows)
        let line = "11 个项目中 9 个未报送进度；\(july.rowCount) 行指标中 \(july.unreportedRows) 行未填报。"
        XCTAssertTrue(try CLIRunner.run(["monitor", declaration, partial, "--month", "7", "--lang", "zh"]).stdout.contains(line))
        let html = try CLIRunner.run(["monitor", declaration, partial, "--month", "7", "--format", "html", "--lang", "zh"]).stdout
        XCTAssertTrue(html.contains(line) && html.contains("未报送进度的项目（9 个）"), html)
        let xlsx = try CLIRunner.run(["monitor", declaration, partial, "--month", "7", "--format", "xlsx", "--lang", "zh"]).stdoutData
        let summary = try WorkbookReader.records(xlsx, sheet: "监控汇总").get().compactMap(\.fields.first)
        XCTAssertTrue(summary.contains(line) && summary.contains("未报送进度的项目（9 个）") && summary.contains("补充公积金"), "\(summary)")
        // The form says who runs the project, and the 二级指标 of every row.
        XCTAssertTrue(html.contains("<th>主管部门</th>") && html.contains("<th>二级指标</th>"))
    }

    func testOutputs() throws {
        let base = ["monitor", declaration, progress, "--month", "7"]
        Golden.assertMatches(try CLIRunner.run(base).stdoutData, "monitor-2026-07.table.txt")
        Golden.assertMatches(try CLIRunner.run(base + ["--format", "json"]).stdoutData, "monitor-2026-07.json")
        Golden.assertMatches(try CLIRunner.run(base + ["--format", "html", "--lang", "zh"]).stdoutData, "monitor-2026-07.zh.html")
        let xlsx = try CLIRunner.run(base + ["--format", "xlsx", "--lang", "zh"])
        Golden.assertArchiveMatches(xlsx.stdoutData, "monitor-2026-07.zh.xlsx")
        let summary = try WorkbookReader.records(xlsx.stdoutData, sheet: "监控汇总").get()
        XCTAssertTrue(summary.contains { $0.fields.first == "信息化建设项目" && $0.fields.count > 3 && $0.fields[3] == "34.35%" })
        XCTAssertTrue(summary.contains { $0.fields.count > 5 && $0.fields[1] == "微博发布数量" && $0.fields[5] == "不可能" })
    }
}
