import Foundation
import XCTest
@testable import Jixiao

/// How real units fill in the form (issue: score the way real units fill in the form), each with
/// figures worked out by hand.
final class FormConventionTests: XCTestCase {
    /// One project: 产出 50 points over two rows (25 each), 效益 30 over two (15 each), 满意度 10.
    static let declaration = Fixtures.form("甲项目", total: "1,000,000.00", rows: """
    产出指标\t数量指标\t道路长度\t≥300(米)
    \t\t制度健全性\t健全
    效益指标\t社会效益指标\t群众满意度提升\t有效提升
    \t\t是否发生安全事故\t无
    满意度指标\t服务对象满意度指标\t满意度\t≥90(%)
    """)

    func score(_ actuals: String, rules: RuleSet? = nil) throws -> Scorecard {
        let loaded = DeclarationLoader.load(data: Data(Self.declaration.utf8), file: "d.txt")
        XCTAssertTrue(loaded.isUsable, "\(loaded.diagnostics)")
        let read = ActualsReader.read(text: "项目名称,三级指标,实际完成值\n" + actuals, file: "a.csv")
        let ruleSet = try rules ?? XCTUnwrap(RuleSetLoader.load(argument: nil).0)
        let matched = ActualsMatcher.match(loaded.declaration, rows: read.rows, file: "a.csv", declarationFile: "d.txt",
                                           vocabulary: ruleSet.qualitative.vocabulary)
        var card = ScorecardBuilder.build(matched, rules: ruleSet,
                                          rulesFile: "r", declarationFile: "d.txt", actualsFile: "a.csv")
        card.diagnostics = read.diagnostics + matched.diagnostics + card.diagnostics
        return card
    }

    func row(_ card: Scorecard, _ name: String) throws -> IndicatorScore {
        try XCTUnwrap(card.projects.first?.indicators.first { $0.name == name })
    }

    func testOfficialLevelPhrasesAndDescriptions() throws {
        let card = try score("""
        甲项目,制度健全性,达成年度指标
        甲项目,群众满意度提升,部分达成预期指标并具有一定效果
        甲项目,是否发生安全事故,无
        甲项目,满意度,90
        甲项目,道路长度,300
        """)
        // 达成 = 100% of 25.00; 部分达成 = 70% of 15.00 = 10.50; 无 against 无 is met: 15.00.
        XCTAssertEqual(try row(card, "制度健全性").score, 25)
        XCTAssertEqual(try row(card, "群众满意度提升").score, Decimal(string: "10.5"))
        XCTAssertEqual(try row(card, "是否发生安全事故").score, 15)
        XCTAssertFalse(card.diagnostics.contains { $0.code == .actualLevelUnreadable }, "\(card.diagnostics)")

        let described = try score("""
        甲项目,制度健全性,未达成预期指标且效果较差
        甲项目,群众满意度提升,达成，群众满意度明显提高
        甲项目,是否发生安全事故,有
        """)
        // 未达成 = 30% of 25.00 = 7.50; a level word before a description counts; 有 against 无 is unmet: 30% of 15 = 4.50.
        XCTAssertEqual(try row(described, "制度健全性").score, Decimal(string: "7.5"))
        XCTAssertEqual(try row(described, "群众满意度提升").score, 15)
        XCTAssertEqual(try row(described, "是否发生安全事故").score, Decimal(string: "4.5"))
    }

    func testADescriptionAloneSaysBothWaysToFixIt() throws {
        let card = try score("甲项目,群众满意度提升,群众满意度明显提高\n")
        XCTAssertEqual(try row(card, "群众满意度提升").status, .invalid)
        let message = try XCTUnwrap(card.diagnostics.first { $0.code == .actualLevelUnreadable }).message(in: .en)
        XCTAssertTrue(message.contains("write the level in front of the description") && message.contains("自评得分"), message)
    }

    func testAnActualThatRepeatsTheOperatorReadsAsItsNumber() throws {
        let card = try score("甲项目,道路长度,≥300米\n甲项目,满意度,>=92%\n")
        XCTAssertEqual(try row(card, "道路长度").score, 25, "300 ≥ 300: full points")
        XCTAssertEqual(try row(card, "满意度").score, 10)
        XCTAssertEqual(card.diagnostics.filter { $0.code == .actualWithOperator }.map(\.arguments),
                       [["≥300米", "道路长度", "300米"], [">=92%", "满意度", "92%"]])
    }

