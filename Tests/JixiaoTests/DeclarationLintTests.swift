import Foundation
import XCTest
@testable import Jixiao

/// Each lint code with a minimal declaration that has the problem and one that does not.
final class DeclarationLintTests: XCTestCase {
    static let lint: LintRules = {
        let (lint, diagnostics) = LintRules.load(path: Fixtures.path(LintRules.defaultPath))
        guard let lint else { fatalError("\(diagnostics)") }
        return lint
    }()

    private func row(_ category: String, _ subcategory: String, _ name: String, _ target: String?, line: Int = 10) -> Indicator {
        Indicator(category: category, subcategory: subcategory, name: name, target: target.map { TargetParser.parse($0).target }, line: line)
    }

    /// A clean project: every category, quantitative rows, a cost ceiling equal to the money.
    private func project(_ change: (inout Project) -> Void = { _ in }) -> Project {
        var p = Project(name: "甲", startDate: "2026-01-01", endDate: "2026-12-31", funds: Funds(total: 1_000_000, fiscal: 1_000_000),
                        goal: "完成", indicators: [
                            row("成本指标", "经济成本指标", "成本控制额", "≤100.00(万元)"),
                            row("产出指标", "数量指标", "完成数量", "=10(个)"),
                            row("产出指标", "质量指标", "验收合格率", "=100(%)"),
                            row("产出指标", "时效指标", "完成及时性", "及时"),
                            row("效益指标", "社会效益指标", "投诉数量", "≤5(件)"),
                            row("满意度指标", "服务对象满意度指标", "群众满意度", "≥90(%)"),
                        ], line: 1, year: 2026)
        change(&p)
        return p
    }

    private func codes(_ project: Project) -> [String] {
        DeclarationLint.run(Declaration(projects: [project]), lint: Self.lint, rules: RuleFixtures.mof, file: "d.txt")
            .map(\.code.rawValue)
    }

    func testCleanProjectHasNoFindings() {
        XCTAssertEqual(codes(project()), [])
    }

    func testUnknownUnit() {
        XCTAssertEqual(codes(project { $0.indicators[1] = self.row("产出指标", "数量指标", "加工数量", "≥30(万卷)") }), ["JX701"])
    }

    func testEmptyCategoryAndOnlyQualitativeBlock() {
        XCTAssertEqual(codes(project { $0.indicators.removeLast() }), ["JX702"])
        XCTAssertEqual(codes(project { $0.indicators[4] = self.row("效益指标", "社会效益指标", "服务能力", "有效提升") }), ["JX703"])
    }

    func testRowUnderALabelItsNameDoesNotSuggest() {
        let findings = DeclarationLint.run(Declaration(projects: [project {
            $0.indicators[3] = self.row("产出指标", "时效指标", "数据准确率", "≥95(%)")
            $0.indicators[4] = self.row("效益指标", "社会效益指标", "工作开展及时性", "及时")
            $0.indicators.append(self.row("效益指标", "社会效益指标", "群众满意度", "≥90(%)"))
        }]), lint: Self.lint, rules: RuleFixtures.mof, file: "d.txt")
        XCTAssertEqual(findings.map(\.code.rawValue), ["JX704", "JX704", "JX704"])
        XCTAssertEqual(findings[0].arguments, ["数据准确率", "产出指标/时效指标", "质量指标", "准确率"])
        XCTAssertEqual(findings[2].arguments[2], "满意度指标")
        XCTAssertEqual(findings[0].indicator, "数据准确率")
    }

    func testCostCeilings() {
        // 873.41 万元 = 8,734,100 元 against 8,734,121 元: rounding.
        XCTAssertEqual(codes(project {
            $0.funds = Funds(total: 8_734_121, fiscal: 8_734_121)
            $0.indicators[0] = self.row("成本指标", "经济成本指标", "成本控制额", "≤873.41(万元)")
        }), ["JX705"])
        // The hint names the project's own amount, in 元 and in 万元 with all its decimals.
        let rounding = project {
            $0.funds = Funds(total: 6_500_350, fiscal: 6_500_350)
            $0.indicators[0] = self.row("成本指标", "经济成本指标", "成本控制额", "≤650.03(万元)")
        }
        let finding = DeclarationLint.run(Declaration(projects: [rounding]), lint: Self.lint, rules: RuleFixtures.mof, file: "d.txt")
        XCTAssertEqual(finding.first?.hint(in: .en),
                       "write the ceiling as the amount asked for, in 元 (≤6500350.00(元)) or with all its decimals of 万元 (≤650.035(万元))")
        XCTAssertEqual(finding.first?.hint(in: .zh), "按申请金额填写上限：以元填写（≤6500350.00(元)），或保留全部万元小数位（≤650.035(万元)）")
        // Two ceilings well short of the money.
        XCTAssertEqual(codes(project {
            $0.indicators.insert(self.row("成本指标", "经济成本指标", "保洁费", "≤20(万元)"), at: 1)
            $0.indicators[0] = self.row("成本指标", "经济成本指标", "安保费", "≤30(万元)")
        }), ["JX706"])
        // A ceiling in 万元 that should have been 元.
        XCTAssertEqual(codes(project { $0.indicators[0] = self.row("成本指标", "经济成本指标", "成本控制额", "≤1000000(万元)") }),
                       ["JX707"])
        // Unit prices are not ceilings of the project's money.
        XCTAssertEqual(codes(project { $0.indicators[0] = self.row("成本指标", "经济成本指标", "复印机单价", "≤25000(元)") }), [])
    }

    func testMoneyDatesGoal() {
        XCTAssertEqual(codes(project { $0.funds.other = 5 }), ["JX708"])
        XCTAssertEqual(codes(project { $0.endDate = "2027-03-31" }), ["JX709"])
        XCTAssertEqual(codes(project { $0.goal = "" }), ["JX710"])
    }

    func testBadLintFileNamesTheKey() {
        let folder = try! Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("lint.json5").path
        try! "{ keywords: [], cost: { unitPriceWords: [], roundingTolerance: \"x\", farAboveRatio: 1.2 } }"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let (lint, diagnostics) = LintRules.load(path: path)
        XCTAssertNil(lint)
        XCTAssertTrue(diagnostics.first?.arguments.first?.contains("cost.roundingTolerance") ?? false, "\(diagnostics)")
    }
}
