import Foundation
import XCTest
@testable import Jixiao

/// `explain` for every rule branch, and against every row of the sample.
final class ExplanationTests: XCTestCase {
    let declaration = Declaration(projects: [Project(name: "甲项目", unit: "某单位", funds: Funds(total: 1_000_000), indicators: [
        Indicator(category: "产出指标", subcategory: "数量指标", name: "完成率", target: RuleFixtures.target("≥100(%)"), line: 10),
        Indicator(category: "产出指标", subcategory: "质量指标", name: "合格率", target: RuleFixtures.target("=100(%)"), line: 11),
        Indicator(category: "产出指标", subcategory: "时效指标", name: "及时性", target: .qualitative("及时"), line: 12),
        Indicator(category: "效益指标", subcategory: "社会效益指标", name: "投诉", target: RuleFixtures.target("≤5(件)"), line: 13),
        Indicator(category: "效益指标", subcategory: "社会效益指标", name: "事故", target: RuleFixtures.target("=0(次)"), line: 14),
        Indicator(category: "效益指标", subcategory: "社会效益指标", name: "支出", target: RuleFixtures.target("≤90(万元)"), line: 15),
        Indicator(category: "效益指标", subcategory: "社会效益指标", name: "无指标值", target: nil, line: 16),
        Indicator(category: "满意度指标", subcategory: "服务对象满意度指标", name: "满意度", target: RuleFixtures.target("≥90(%)"), line: 17),
        Indicator(category: "满意度指标", subcategory: "服务对象满意度指标", name: "评价", target: .qualitative("良好"), line: 18),
        Indicator(category: "其他指标", subcategory: "", name: "杂项", target: RuleFixtures.target("≥1(次)"), line: 19),
    ])])

    private func card(_ rules: RuleSet = RuleFixtures.mof) -> Scorecard {
        let body = "甲项目,完成率,85%,\n甲项目,合格率,100,\n甲项目,及时性,部分达成 75%,\n甲项目,投诉,7件,原因\n甲项目,事故,1,\n"
            + "甲项目,支出,\"880,000元\",\n甲项目,满意度,很好,\n甲项目,评价,达成 50%,\n甲项目,全年执行数,\"950,000\",\n"
        let rows = ActualsReader.read(text: "项目名称,三级指标,实际完成值,偏差原因\n" + body, file: "a.csv").rows
        let matched = ActualsMatcher.match(declaration, rows: rows, file: "a.csv")
        return ScorecardBuilder.build(matched, rules: rules, rulesFile: "r",
                                      declarationFile: "d", actualsFile: "a.csv")
    }

    private func explain(_ indicator: String, rules: RuleSet = RuleFixtures.mof, language: Language = .en) -> String {
        guard case .success(let text) = Explanation.explain(card(rules), project: "甲项目", indicator: indicator, language: language) else {
            XCTFail("no explanation for \(indicator)")
            return ""
        }
        return text
    }

    /// `explain` states what the pipeline did, not what re-reading the texts suggests: 分值 the unit
    /// gave are "given" even when they happen to be an even split, and an actual that restates the
    /// target's operator and unit (`≤7件`) was read in the target's unit.
    func testExplainStatesThePipelinesFacts() {
        let header = "项目名称,三级指标,实际完成值,分值\n"
        // 效益 30 over four rows is 7.50 each: the unit writes exactly that for every row.
        let body = "甲项目,投诉,≤7件,7.50\n甲项目,事故,0,7.50\n甲项目,支出,80万元,7.50\n甲项目,无指标值,,7.50\n"
            + "甲项目,全年执行数,\"950,000\",\n"
        let rows = ActualsReader.read(text: header + body, file: "a.csv").rows
        let matched = ActualsMatcher.match(declaration, rows: rows, file: "a.csv")
        let scorecard = ScorecardBuilder.build(matched, rules: RuleFixtures.mof,
                                               rulesFile: "r", declarationFile: "d", actualsFile: "a.csv")
        guard case .success(let project) = Explanation.explain(scorecard, project: "甲项目", indicator: nil, language: .en),
              case .success(let row) = Explanation.explain(scorecard, project: "甲项目", indicator: "投诉", language: .en) else {
            return XCTFail("no explanation")
        }
        XCTAssertTrue(project.contains("the points were given in the actuals file or the declaration"), project)
        XCTAssertTrue(row.contains("Actual ≤7件, that is 7 件."), row)
    }

