import Foundation
import XCTest
@testable import Jixiao

/// The 自评失真 checks, each on a hand-made project that has the problem, and a clean unit that
/// has none.
final class AuditorTests: XCTestCase {
    /// 甲: 1,000,000 元 asked; three qualitative rows, a cost ceiling, a count and a rate.
    let declaration = Declaration(projects: [Project(name: "甲项目", unit: "某单位", funds: Funds(total: 1_000_000, fiscal: 1_000_000), indicators: [
        Indicator(category: "成本指标", subcategory: "经济成本指标", name: "服务支出", target: RuleFixtures.target("≤120(万元)"), line: 10),
        Indicator(category: "产出指标", subcategory: "数量指标", name: "培训人次", target: RuleFixtures.target("≥100(人次)"), line: 11),
        Indicator(category: "产出指标", subcategory: "质量指标", name: "合格率", target: RuleFixtures.target("≥95(%)"), line: 12),
        Indicator(category: "产出指标", subcategory: "时效指标", name: "及时性", target: .qualitative("及时"), line: 13),
        Indicator(category: "效益指标", subcategory: "社会效益指标", name: "群众获得感", target: .qualitative("有所提升"), line: 14),
        Indicator(category: "效益指标", subcategory: "可持续影响指标", name: "机制健全性", target: .qualitative("健全"), line: 15),
        Indicator(category: "满意度指标", subcategory: "服务对象满意度指标", name: "满意度", target: RuleFixtures.target("≥90(%)"), line: 16),
    ])])

    private func findings(_ body: String, rules: RuleSet = RuleFixtures.mof) -> [Diagnostic] {
        let read = ActualsReader.read(text: "项目名称,三级指标,实际完成值,偏差原因\n" + body, file: "a.csv")
        let matched = ActualsMatcher.match(declaration, rows: read.rows, file: "a.csv")
        var card = ScorecardBuilder.build(matched, rules: rules, rulesFile: "r", declarationFile: "d", actualsFile: "a.csv")
        Auditor.audit(&card, actualsFile: "a.csv")
        return card.diagnostics.filter { $0.auditLevel != nil }
    }

    /// Everything met, spent in full, qualitative rows partly met with reasons: no finding.
    let clean = "甲项目,服务支出,95万元,\n甲项目,培训人次,110,\n甲项目,合格率,96%,\n甲项目,及时性,及时,\n"
        + "甲项目,群众获得感,部分达成 70%,问卷显示老年群体知晓率偏低\n甲项目,机制健全性,健全,\n甲项目,满意度,92%,\n"
        + "甲项目,全年执行数,\"1,000,000\",\n甲项目,年度总体目标,已完成,\n"

    func testACleanUnitHasNoFinding() {
        XCTAssertEqual(findings(clean).map { $0.message(in: .en) }, [])
    }

    func testMoneyAndResultsThatDisagree() throws {
        // Half the money spent, every row met: the rows' rate 100 % against the execution's 50 %.
        let body = clean.replacingOccurrences(of: "部分达成 70%,问卷显示老年群体知晓率偏低", with: "有所提升,")
            .replacingOccurrences(of: "\"1,000,000\"", with: "\"500,000\"")
        let found = findings(body)
        let codes = found.map(\.code)
        XCTAssertTrue(codes.contains(.auditScoreAboveExecution) && codes.contains(.auditUnspent) && codes.contains(.auditAllMetLowExecution),
                      "\(codes)")
        let gap = try XCTUnwrap(found.first { $0.code == .auditScoreAboveExecution })
        XCTAssertEqual(gap.auditLevel, .red)
        XCTAssertEqual(Array(gap.arguments[1...2]), ["100.00", "50.00"])
        XCTAssertEqual(found.first { $0.code == .auditUnspent }?.auditLevel, .yellow)
        XCTAssertEqual(found.first { $0.code == .auditQualitativeAllFull }?.arguments, ["甲项目", "3"])
        // Spent in full: none of the three.
        let paid = findings(body.replacingOccurrences(of: "\"500,000\"", with: "\"1,000,000\"")).map(\.code)
        XCTAssertFalse(paid.contains(.auditScoreAboveExecution) || paid.contains(.auditUnspent) || paid.contains(.auditAllMetLowExecution))
    }