    func testTheVocabularyLivesInTheRuleFile() throws {
        var text = try Fixtures.text("scoring-rules/mof-2020.json5")
        text = text.replacingOccurrences(of: "met: [\"达成年度指标\",", with: "met: [\"圆满完成\", \"达成年度指标\",")
        let (rules, diagnostics) = RuleSetLoader.load(data: Data(text.utf8), file: "r.json5")
        XCTAssertEqual(diagnostics, [])
        let card = try score("甲项目,制度健全性,圆满完成\n", rules: try XCTUnwrap(rules))
        XCTAssertEqual(try row(card, "制度健全性").score, 25)
        let empty = text.replacingOccurrences(of: "yesNo: { yes: [\"是\", \"有\"], no: [\"否\", \"无\"] }", with: "yesNo: { yes: [], no: [\"否\"] }")
        XCTAssertEqual(RuleSetLoader.load(data: Data(empty.utf8), file: "r.json5").1.map(\.code), [.ruleBadValue])
    }
}

/// The unit's own score (自评得分) for judged rows.
final class JudgedScoreTests: XCTestCase {
    func score(_ rows: String) throws -> Scorecard {
        let loaded = DeclarationLoader.load(data: Data(FormConventionTests.declaration.utf8), file: "d.txt")
        let read = ActualsReader.read(text: "项目名称,三级指标,实际完成值,自评得分\n" + rows, file: "a.csv")
        XCTAssertEqual(read.diagnostics, [])
        let rules = try XCTUnwrap(RuleSetLoader.load(argument: nil).0)
        let matched = ActualsMatcher.match(loaded.declaration, rows: read.rows, file: "a.csv", declarationFile: "d.txt")
        var card = ScorecardBuilder.build(matched, rules: rules,
                                          rulesFile: "r", declarationFile: "d.txt", actualsFile: "a.csv")
        card.diagnostics = matched.diagnostics + card.diagnostics
        return card
    }

    func row(_ card: Scorecard, _ name: String) throws -> IndicatorScore {
        try XCTUnwrap(card.projects.first?.indicators.first { $0.name == name })
    }

    func testAJudgedDescriptionIsScoredAsGiven() throws {
        let card = try score("""
        甲项目,群众满意度提升,群众满意度明显提高,13.5
        甲项目,制度健全性,部分达成，制度基本建立,16
        甲项目,是否发生安全事故,无,9
        甲项目,道路长度,280,25
        甲项目,满意度,95,10
        """)
        // A description with 13.5 of 15 points: used as given, 90% of W is in the 达成 band.
        let described = try row(card, "群众满意度提升")
        XCTAssertEqual(described.score, Decimal(string: "13.5"))
        XCTAssertEqual(described.status, .met)
        XCTAssertEqual(described.judged, true)
        // 部分达成 with 16 of 25 = 64%: inside [60%, 80%) → used.
        XCTAssertEqual(try row(card, "制度健全性").score, 16)
        XCTAssertEqual(try row(card, "制度健全性").status, .partial)
        // 无 (met) with 9 of 15 = 60%: outside the 达成 band [12.00, 15.00] → 0, reported.
        XCTAssertEqual(try row(card, "是否发生安全事故").score, 0)
        XCTAssertEqual(card.diagnostics.filter { $0.code == .judgedOutOfRange }.map(\.arguments),
                       [["是否发生安全事故", "甲项目", "9", "[12.00, 15.00]"]])
        // A quantitative row is computed (25 × 280/300 = 23.333… → 23.33); the unit's 25 is only compared.
        XCTAssertEqual(try row(card, "道路长度").score, Decimal(string: "23.33"))
        XCTAssertNil(try row(card, "道路长度").judged)
        XCTAssertEqual(card.diagnostics.filter { $0.code == .judgedDiffers }.map(\.arguments), [["道路长度", "甲项目", "25", "23.33"]])
        XCTAssertEqual(card.diagnostics.filter { $0.code == .judgedDiffers }.first?.location.cell, "D5")
    }

    func testAJudgedScoreAbovePointsIsRefused() throws {
        let card = try score("甲项目,群众满意度提升,效果很好,20\n")
        XCTAssertEqual(try row(card, "群众满意度提升").score, 0)
        XCTAssertEqual(card.diagnostics.filter { $0.code == .judgedOutOfRange }.first?.arguments.last, "[0, 15.00]")
    }

