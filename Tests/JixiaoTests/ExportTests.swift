import Foundation
import XCTest
@testable import Jixiao

/// The files a unit hands in, written from the bundled sample, checked against golden files and
/// read back the way a spreadsheet user would.
final class ExportTests: XCTestCase {
    let declaration = "samples/shanghai-hpf-2026/declaration.txt"
    let actuals = "samples/shanghai-hpf-2026/actuals.csv"

    private func score(_ format: String, actualsPath: String? = nil, extra: [String] = []) throws -> CLIRunner.Outcome {
        // The hand-in documents are recorded in Chinese, the language they are handed in; the English
        // rendering has its own test (LanguageTests).
        try CLIRunner.run(["score", declaration, actualsPath ?? actuals, "--format", format, "--lang", "zh"] + extra)
    }

    func testWorkbookMatchesGoldenPartByPart() throws {
        let outcome = try score("xlsx")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        Golden.assertArchiveMatches(outcome.stdoutData, "shanghai-hpf-2026.xlsx")
    }

    func testWorkbookLayout() throws {
        let data = try score("xlsx").stdoutData
        let zip = try ZipReader(data)
        let workbook = String(decoding: try zip.data("xl/workbook.xml"), as: UTF8.self)
        XCTAssertTrue(workbook.contains("<sheet name=\"汇总\" sheetId=\"1\""))
        XCTAssertEqual(workbook.components(separatedBy: "<sheet ").count - 1, 13, "汇总, 11 projects and 审核提示")
        XCTAssertTrue(workbook.contains("<sheet name=\"审核提示\" sheetId=\"13\""))
        // The summary reads back with the figures of the scorecard.
        let summary = try WorkbookReader.records(data, sheet: "汇总").get()
        let first = try XCTUnwrap(summary.first { $0.fields.first == "信息化建设项目" })
        XCTAssertEqual(first.fields, ["信息化建设项目", "873.41", "861.24", "98.61%", "9.86", "94.65", "优"])
        // A project sheet: targets are text, never formulas; numbers are numbers.
        let sheet = String(decoding: try zip.data("xl/worksheets/sheet2.xml"), as: UTF8.self)
        XCTAssertFalse(sheet.contains("<f>"), "no formulas")
        XCTAssertTrue(sheet.contains("<t xml:space=\"preserve\">=100.00(%)</t>"))
        // 成本指标 has one row (B13, not merged); 产出指标's 15 rows (B14:B28) share one merged cell on
        // each page: the page break before row 27 splits it (B14:B26, B27:B28), and row 27 says
        // 产出指标 again, as the 绩效指标 label (A12:A26, then A27:A33) and 时效指标 do.
        XCTAssertTrue(sheet.contains("<mergeCell ref=\"B14:B26\"/>") && sheet.contains("<mergeCell ref=\"B27:B28\"/>"), sheet)
        XCTAssertTrue(sheet.contains("<rowBreaks count=\"1\" manualBreakCount=\"1\"><brk id=\"26\" max=\"16383\" man=\"1\"/></rowBreaks>"))
        XCTAssertTrue(sheet.contains("<pageSetup paperSize=\"9\" scale=\"72\" orientation=\"landscape\"/>"), "a fixed scale, so that breaks fall where meant")
        XCTAssertFalse(sheet.contains("<mergeCell ref=\"B13:"), "a single cell is not merged")
        XCTAssertTrue(sheet.contains("<mergeCell ref=\"A12:A26\"/>"), "绩效指标 label column, first page")
        let continued = try XCTUnwrap(try WorkbookReader.records(data, sheet: "信息化建设项目").get().first { $0.row == 27 })
        XCTAssertEqual(Array(continued.fields.prefix(4)), ["绩效指标", "产出指标", "时效指标", "安全测评工作及时性"])
        let rows = try WorkbookReader.records(data, sheet: "信息化建设项目").get()
        XCTAssertEqual(rows.first { $0.fields.first == "总分" }?.fields[6...7], ["100", "94.65"])
        XCTAssertEqual(rows.first { $0.fields.first == "等级" }?.fields[6], "优")
        // The money block as the 10号文 prints it (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分),
        // in 万元 by default; its 分值 stands in the indicator table's 分值 column (G).
        let heads = try XCTUnwrap(rows.first { $0.fields.first == "绩效指标" })
        let money = try XCTUnwrap(rows.first { $0.fields.first?.hasPrefix("项目资金") == true })
        XCTAssertEqual(money.fields[0], "项目资金（万元）")
        XCTAssertEqual(heads.fields[6], "分值")
        XCTAssertEqual(Array(money.fields[3...8]), ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        let total = try XCTUnwrap(rows.first { $0.fields.count > 1 && $0.fields[1] == "年度资金总额" })
        XCTAssertEqual(Array(total.fields[3...8]), ["873.41", "873.41", "861.24", "10", "98.61%", "9.86"])
        // One source of money: the whole spending is its own, and the other rows add nothing.
        let fiscal = try XCTUnwrap(rows.first { $0.fields.count > 1 && $0.fields[1] == "其中：当年财政拨款" })
        XCTAssertEqual(Array(fiscal.fields[3...8]), ["873.41", "873.41", "861.24", "—", "98.61%", "—"])
        let carryover = try XCTUnwrap(rows.first { $0.fields.count > 1 && $0.fields[1] == "上年结转资金" })
        XCTAssertEqual(Array(carryover.fields[3...8]), ["0", "0", "0", "—", "—", "—"])
    }

    /// The 其中 rows from the actuals: given by source, a dash where the actuals leave one out and the
    /// budget was adjusted; figures by source that do not add up to the project's are warned about.
    func testMoneyBlockBySource() throws {
        let data = try score("xlsx").stdoutData
        func row(_ project: String, _ label: String) throws -> [String] {
            let rows = try WorkbookReader.records(data, sheet: project).get()
            let found = try XCTUnwrap(rows.first { $0.fields.count > 1 && $0.fields[1] == label }, label)
            return (3...8).map { $0 < found.fields.count ? found.fields[$0] : "" }
        }
        // 信息化运维项目: 当年财政拨款 and 其他资金 given, 上年结转资金 not (a dash, not a guess).
        XCTAssertEqual(try row("信息化运维项目", "其中：当年财政拨款"), ["837.87", "837.87", "819.57", "—", "97.82%", "—"])
        XCTAssertEqual(try row("信息化运维项目", "上年结转资金"), ["0", "0", "—", "—", "—", "—"])
        XCTAssertEqual(try row("信息化运维项目", "其他资金"), ["76.97", "76.97", "76.97", "—", "100%", "—"])
        // 住房公积金互联网业务运行专项: 全年预算数 adjusted to 650 万元; the source's own figures given.
        XCTAssertEqual(try row("住房公积金互联网业务运行专项", "其中：当年财政拨款"), ["675.8", "650", "620.13", "—", "95.41%", "—"])
        XCTAssertEqual(try row("住房公积金互联网业务运行专项", "其他资金"), ["0", "—", "—", "—", "—", "—"])

        let folder = try Fixtures.temporaryFolder()
        let hurried = folder.appendingPathComponent("actuals.csv")
        let text = try Fixtures.text(actuals).replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "信息化运维项目,,,其他资金执行数,,,\"769,728.00\"", with: "信息化运维项目,,,其他资金执行数,,,76.9728万元\n信息化运维项目,,,上年结转执行数,,,1000")
            .replacingOccurrences(of: "住房公积金互联网业务运行专项,,,当年财政拨款执行数,,,\"6,201,337.10\"",
                                  with: "住房公积金互联网业务运行专项,,,当年财政拨款执行数,,,\"6,301,337.10\"")
        try text.write(to: hurried, atomically: true, encoding: .utf8)
        let outcome = try score("json", actualsPath: hurried.path)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let warnings = outcome.stderr.components(separatedBy: "\n").filter { $0.contains("[JX515]") }
        XCTAssertEqual(warnings.count, 2, outcome.stderr)
        XCTAssertTrue(warnings[0].contains("8965454.54") && warnings[0].contains("8966454.54"), warnings[0])
        XCTAssertTrue(warnings[1].contains("6301337.10") && warnings[1].contains("6201337.10"), warnings[1])
        XCTAssertTrue(warnings[0].hasPrefix(hurried.path + ":"), "at the actuals file's 全年执行数 row: \(warnings[0])")
        // 元 stays available.
        let yuan = try WorkbookReader.records(try score("xlsx", extra: ["--money", "元"]).stdoutData, sheet: "信息化建设项目").get()
        XCTAssertEqual(yuan.first { $0.fields.count > 1 && $0.fields[1] == "年度资金总额" }?.fields[3...5], ["8734121", "8734121", "8612360"])
    }