    func testEveryBranch() {
        // 产出 50 over three rows: 16.67, 16.67, 16.66. 16.67 × 85 / 100 = 14.1695 → 14.17.
        XCTAssertTrue(explain("完成率").contains("points × actual / target = 16.67 × 85 / 100 = 14.1695, rounded half-up to 14.17"),
                      explain("完成率"))
        XCTAssertTrue(explain("合格率").contains("Actual 100 has no unit, so it is read in the target's unit: 100 %"))
        XCTAssertTrue(explain("合格率").contains("the actual reaches the target (100 ≥ 100), so full points: 16.67"))
        // 16.66 × 75% = 12.495 → 12.50 (half-up).
        XCTAssertTrue(explain("及时性").contains("scores the percentage written with it, 75%: 16.66 × 75% = 12.495, rounded half-up to 12.50"),
                      explain("及时性"))
        XCTAssertTrue(explain("投诉").contains("points × target / actual = 7.50 × 5 / 7 = 5.357143…, rounded half-up to 5.36"), explain("投诉"))
        XCTAssertTrue(explain("投诉").contains("偏差原因: 原因"))
        XCTAssertTrue(explain("投诉", rules: RuleFixtures.province).contains("linearly down to 0 at twice the target"))
        XCTAssertTrue(explain("事故").contains("a target of 0 gives full points for an actual of 0 and nothing otherwise; the actual is 1, so 0.00"))
        XCTAssertTrue(explain("支出").contains("Actual 880,000元, converted to the target's unit: 88 万元."), explain("支出"))
        XCTAssertTrue(explain("无指标值").contains("with no declared target there is nothing to compare with"))
        XCTAssertTrue(explain("满意度").contains("could not be read or converted"))
        XCTAssertTrue(explain("评价").contains("outside the 达成 band [80, 100]"))
        XCTAssertTrue(explain("杂项").contains("no block of the rule file scores this category"))
        XCTAssertTrue(explain("完成率", language: .zh).contains("四舍五入保留 2 位小数为 14.17"))
    }

