import Foundation
import XCTest
@testable import Jixiao

/// The labels of the third batch of published forms (`scoring-rules/labels.json5`): 效果指标 for
/// 效益指标, and the short 二级 forms 数量, 质量, 时效, 成本 — in the PDF text, a list and a submitted form.
final class ThirdBatchLabelsTests: XCTestCase {
    /// The seed's first project with its labels written the short way.
    func testTheTextFormReadsTheShortLabels() throws {
        let seed = try Fixtures.text("samples/shanghai-hpf-2026/declaration.txt")
        let first = String(seed[..<seed.range(of: "财政项目支出绩效目标申报表", options: [], range: seed.index(seed.startIndex, offsetBy: 80)..<seed.endIndex)!.lowerBound])
        var text = first
        for (long, short) in [("\n效益指标\t", "\n效果指标\t"), ("\t数量指标\t", "\t数量\t"), ("\t质量指标\t", "\t质量\t"), ("\t时效指标\t", "\t时效\t")] {
            XCTAssertNotNil(text.range(of: long), long)
            text = text.replacingOccurrences(of: long, with: short)
        }
        let original = DeclarationLoader.load(text: first, file: "d.txt").declaration.projects[0].indicators
        let short = DeclarationLoader.load(text: text, file: "d.txt")
        let indicators = try XCTUnwrap(short.declaration.projects.first).indicators
        XCTAssertEqual(indicators.count, original.count, "no row dropped")
        XCTAssertEqual(indicators.map(\.category), original.map(\.category))
        XCTAssertEqual(indicators.map(\.subcategory), original.map(\.subcategory))
        XCTAssertEqual(Set(indicators.map(\.category)), ["成本指标", "产出指标", "效益指标", "满意度指标"])
        XCTAssertFalse(short.diagnostics.contains { $0.severity == .error }, "\(short.diagnostics.map { $0.message(in: .en) })")
    }

    /// A list: the rows under 效果指标 score in the 效益 block, 成本 under 产出指标 is the old layout's 成本指标.
    func testAListScoresTheRowsUnderThem() throws {
        let list = """
        项目名称,一级指标,二级指标,三级指标,年度指标值
        乙项目,产出指标,数量,完成数,≥10(个)
        乙项目,产出指标,成本,成本控制,≤100(万元)
        乙项目,效果指标,社会效益,受益人数,≥100(人)
        乙项目,满意度指标,满意度,满意度,≥90(%)
        """
        let loaded = try XCTUnwrap(DeclarationLoader.loadList(list, file: "l.csv"))
        let indicators = try XCTUnwrap(loaded.declaration.projects.first).indicators
        XCTAssertEqual(indicators.map(\.category), ["产出指标", "产出指标", "效益指标", "满意度指标"])
        XCTAssertEqual(indicators.map(\.subcategory), ["数量指标", "成本指标", "社会效益指标", "服务对象满意度指标"])
        XCTAssertEqual(IndicatorLabels.standard.label("效果指标"), .category("效益指标"))
        XCTAssertEqual(IndicatorLabels.standard.label("时效"), .subcategory("时效指标"))
    }
}