    /// Spending above the budget (JX508) is an audit question too: it gets its level.
    func testSpendingAboveTheBudgetHasALevel() throws {
        let found = findings(clean.replacingOccurrences(of: "\"1,000,000\"", with: "\"1,100,000\""))
        XCTAssertEqual(found.first { $0.code == .overspent }?.auditLevel, .yellow, "\(found.map(\.code))")
        XCTAssertFalse(findings(clean).contains { $0.code == .overspent })
    }

    func testACostRowAboveTheWholeSpending() throws {
        let found = findings(clean.replacingOccurrences(of: "95万元", with: "\"1,100,000元\""))
        let cost = try XCTUnwrap(found.first { $0.code == .auditCostAboveSpent }, "\(found.map(\.code))")
        XCTAssertEqual(cost.arguments, ["甲项目", "服务支出", "1,100,000.00", "1,000,000.00"])
        XCTAssertEqual(cost.location.line, 2, "at the row's actuals line")
    }

    func testReasonsThatSayNothing() {
        let body = clean.replacingOccurrences(of: "问卷显示老年群体知晓率偏低", with: "无")
            .replacingOccurrences(of: "甲项目,合格率,96%,", with: "甲项目,合格率,90%,原因")
        let found = findings(body).filter { $0.code == .auditBoilerplateReason }
        XCTAssertEqual(found.map { $0.indicator ?? "" }.sorted(), ["合格率", "群众获得感"])
        XCTAssertTrue(found.map { $0.message(in: .zh) }.contains { $0.contains("套话") })
        XCTAssertTrue(found.map { $0.message(in: .en) }.contains { $0.contains("shorter than 4 characters") })
        // One reason word for word on three rows.
        let same = "项目进度受天气影响延后"
        let repeated = clean.replacingOccurrences(of: "问卷显示老年群体知晓率偏低", with: same)
            .replacingOccurrences(of: "甲项目,合格率,96%,", with: "甲项目,合格率,90%," + same)
            .replacingOccurrences(of: "甲项目,满意度,92%,", with: "甲项目,满意度,85%," + same)
        XCTAssertEqual(findings(repeated).filter { $0.code == .auditRepeatedReason }.map(\.arguments), [[same, "3", "甲项目", "合格率"]])
        // Written in haste: a stop after the set phrase, full-width letters, spaces.
        for hurried in ["无。", "同上；", " 暂 无 ", "无偏差."] {
            let body = clean.replacingOccurrences(of: "问卷显示老年群体知晓率偏低", with: hurried)
            XCTAssertEqual(findings(body).filter { $0.code == .auditBoilerplateReason }.map { $0.indicator ?? "" }, ["群众获得感"], hurried)
        }
    }

    func testRowsThatCannotScoreAndOverAchievementsWithoutAReason() throws {
        var twice = declaration
        twice.projects[0].indicators.append(Indicator(category: "产出指标", subcategory: "数量指标", name: "培训人次", target: RuleFixtures.target("≥100(人次)"), line: 17))
        twice.projects[0].indicators.append(Indicator(category: "产出指标", subcategory: "数量指标", name: "宣传场次", target: nil, line: 18))
        let read = ActualsReader.read(text: "项目名称,三级指标,实际完成值,偏差原因\n" + clean.replacingOccurrences(of: "培训人次,110", with: "培训人次,200"), file: "a.csv")
        var card = ScorecardBuilder.build(ActualsMatcher.match(twice, rows: read.rows, file: "a.csv"), rules: RuleFixtures.mof,
                                          rulesFile: "r", declarationFile: "d", actualsFile: "a.csv")
        Auditor.audit(&card, actualsFile: "a.csv")
        let cannot = try XCTUnwrap(card.diagnostics.first { $0.code == .auditCannotScore })
        XCTAssertEqual(Array(cannot.arguments[0...1]), ["甲项目", "2"], "the second 培训人次 and 宣传场次")
        XCTAssertEqual(cannot.auditLevel, .red)
        // 200 against ≥100 is twice the target (the rule file's ratio is 1.3), with no reason.
        XCTAssertTrue(card.diagnostics.contains { $0.code == .auditOverAchievementNoReason && $0.indicator == "培训人次" })
        // The existing finding of a row below full points without a reason gets its level.
        XCTAssertTrue(card.diagnostics.filter { $0.code == .noGoalOutcome || $0.code == .noDeviationReason }.allSatisfy { $0.auditLevel != nil })
    }