    /// Without 年度总体目标 rows in the actuals the form says （未填写）, each project is warned about
    /// (JX514), and rows below full points without a reason say so in the form's cell.
    func testBlanksAReviewerWouldQueryAreSaid() throws {
        let folder = try Fixtures.temporaryFolder()
        let stripped = folder.appendingPathComponent("actuals.csv")
        let lines = try Fixtures.text(actuals).replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        try lines.filter { !$0.contains(",年度总体目标,") }.joined(separator: "\n").write(to: stripped, atomically: true, encoding: .utf8)
        let workbook = try score("xlsx", actualsPath: stripped.path)
        XCTAssertEqual(workbook.status, 0, workbook.stderr)
        XCTAssertEqual(workbook.stderr.components(separatedBy: "[JX514]").count - 1, 11, workbook.stderr)
        let zip = try ZipReader(workbook.stdoutData)
        let strings = try (2...12).map { String(decoding: try zip.data("xl/worksheets/sheet\($0).xml"), as: UTF8.self) }.joined()
        XCTAssertTrue(strings.contains("（未填写）"), "the 实际完成情况 cell")
        XCTAssertTrue(strings.contains("未说明偏差原因"), "a row below full points without a reason")
        let html = try score("html", actualsPath: stripped.path).stdout
        XCTAssertEqual(html.components(separatedBy: "<td colspan=\"4\">（未填写）</td>").count - 1, 11)
    }