    func testTheColumnIsFoundAsScoreOr得分AndMarkedInOutputs() throws {
        XCTAssertEqual(ActualsColumn.named("得分"), .judged, "on a filled form 得分 is the unit's own score")
        XCTAssertEqual(ActualsColumn.named("score"), .judged)
        XCTAssertEqual(ActualsColumn.named("自评得分(score)"), .judged)
        let folder = try Fixtures.temporaryFolder()
        try Data(FormConventionTests.declaration.utf8).write(to: folder.appendingPathComponent("d.txt"))
        try Data("项目名称,三级指标,实际完成值,得分\n甲项目,群众满意度提升,群众满意度明显提高,13.5\n".utf8)
            .write(to: folder.appendingPathComponent("a.csv"))
        let json = try CLIRunner.run(["score", "d.txt", "a.csv", "--format", "json"], in: folder)
        XCTAssertTrue(json.stdout.contains("\"judged\" : true"), json.stdout)
        let csv = try CLIRunner.run(["score", "d.txt", "a.csv", "--format", "csv", "--lang", "zh"], in: folder)
        XCTAssertTrue(csv.stdout.contains(",达成,单位自评 → 13.50,"), csv.stdout)
        let explain = try CLIRunner.run(["explain", "d.txt", "a.csv", "--project", "甲项目", "--indicator", "群众满意度提升"], in: folder)
        XCTAssertTrue(explain.stdout.contains("the unit's own score (自评得分) 13.50 is used as given"), explain.stdout)
    }
}

/// Rule-file options seen in practice, each against figures worked out by hand.
final class RuleOptionTests: XCTestCase {
    func rules(_ addition: String) throws -> RuleSet {
        let text = try Fixtures.text("scoring-rules/mof-2020.json5")
            .replacingOccurrences(of: "  rollup: { weighting: \"budget\" },", with: "  rollup: { weighting: \"budget\" },\n" + addition)
        let (rules, diagnostics) = RuleSetLoader.load(data: Data(text.utf8), file: "r.json5")
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [])
        return try XCTUnwrap(rules)
    }

    func score(_ actuals: String, _ rules: RuleSet, declaration: String = FormConventionTests.declaration) throws -> Scorecard {
        let loaded = DeclarationLoader.load(data: Data(declaration.utf8), file: "d.txt")
        let read = ActualsReader.read(text: "项目名称,三级指标,实际完成值,分值\n" + actuals, file: "a.csv")
        let matched = ActualsMatcher.match(loaded.declaration, rows: read.rows, file: "a.csv", declarationFile: "d.txt")
        var card = ScorecardBuilder.build(matched, rules: rules,
                                          rulesFile: "r", declarationFile: "d.txt", actualsFile: "a.csv")
        card.diagnostics = matched.diagnostics + card.diagnostics
        return card
    }

    func testRoundingCutToWholePoints() throws {
        // 道路长度: 25 × 280/300 = 23.333…: half-up to 2 places 23.33; cut to whole points 23.
        let cut = try rules("  rounding: { mode: \"truncate\", places: 0 },")
        XCTAssertEqual(cut.rounding, RuleSet.ScoreRounding(mode: .truncate, places: 0))
        let card = try score("甲项目,道路长度,280,\n甲项目,满意度,89,\n", cut)
        XCTAssertEqual(card.projects[0].indicators[0].score, 23)
        // 满意度: 10 × 89/90 = 9.888…: cut to 9.
        XCTAssertEqual(card.projects[0].indicators[4].score, 9)
        let oneDecimal = try score("甲项目,满意度,89,\n", try rules("  rounding: { mode: \"halfUp\", places: 1 },"))
        XCTAssertEqual(oneDecimal.projects[0].indicators[4].score, Decimal(string: "9.9"))
        XCTAssertEqual(Rounding.truncated(Decimal(string: "9.629")!, places: 1), Decimal(string: "9.6"))
    }

    func testRowsWithoutATargetCanScoreFull() throws {
        let declaration = FormConventionTests.declaration.replacingOccurrences(of: "\t\t制度健全性\t健全", with: "\t\t制度健全性")
        let zero = try score("", try rules(""), declaration: declaration)
        XCTAssertEqual(zero.projects[0].indicators[1].score, 0)
        let full = try score("", try rules("  noTarget: \"full\","), declaration: declaration)
        XCTAssertEqual(full.projects[0].indicators[1].score, 25, "full points of 25")
        XCTAssertEqual(full.diagnostics.filter { $0.code == .noTargetFull }.count, 1)
    }

    func testExecutionByStepsAndExecutionPointsGiven() throws {
        // Full from 95%; half a point off per percentage point short. Spent 90% → 10 − 5 × 0.5 = 7.50.
        let steps = try rules("").withExecution("  execution: { points: 10, scoring: \"steps\", fullFrom: 95, perPercentPoint: 0.5 },")
        XCTAssertEqual(try score("甲项目,全年执行数,900000,\n", steps).projects[0].executionScore, Decimal(string: "7.5"))
        XCTAssertEqual(try score("甲项目,全年执行数,960000,\n", steps).projects[0].executionScore, 10)
        // 20 points given in the 分值 cell of the 全年执行数 row: 20 × 90% = 18, out of 110 in all.
        let given = try score("甲项目,全年执行数,900000,20\n", try rules(""))
        XCTAssertEqual(given.projects[0].executionPoints, 20)
        XCTAssertEqual(given.projects[0].executionScore, 18)
        XCTAssertEqual(given.diagnostics.first { $0.code == .pointsNot100 }?.arguments, ["甲项目", "110.00", "20.00", "90.00"])
    }

    func testRescaleTo100() throws {
        // Execution 20 (given) + 90 rows = 110 points. Scores: 18 (90% spent) + 25 + 25 + 15 + 15 + 10 = 108 → 108 × 100/110 = 98.18.
        let rescale = try rules("  totals: { rescaleTo100: true },")
        let card = try score("""
        甲项目,道路长度,300,
        甲项目,制度健全性,达成,
        甲项目,群众满意度提升,达成,
        甲项目,是否发生安全事故,无,
        甲项目,满意度,95,
        甲项目,全年执行数,900000,20
        """, rescale)
        XCTAssertEqual(card.projects[0].total, Decimal(string: "98.18"))
        XCTAssertEqual(card.diagnostics.first { $0.code == .pointsRescaled }?.arguments.suffix(2), ["108.00", "98.18"])
    }
}