    func testTheRuleFileSetsLevelsAndThresholds() throws {
        let folder = try Fixtures.temporaryFolder()
        let base = try String(contentsOfFile: Fixtures.path("scoring-rules/mof-2020.json5"), encoding: .utf8)
        func rules(_ old: String, _ new: String) throws -> (RuleSet?, [Diagnostic]) {
            let file = folder.appendingPathComponent("r.json5").path
            XCTAssertTrue(base.contains(old), old)
            try base.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: true, encoding: .utf8)
            let (set, diagnostics, _) = RuleSetLoader.load(argument: file)
            return (set, diagnostics)
        }
        let body = clean.replacingOccurrences(of: "\"1,000,000\"", with: "\"700,000\"")
        XCTAssertTrue(findings(body).contains { $0.code == .auditUnspent }, "30 % unspent, above 20")
        let lenient = try XCTUnwrap(try rules("unspent: { level: \"yellow\", share: 20 }", "unspent: { level: \"yellow\", share: 40 }").0)
        XCTAssertFalse(findings(body, rules: lenient).contains { $0.code == .auditUnspent }, "30 % is within 40")
        let off = try XCTUnwrap(try rules("qualitativeAllFull: { level: \"yellow\", rows: 3 }", "qualitativeAllFull: { level: \"off\" }").0)
        XCTAssertFalse(findings(clean.replacingOccurrences(of: "部分达成 70%,问卷显示老年群体知晓率偏低", with: "有所提升,"), rules: off)
            .contains { $0.code == .auditQualitativeAllFull })
        let (bad, diagnostics) = try rules("unspent: { level: \"yellow\", share: 20 }", "unspent: { level: \"orange\" }")
        XCTAssertNil(bad)
        XCTAssertTrue(diagnostics.contains { $0.message(in: .en).contains("audit.unspent.level") }, "\(diagnostics.map { $0.message(in: .en) })")
    }

    /// On the seed with the bundled actuals: the two cost rows above their project's spending, the
    /// rows that cannot score, in the JSON's `audit[]` (red first) and in the 审核提示 sheet.
    func testTheSeedsFindingsInTheJSONAndTheReviewNotes() throws {
        let base = ["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv"]
        let json = try CLIRunner.run(base + ["--format", "json", "--lang", "zh"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let audit = try XCTUnwrap(object["audit"] as? [[String: Any]])
        let levels = audit.compactMap { $0["level"] as? String }
        XCTAssertEqual(levels, levels.sorted { $0 == "red" && $1 != "red" }, "red first")
        let cost = audit.filter { $0["code"] as? String == "JX522" }
        XCTAssertEqual(Set(cost.compactMap { $0["project"] as? String }), ["住房公积金网点设备运维专项", "住房公积金互联网业务运行专项"])
        XCTAssertEqual(cost.first?["figures"] as? [String], ["住房公积金网点设备运维专项", "住房公积金网点设备运维服务实际支出", "873,000.00", "864,000.00"])
        let cannot = audit.filter { $0["code"] as? String == "JX526" }.compactMap { $0["project"] as? String }
        XCTAssertEqual(Set(cannot), ["住房公积金网点设备运维专项", "交通工具购置及更新"], "the 未申报 rows and the duplicate")
        let xlsx = try CLIRunner.run(base + ["--format", "xlsx", "--lang", "zh"])
        let notes = try WorkbookReader.records(xlsx.stdoutData, sheet: "审核提示").get()
        XCTAssertTrue(notes.contains { $0.fields.count > 2 && $0.fields[1] == "审核（红）" && $0.fields[2] == "JX522" })
    }

    /// The provincial preset sets its own levels: unspent money is red under province-sichuan,
    /// yellow under mof-2020; everything else scores alike.
    func testTheProvincialPreset() throws {
        let sichuan = try XCTUnwrap(RuleSetLoader.load(argument: "province-sichuan").0)
        XCTAssertEqual(sichuan.audit.unspent, .red)
        XCTAssertEqual(sichuan.audit.scoreAboveExecutionGap, 10)
        XCTAssertEqual(RuleFixtures.mof.audit.unspent, .yellow)
        let body = clean.replacingOccurrences(of: "\"1,000,000\"", with: "\"700,000\"")
        XCTAssertEqual(findings(body, rules: sichuan).first { $0.code == .auditUnspent }?.auditLevel, .red)
        XCTAssertEqual(sichuan.blocks, RuleFixtures.mof.blocks, "the scoring is mof-2020's")
    }
}