    func testCSVExport() throws {
        let outcome = try score("csv")
        Golden.assertMatches(outcome.stdoutData, "shanghai-hpf-2026.score.csv")
        let text = String(decoding: outcome.stdoutData.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(Array(outcome.stdoutData.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertTrue(text.contains(",\u{200B}=100.00(%),100%,3.13,3.13,达成,100 ≥ 100 → 3.13,"), "formula guard on targets; status and working in Chinese")
        let records = CSVReader.read(text).records
        XCTAssertEqual(records.count, 175, "header and 174 indicators")
    }

    func testCSVQuotingOfAWholeQuote() {
        var writer = CSVWriter()
        writer.row(["\"", "a,b", "line\nbreak", "=SUM(A1)", "-5", "+86 21", "@x", "plain"])
        XCTAssertEqual(String(decoding: writer.data.dropFirst(3), as: UTF8.self),
                       "\"\"\"\",\"a,b\",\"line\nbreak\",\u{200B}=SUM(A1),-5,\u{200B}+86 21,\u{200B}@x,plain\r\n")
    }

    func testHTMLReport() throws {
        let outcome = try score("html")
        Golden.assertMatches(outcome.stdoutData, "shanghai-hpf-2026.report.html")
        let html = outcome.stdout
        XCTAssertFalse(html.contains("<script"), "no script")
        XCTAssertFalse(html.contains("http://") && html.contains("src=\"http"), "nothing from the network")
        XCTAssertEqual(html.components(separatedBy: "<svg ").count - 1, 3, "totals, lost by category, lost by project")
        XCTAssertEqual(html.components(separatedBy: "<section class=\"project\">").count - 1, 11)
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains(">97.51<"))
        // Forms longer than a page break where `FormPages` says, and every continued page starts with
        // the 绩效指标, 一级 and 二级 labels again.
        let continued = html.components(separatedBy: "<tr class=\"break\">").dropFirst()
        XCTAssertGreaterThan(continued.count, 3)
        for page in continued {
            XCTAssertTrue(page.hasPrefix("<th rowspan=\""), String(page.prefix(200)))
            let cells = page.prefix { $0 != "/" }
            XCTAssertTrue(page.components(separatedBy: "</tr>")[0].components(separatedBy: "<td class=\"c\" rowspan=").count == 3,
                          "一级 and 二级 repeated: \(cells)")
        }
    }

    func testOutputsAreDeterministic() throws {
        for format in ["json", "csv", "xlsx", "html", "table"] {
            XCTAssertEqual(try score(format).stdoutData, try score(format).stdoutData, format)
        }
    }

    func testLibreOfficeWorkbookScoresLikeTheCSV() throws {
        // Tests/JixiaoTests/Fixtures/actuals-libreoffice.xlsx was made from samples/…/actuals.csv with
        // `soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx`: shared strings and
        // percent-formatted numbers, as LibreOffice saves them.
        let fromWorkbook = try score("json", actualsPath: "Tests/JixiaoTests/Fixtures/actuals-libreoffice.xlsx")
        let fromCSV = try score("json")
        XCTAssertEqual(fromWorkbook.status, 0, fromWorkbook.stderr)
        let a = try JSONDecoder().decode(ScoreCLITests.Card.self, from: fromWorkbook.stdoutData)
        let b = try JSONDecoder().decode(ScoreCLITests.Card.self, from: fromCSV.stdoutData)
        XCTAssertEqual(a.unit.score, b.unit.score)
        for (pa, pb) in zip(a.projects, b.projects) {
            XCTAssertEqual(pa.indicators, pb.indicators, pa.name)
        }
    }

    func testTemplateWorkbookRoundTrip() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("template.xlsx").path
        XCTAssertEqual(try CLIRunner.run(["template", declaration, "--format", "xlsx", "-o", path]).status, 0)
        let records = try WorkbookReader.records(try XCTUnwrap(FileManager.default.contents(atPath: path))).get()
        XCTAssertEqual(records[0].fields, ActualsTemplate.header.map(\.rawValue))
        XCTAssertEqual(records[2].fields.prefix(6), ["信息化建设项目", "产出指标", "数量指标",
                                                     "上海市住房公积金综合业务服务和管理平台升级改造项目数量", "=1.00(个)", "3.13"])
        let scored = try score("json", actualsPath: path)
        XCTAssertEqual(scored.status, 0, scored.stderr)
        let card = try JSONDecoder().decode(ScoreCLITests.Card.self, from: scored.stdoutData)
        XCTAssertEqual(card.unit.statuses["missing"], 172)
    }

    func testSheetOption() throws {
        let wrong = try score("json", actualsPath: "Tests/JixiaoTests/Fixtures/actuals-libreoffice.xlsx", extra: ["--sheet", "Nope"])
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.stderr.contains("错误: 工作簿中没有名为“Nope”的工作表；现有工作表：filled [JX324]"), wrong.stderr)
        XCTAssertTrue(wrong.stdoutData.isEmpty, "no scorecard from a sheet that is not there")
    }
}
