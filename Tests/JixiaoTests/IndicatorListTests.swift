import Foundation
import XCTest
@testable import Jixiao

/// The flat indicator list and the form as a workbook, written the way a hurried user writes them.
final class IndicatorListTests: XCTestCase {
    private func list(_ csv: String) -> DeclarationLoader.Loaded {
        DeclarationLoader.load(data: Data(csv.utf8), file: "l.csv")
    }

    func testSplitTargetColumnsBecomeOneExpression() throws {
        let loaded = list("""
        项目名称,一级指标,二级指标,三级指标,指标性质,指标值,计量单位,权重
        甲,产出指标,数量指标,完成数,≥,12,个,20
        甲,产出指标,质量指标,合格率,不低于,95,%,20
        甲,产出指标,时效指标,及时性,定性,及时,,20
        甲,效益指标,社会效益指标,覆盖率,区间,90-100,%,20
        甲,满意度指标,服务对象满意度指标,满意度,,≥90%,,10
        甲,产出指标,数量指标,完成率,=,100%,%,
        """)
        XCTAssertFalse(loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map { $0.message(in: .en) })")
        let rows = try XCTUnwrap(loaded.declaration.projects.first).indicators
        XCTAssertEqual(rows.map { $0.target?.text }, ["≥12(个)", "不低于95(%)", "及时", "90-100(%)", "≥90%", "=100%"])
        XCTAssertEqual(rows[0].target?.operator, .atLeast)
        XCTAssertEqual(rows[0].target?.value, 12)
        XCTAssertEqual(rows[1].target?.operator, .atLeast)
        XCTAssertEqual(rows[2].target?.kind, .qualitative)
        XCTAssertEqual(rows[3].target?.operator, .range)
        XCTAssertEqual(rows[3].target?.upper, 100)
        XCTAssertEqual(rows.map(\.points), [20, 20, 20, 20, 10, nil], "权重 is 分值; an empty cell leaves the rule file's split")
    }

    func testBlankCellsCarryOnAndFactsComeFromTheFirstRow() throws {
        let loaded = list("""
        上海市某单位 2026 年度项目绩效目标
        项目名称,主管部门,当年财政拨款（万元）,年度资金申请总额（万元）,年度,一级指标,二级指标,三级指标,年度指标值
        甲项目,某委员会,873.41,873.41,2026年,产出指标,数量指标,完成数,≥12(个)
        ,,,,,,质量指标,合格率,≥95(%)
        ,某委员会,,,,效益指标,社会效益指标,覆盖率,=100(%)
        乙项目,某委员会,,10,,产出指标,数量指标,次数,=4(次)
        """)
        XCTAssertEqual(loaded.declaration.title, "上海市某单位 2026 年度项目绩效目标")
        let projects = loaded.declaration.projects
        XCTAssertEqual(projects.map(\.name), ["甲项目", "乙项目"])
        XCTAssertEqual(projects[0].indicators.map(\.category), ["产出指标", "产出指标", "效益指标"])
        XCTAssertEqual(projects[0].indicators.map(\.subcategory), ["数量指标", "质量指标", "社会效益指标"])
        XCTAssertEqual(projects[0].funds.fiscal, Decimal(string: "8734100"), "a head in 万元 is read in 万元")
        XCTAssertEqual(projects[0].year, 2026)
        XCTAssertEqual(projects[1].funds.total, 100_000)
        XCTAssertFalse(loaded.diagnostics.contains { $0.code == .listFactDiffers }, "a repeated fact that agrees is fine")
    }

    func testRowsThatCannotBeUsedAreReportedAtTheirCell() {
        let loaded = list("""
        项目名称,一级指标,二级指标,三级指标,年度指标值,分值
        ,产出指标,数量指标,完成数,≥12(个),
        甲,产出指标,数量指标,,≥95(%),
        甲,产出指标,数量指标,次数,=4(次),五分
        """)
        let found = loaded.diagnostics.map { "\($0.code.rawValue) \($0.location.description)" }
        XCTAssertTrue(found.contains("JX310 l.csv:2 [A2]"), "\(found)")
        XCTAssertTrue(found.contains("JX108 l.csv:3 [E3]"), "\(found)")
        XCTAssertTrue(found.contains("JX120 l.csv:4 [F4]"), "\(found)")
        XCTAssertEqual(loaded.declaration.indicatorCount, 1)
        XCTAssertEqual(loaded.consumedLines.sorted(), [1, 3, 4], "rows used; row 2 is reported")
    }