private extension RuleSet {
    /// A copy read from the default file with its execution line replaced.
    func withExecution(_ line: String) throws -> RuleSet {
        let text = try Fixtures.text("scoring-rules/mof-2020.json5").replacingOccurrences(of: "  execution: { points: 10 },", with: line)
        return try XCTUnwrap(RuleSetLoader.load(data: Data(text.utf8), file: "r.json5").0)
    }
}

/// Printing variants of labels, the layout before 2022, and a target written into a name.
final class LabelLayoutTests: XCTestCase {
    static let oldLayout = Fixtures.form("乙项目", total: "500,000.00", rows: """
    产出指标\t成本指标\t单位成本\t≤30(元/人*月)
    \t数量指标\t培训人数\t≥300(人)
    \t进度指标\t完成时间\t12月底前
    效益指标\t社会效益指标等\t群众知晓率\t≥90%
    满意度指标\t满意度\t≥85%
    \t\t资金支付完成率100%\t
    """)

    func testTheOldLayoutReadsWithoutNoise() throws {
        let loaded = DeclarationLoader.load(data: Data(Self.oldLayout.utf8), file: "old.txt")
        let rows = try XCTUnwrap(loaded.declaration.projects.first?.indicators)
        XCTAssertEqual(rows.map { "\($0.category)/\($0.subcategory)/\($0.name)" }, [
            "产出指标/成本指标/单位成本",          // 成本指标 printed as a 二级 under 产出指标
            "产出指标/数量指标/培训人数",
            "产出指标/时效指标/完成时间",          // 进度指标 is 时效指标
            "效益指标/社会效益指标/群众知晓率",     // the suffix 等 dropped
            "满意度指标/满意度指标/满意度",         // 满意度指标 as its own 二级; the name 满意度 stays a name
            "满意度指标/满意度指标/资金支付完成率100%",
        ])
        XCTAssertEqual(loaded.diagnostics.map(\.code), [.missingTarget], "only the row without a target: \(loaded.diagnostics)")
        XCTAssertEqual(rows[0].target?.unit, "元/人·月")
        XCTAssertEqual(rows[2].target?.operator, .by)
    }

    func testATargetInTheNameIsFoundByCheck() throws {
        XCTAssertEqual(TargetInName.split("资金支付完成率100%")?.name, "资金支付完成率")
        XCTAssertEqual(TargetInName.split("资金支付完成率100%")?.target, "100%")
        XCTAssertEqual(TargetInName.split("道路建设长度≥300米")?.target, "≥300米")
        XCTAssertNil(TargetInName.split("17个网点服务大厅保洁费实际支出"), "a count word in a name is no unit")
        XCTAssertNil(TargetInName.split("网点巡检覆盖数"))
        let folder = try Fixtures.temporaryFolder()
        try Data(Self.oldLayout.utf8).write(to: folder.appendingPathComponent("old.txt"))
        let check = try CLIRunner.run(["check", "old.txt"], in: folder)
        XCTAssertTrue(check.stdout.contains("old.txt:14: warning: '资金支付完成率100%' has no target, but its name ends in one: "
                                            + "the name '资金支付完成率' and the target '100%' [JX712]"), check.stdout)
        XCTAssertFalse(check.stdout.contains("JX110") || check.stdout.contains("JX704"), "no noise for the old layout: \(check.stdout)")
    }
}

