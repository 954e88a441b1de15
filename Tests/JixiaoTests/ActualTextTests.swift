import Foundation
import XCTest
@testable import Jixiao

/// 实际完成值 as the 自评表 shows it: in the target's unit, written once, normalised; what was typed
/// beside it where the two differ; and `verify` scoring from what was typed.
final class ActualTextTests: XCTestCase {
    let declaration = Declaration(projects: [Project(name: "甲项目", unit: "某单位", funds: Funds(total: 1_000_000), indicators: [
        Indicator(category: "成本指标", subcategory: "经济成本指标", name: "支出", target: RuleFixtures.target("≤873.41(万元)"), line: 10),
        Indicator(category: "成本指标", subcategory: "经济成本指标", name: "单价", target: RuleFixtures.target("≤25000.00(元)"), line: 11),
        Indicator(category: "产出指标", subcategory: "数量指标", name: "人数", target: RuleFixtures.target("≥30000(人)"), line: 12),
        Indicator(category: "产出指标", subcategory: "数量指标", name: "完成率", target: RuleFixtures.target("≥95(%)"), line: 13),
        Indicator(category: "产出指标", subcategory: "时效指标", name: "时长", target: RuleFixtures.target("=8.00(小时)"), line: 14),
        Indicator(category: "产出指标", subcategory: "时效指标", name: "及时性", target: .qualitative("及时"), line: 15),
        Indicator(category: "产出指标", subcategory: "时效指标", name: "完工", target: RuleFixtures.target("2026年11月底前"), line: 16),
        Indicator(category: "效益指标", subcategory: "社会效益指标", name: "面积", target: RuleFixtures.target("=402.60(m²)"), line: 17),
        Indicator(category: "满意度指标", subcategory: "服务对象满意度指标", name: "满意度", target: RuleFixtures.target("≥90(%)"), line: 18),
    ])])

    private func rows(_ body: String) -> [String: IndicatorScore] {
        let read = ActualsReader.read(text: "项目名称,三级指标,实际完成值\n" + body + "甲项目,全年执行数,\"950,000\"\n", file: "a.csv")
        let matched = ActualsMatcher.match(declaration, rows: read.rows, file: "a.csv")
        let card = ScorecardBuilder.build(matched, rules: RuleFixtures.mof, rulesFile: "r", declarationFile: "d", actualsFile: "a.csv")
        return Dictionary(uniqueKeysWithValues: card.projects[0].indicators.map { ($0.name, $0) })
    }

    func testShownInTheTargetsUnitWithWhatWasTypedWhereItDiffers() throws {
        let r = rows("甲项目,支出,\"8,512,360.00元\"\n甲项目,单价,2.38万元\n甲项目,人数,3.2万人\n甲项目,完成率,98.5\n"
                     + "甲项目,时长,480分钟\n甲项目,及时性,及时\n甲项目,完工,2026年11月20日\n甲项目,面积,402.6㎡\n甲项目,满意度,851.2345\n")
        func shown(_ name: String) throws -> ActualText.Shown { try XCTUnwrap(ActualText.shown(try XCTUnwrap(r[name], name)), name) }
        XCTAssertEqual(try shown("支出"), .init(text: "851.24万元", typed: "8,512,360.00元"))
        XCTAssertEqual(try shown("单价"), .init(text: "23,800.00元", typed: "2.38万元"))
        XCTAssertEqual(try shown("人数"), .init(text: "32,000人", typed: "3.2万人"))
        XCTAssertEqual(try shown("完成率"), .init(text: "98.5%", typed: nil), "a bare number is in the target's unit")
        XCTAssertEqual(try shown("时长"), .init(text: "8小时", typed: "480分钟"))
        XCTAssertEqual(try shown("及时性"), .init(text: "及时", typed: nil), "a level as typed")
        XCTAssertEqual(try shown("完工"), .init(text: "2026年11月20日", typed: nil), "a date as typed")
        XCTAssertEqual(try shown("面积"), .init(text: "402.6m²", typed: nil), "㎡ and m² are one unit")
        XCTAssertEqual(try shown("满意度"), .init(text: "851.2345%", typed: nil), "not money: every digit kept")
        // Money rounded to the 分 says what was typed.
        let rounded = rows("甲项目,支出,851.2345万元\n")
        XCTAssertEqual(ActualText.shown(try XCTUnwrap(rounded["支出"])), .init(text: "851.23万元", typed: "851.2345万元"))
        XCTAssertNil(ActualText.shown(try XCTUnwrap(rounded["单价"])), "nothing given")
        XCTAssertEqual(ActualText.html(try XCTUnwrap(rounded["单价"]), MessageCatalog.chinese), "—")
        XCTAssertEqual(ActualText.html(try XCTUnwrap(r["支出"]), MessageCatalog.chinese),
                       "851.24万元<small class=\"typed\">（填报 8,512,360.00元）</small>")
    }

    /// The form's cell keeps what was typed in small type; `verify` reads the score from it, so
    /// the workbook verifies although the shown figure is rounded.
    func testTheFormsCellAndVerify() throws {
        XCTAssertEqual(SubmittedReader.typedActual("851.24万元（填报 8,512,360.00元）"), "8,512,360.00元")
        XCTAssertEqual(SubmittedReader.typedActual("851.24万元 (typed: 8,512,360.00元)"), "8,512,360.00元")
        XCTAssertEqual(SubmittedReader.typedActual("已完成（见附件）"), "已完成（见附件）", "a bracket of the unit's own stays")
        let folder = try Fixtures.temporaryFolder()
        let workbook = folder.appendingPathComponent("自评表.xlsx").path
        let declaration = "samples/shanghai-hpf-2026/declaration.txt"
        let scored = try CLIRunner.run(["score", declaration, "samples/shanghai-hpf-2026/actuals.csv", "--format", "xlsx",
                                        "--lang", "zh", "-o", workbook])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        let sheet = try WorkbookReader.records(try XCTUnwrap(FileManager.default.contents(atPath: workbook)), sheet: "信息化建设项目").get()
        XCTAssertTrue(sheet.contains { $0.fields.contains("851.24万元（填报 8,512,360.00元）") }, "\(sheet.map(\.fields))")
        let verified = try CLIRunner.run(["verify", workbook, "--lang", "zh"])
        XCTAssertEqual(verified.status, 0, verified.stdout + verified.stderr)
    }
}