    /// The sample's `<5.00(件)` row with 5件: the bound is reached, not passed.
    func testStrictBoundAtTheBound() throws {
        let sample = Fixtures.path("samples/shanghai-hpf-2026")
        let outcome = try CLIRunner.run(["explain", sample + "/declaration.txt", sample + "/actuals.csv", "--project", "各区管理部服务大厅委托业务费与其他设施费专项",
                                         "--indicator", "办事群众对服务大厅环境整洁度有效投诉量", "--lang", "zh"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("规则：实际值 5 未越过严格界限 < 5，为未达成；评分规则（quantitative.strictBound: \"asNonStrict\"）按 ≤ 计分，得 4.29 分。"),
                      outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("状态：未达成"), outcome.stdout)
    }

    func testProjectExplanation() {
        guard case .success(let text) = Explanation.explain(card(), project: "甲项目", indicator: nil, language: .en) else {
            return XCTFail("no explanation")
        }
        XCTAssertTrue(text.contains("It scores 10.00 × min(950,000.00 / 1,000,000.00, 1) = 9.5, rounded half-up to 9.50."), text)
        XCTAssertTrue(text.contains("Block 产出 holds 50.00 points for 3 rows: split in whole cents: 16.67 for each of the first 2 rows"), text)
        XCTAssertTrue(text.contains("Grade "), text)
        XCTAssertEqual(Explanation.explain(card(), project: "乙", indicator: nil, language: .en),
                       .failure(.noProject("乙", available: ["甲项目"])))
    }

    /// For every row of the bundled sample whose score is computed, the expression `explain` shows
    /// (`W × A / T`, `W × T / A`, `W × (2 × T − A) / T`, `W × P%`) is evaluated here in integer
    /// arithmetic, independently of the scorer, and rounded half-up: it must give the score shown.
    func testExplainReproducesEverySampleRow() throws {
        let (card, _) = Assessment.score(declarationPath: Fixtures.seedDeclaration,
                                         actualsPath: Fixtures.path("samples/shanghai-hpf-2026/actuals.csv"),
                                         rules: Fixtures.path("scoring-rules/mof-2020.json5"))
        let scorecard = try XCTUnwrap(card)
        var checked = 0
        for project in scorecard.projects {
            for row in project.indicators where row.working?.exact != nil {
                guard case .success(let text) = Explanation.explain(scorecard, project: project.name, indicator: row.name,
                                                                    language: .en) else { return XCTFail(row.name) }
                let (cents, shown) = try XCTUnwrap(Self.evaluateShownWorking(text), text)
                XCTAssertEqual(shown, Rounding.fixed(row.score), "the sentence names the score: \(text)")
                XCTAssertEqual(cents, Self.cents(Rounding.fixed(row.score)), "\(row.name): \(text)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 50)
    }

    /// A decimal such as `3.33` or `-0.5` as an exact fraction (numerator, power of ten).
    static func fraction(_ text: Substring) -> (Int, Int)? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts.joined()) else { return nil }
        var scale = 1
        for _ in 0..<(parts.count == 2 ? parts[1].count : 0) { scale *= 10 }
        return (whole, scale)
    }

    static func cents(_ text: String) -> Int { fraction(Substring(text)).map { $0.0 * 100 / $0.1 } ?? -1 }

    /// Reads the rule sentence of `explain` (`… = 3.33 × 5 / 7 = 2.378571…, rounded half-up to 2.38 (never above
    /// the 3.33 points)`), evaluates the expression as a fraction, caps it at W, and rounds half-up to cents.
    static func evaluateShownWorking(_ text: String) -> (Int, String)? {
        guard let rule = text.split(separator: "\n").first(where: { $0.contains("rounded half-up to") }),
              let to = rule.range(of: "rounded half-up to ") else { return nil }
        let shown = String(rule[to.upperBound...].prefix { $0.isNumber || $0 == "." })
        let pieces = rule.components(separatedBy: " = ")
        guard pieces.count >= 2 else { return nil }
        let expression = (pieces[pieces.count - 2].components(separatedBy: ": ").last ?? "").replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
        let tokens = expression.split(separator: " ")
        var numerator = 0, denominator = 1
        var w = (0, 1)
        if tokens.count == 3, tokens[1] == "×", tokens[2].hasSuffix("%"), let a = fraction(tokens[0]), let p = fraction(tokens[2].dropLast()) {
            (numerator, denominator, w) = (a.0 * p.0, a.1 * p.1 * 100, a)                      // W × P%
        } else if tokens.count == 5, tokens[1] == "×", tokens[3] == "/",
                  let a = fraction(tokens[0]), let b = fraction(tokens[2]), let c = fraction(tokens[4]) {
            (numerator, denominator, w) = (a.0 * b.0 * c.1, a.1 * b.1 * c.0, a)              // W × X / Y
        } else if tokens.count == 9, tokens[1] == "×", tokens[2] == "2", tokens[5] == "−", tokens[7] == "/",
                  let a = fraction(tokens[0]), let t = fraction(tokens[4]), let x = fraction(tokens[6]), let t2 = fraction(tokens[8]) {
            // W × (2 × T − A) / T, floored at 0
            let inner = (2 * t.0 * x.1 - x.0 * t.1, t.1 * x.1)
            (numerator, denominator, w) = (max(a.0 * inner.0 * t2.1, 0), a.1 * inner.1 * t2.0, a)
        } else {
            return nil
        }
        if denominator < 0 { (numerator, denominator) = (-numerator, -denominator) }
        let rounded = (numerator * 200 + denominator) / (2 * denominator)   // half-up to cents, numerator ≥ 0
        let cap = (w.0 * 200 + w.1) / (2 * w.1)
        return (min(rounded, cap), shown)
    }
}

/// `jixiao explain` as a user runs it, including what it says when a name is wrong.
final class ExplainCLITests: XCTestCase {
    let arguments = ["explain", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv"]

    func testARow() throws {
        let outcome = try CLIRunner.run(arguments + ["--project", "各区服务网点租赁费物业费", "--indicator", "员工对办公环境投诉"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("3.33 × 5 / 7 = 2.378571…, rounded half-up to 2.38"), outcome.stdout)
    }

    func testWrongNamesAndMissingProject() throws {
        XCTAssertEqual(try CLIRunner.run(arguments).status, 64, "--project is required")
        let project = try CLIRunner.run(arguments + ["--project", "不存在"])
        XCTAssertEqual(project.status, 1)
        XCTAssertTrue(project.stderr.contains("no project named '不存在'; the projects are:\n  信息化建设项目\n"), project.stderr)
        let row = try CLIRunner.run(arguments + ["--project", "专项业务费", "--indicator", "不存在"])
        XCTAssertEqual(row.status, 1)
        XCTAssertTrue(row.stderr.contains("project '专项业务费' has no indicator named '不存在'"), row.stderr)
        XCTAssertTrue(row.stderr.contains("  律师顾问工作完成率\n"), row.stderr)
    }
}