/// A target written as a bare number: which operator is assumed, and the working says so.
final class BareNumberTests: XCTestCase {
    static let declaration = Fixtures.form("丙项目", total: "500,000.00", rows: """
    成本指标\t经济成本指标\t培训成本\t20万元
    产出指标\t数量指标\t培训人次\t43.2
    \t\t安全事故\t0
    效益指标\t社会效益指标\t知晓率\t90%
    满意度指标\t服务对象满意度指标\t满意度\t≥90%
    """)

    func testBareNumbersAreAmountsToReachAndCeilingsUnderCost() throws {
        let loaded = DeclarationLoader.load(data: Data(Self.declaration.utf8), file: "d.txt")
        let targets = try XCTUnwrap(loaded.declaration.projects.first?.indicators.map { $0.target! })
        XCTAssertEqual(targets.map(\.assumed), [true, true, true, true, false])
        XCTAssertEqual(targets.map(\.operator), [.equal, .equal, .equal, .equal, .atLeast], "read as written: no operator is =")
        let read = ActualsReader.read(text: """
        项目名称,三级指标,实际完成值
        丙项目,培训成本,25万元
        丙项目,培训人次,37.24
        丙项目,安全事故,0
        丙项目,知晓率,95%
        """, file: "a.csv")
        let rules = try XCTUnwrap(RuleSetLoader.load(argument: nil).0)
        let matched = ActualsMatcher.match(loaded.declaration, rows: read.rows, file: "a.csv")
        let card = ScorecardBuilder.build(matched, rules: rules,
                                          rulesFile: "r", declarationFile: "d.txt", actualsFile: "a.csv")
        let rows = try XCTUnwrap(card.projects.first?.indicators)
        // 成本 50 + 产出 → the 产出 block holds 成本指标 too: 3 rows of 50: 16.67, 16.67, 16.66.
        // 培训成本 ≤ 20万元 assumed, 25 spent: 16.67 × 20/25 = 13.336 → 13.34.
        XCTAssertEqual(rows[0].score, Decimal(string: "13.34"))
        // 培训人次 ≥ 43.2 assumed, 37.24 done: 16.67 × 37.24/43.2 = 14.3702… → 14.37.
        XCTAssertEqual(rows[1].score, Decimal(string: "14.37"))
        // A bare 0 stays = 0: 0 accidents, full points.
        XCTAssertEqual(rows[2].score, Decimal(string: "16.66"))
        let catalog = MessageCatalog.for(.en)
        XCTAssertEqual(WorkingText.render(rows[0], catalog), "16.67 × 20/25 = 13.34 (≤ assumed under 成本指标: a bare number is a ceiling)")
        XCTAssertEqual(WorkingText.render(rows[1], catalog), "16.67 × 37.24/43.2 = 14.37 (≥ assumed: a bare number is an amount to reach)")
        XCTAssertEqual(WorkingText.render(rows[2], catalog), "target 0, actual 0 → 16.66")
        XCTAssertTrue(WorkingText.render(rows[0], MessageCatalog.for(.zh)).hasSuffix("（未写比较符，成本指标按 ≤ 计：上限）"))
    }

    func testTheRuleFileSaysWhatToAssume() throws {
        let text = try Fixtures.text("scoring-rules/mof-2020.json5")
            .replacingOccurrences(of: "bareNumber: { assume: \"≥\", cost: \"≤\" }", with: "bareNumber: { assume: \"=\", cost: \"≥\" }")
        let rules = try XCTUnwrap(RuleSetLoader.load(data: Data(text.utf8), file: "r.json5").0)
        XCTAssertEqual(rules.bareNumber, RuleSet.BareNumber(assume: .equal, cost: .atLeast))
        let bad = text.replacingOccurrences(of: "assume: \"=\"", with: "assume: \">\"")
        XCTAssertEqual(RuleSetLoader.load(data: Data(bad.utf8), file: "r.json5").1.map(\.code), [.ruleBadValue])
    }
}