    func testAnActualsTableIsNotAList() {
        let loaded = list("项目名称,三级指标,年度指标值,实际完成值\n甲,完成数,≥12(个),12\n")
        XCTAssertEqual(loaded.diagnostics.map(\.code), [.actualsAsDeclaration])
    }

    func testAFormWorkbookWithMergedLabels() throws {
        // 一级指标 and 二级指标 merged down over their rows, as a retyped form has them; the
        // value sits in the merge's first cell.
        var sheet = Worksheet(name: "甲项目")
        let rows: [[String]] = [
            ["财政项目支出绩效目标申报表"], ["(2026 年度)"],
            ["项目名称", "甲项目", "项目性质", "其他一次性项目", "项目类别", "特定目标类"],
            ["主管部门", "某委员会", "实施单位", "某单位"],
            ["计划开始日期", "2026-01-01", "计划完成日期", "2026-12-31"],
            ["项目资金 (元)", "项目资金总额:", "年度资金申请总额:", "1,000,000.00"],
            ["", "其中: 财政资金", "其中: 当年财政拨款", "1,000,000.00"],
            ["", "", "上年结转资金", "0.00"], ["", "其他资金", "其他资金", "0.00"],
            ["项目绩效目标", "项目总目标", "年度总体目标"], ["", "", "完成年度工作。"],
            ["", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"],
            ["绩效指标", "产出指标", "数量指标", "完成数", "≥12(个)"],
            ["", "", "", "完成率", "=100(%)"],
            ["", "", "质量指标", "合格率", "≥95(%)"],
            ["", "效益指标", "社会效益指标", "覆盖率", "=100(%)"],
            ["", "满意度指标", "服务对象满意度指标", "满意度", "≥90(%)"],
        ]
        for (r, cells) in rows.enumerated() {
            for (c, text) in cells.enumerated() where !text.isEmpty { sheet.text(r, c, text) }
        }
        sheet.merge(12, 1, toRow: 14, column: 1)
        sheet.merge(12, 2, toRow: 13, column: 2)
        sheet.merge(12, 0, toRow: 16, column: 0)
        let loaded = DeclarationLoader.load(data: WorkbookWriter.xlsx([sheet]), file: "f.xlsx")
        XCTAssertFalse(loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map { $0.location.description + " " + $0.message(in: .en) })")
        let project = try XCTUnwrap(loaded.declaration.projects.first)
        XCTAssertEqual(project.funds.total, 1_000_000)
        XCTAssertEqual(project.indicators.map(\.name), ["完成数", "完成率", "合格率", "覆盖率", "满意度"])
        XCTAssertEqual(project.indicators.map(\.subcategory), ["数量指标", "数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"])
        XCTAssertEqual(project.indicators.map(\.category), ["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"])
    }

    func testOldAndEncryptedWorkbooksAreRefused() {
        let compound = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        let loaded = DeclarationLoader.load(data: compound, file: "old.xls")
        XCTAssertEqual(loaded.diagnostics.map(\.code), [.oldWorkbookFormat])
        XCTAssertTrue(loaded.diagnostics[0].message(in: .zh).contains("另存为 .xlsx"))
    }

    func testAQuoteLeftOpenAccountsForEveryLineItSwallows() {
        // Found by the declaration fuzz target: a quoted cell still open at the end of the file runs
        // over every line after it; they are reported with it, none is lost.
        let text = "项目名称,一级指标,三级指标,年度指标值\n甲,产出指标,完成数,\"≥12(个)\n乙\t丙\n丁,戊\n"
        let loaded = list(text)
        XCTAssertTrue(loaded.diagnostics.contains { $0.code == .csvUnterminatedQuote })
        let reported = Set(loaded.diagnostics.map(\.location.line))
        for line in 1...4 {
            XCTAssertTrue(loaded.consumedLines.contains(line) || reported.contains(line), "line \(line)")
        }
    }
}
