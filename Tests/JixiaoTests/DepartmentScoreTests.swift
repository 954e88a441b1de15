import Foundation
import XCTest
@testable import Jixiao

/// The department's form scored (samples/department-2026), against the figures worked out by hand in
/// its README, under each `department` rule key; adjusted targets on both sides of each case.
final class DepartmentScoreTests: XCTestCase {
    let declaration = Fixtures.path("samples/department-2026/declaration.txt")
    let actuals = Fixtures.path("samples/department-2026/actuals.csv")

    private func score(_ rules: RuleSet = RuleFixtures.mof, declarationText: String? = nil) throws -> Scorecard {
        var loaded = DeclarationLoader.load(path: declaration)
        if let declarationText { loaded = DeclarationLoader.load(text: declarationText, file: declaration) }
        let read = ActualsReader.load(path: actuals)
        let (card, diagnostics) = Assessment.assess(declaration: loaded, actuals: read, rules: rules, rulesFile: "r",
                                                    declarationPath: declaration, actualsPath: actuals)
        XCTAssertFalse(diagnostics.contains { $0.severity == .error }, "\(diagnostics.map { $0.message(in: .en) })")
        XCTAssertFalse(diagnostics.contains { $0.code == .actualUnknownProject }, "the department's rows are its form's")
        return try XCTUnwrap(card)
    }

    func testFiguresWorkedOutByHand() throws {
        let card = try score()
        let department = try XCTUnwrap(card.department)
        XCTAssertEqual(department.budget, 11_000_000)
        XCTAssertEqual(department.spent, 11_220_000)
        XCTAssertEqual(department.executionRate, 102)
        XCTAssertEqual(department.executionScore, 10)
        XCTAssertEqual(department.rows.map { Rounding.fixed($0.score.score) },
                       ["10.00", "10.00", "10.00", "10.00", "0.00", "9.30", "10.00", "10.00", "10.00"])
        XCTAssertEqual(department.total, Decimal(string: "89.3"))
        XCTAssertEqual(department.grade, "良")
        XCTAssertEqual(department.rows.filter(\.core).count, 4)
        XCTAssertEqual(department.tasks.compactMap(\.outcome).count, 3)
        XCTAssertEqual(department.money.first { $0.label == "其他资金" }?.spent, 820_000)
        XCTAssertNotNil(department.goalOutcome)
        // The unit's result is the department's; the projects' average beside it.
        XCTAssertEqual(card.unit.score, Decimal(string: "89.3"))
        XCTAssertEqual(card.unit.projectAverage, Decimal(string: "87.37"))
        XCTAssertEqual(card.unit.projectAverageGrade, "良")
        XCTAssertEqual(card.projects.map(\.name), ["文物保护修缮"])
        XCTAssertEqual(card.projects.first?.total, Decimal(string: "87.37"))
        // JSON and the table carry both.
        let json = try CLIRunner.run(["score", declaration, actuals, "--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let unit = try XCTUnwrap(object["unit"] as? [String: Any])
        XCTAssertEqual(unit["projectAverage"] as? Double, 87.37)
        let rows = try XCTUnwrap((object["department"] as? [String: Any])?["indicators"] as? [[String: Any]])
        XCTAssertEqual(rows.first?["declaredTarget"] as? String, "≥120(场)")
        XCTAssertEqual(rows.first?["adjustedTarget"] as? String, "≥100(场)")
        XCTAssertEqual(rows.first?["core"] as? Bool, true)
        let table = try CLIRunner.run(["score", declaration, actuals, "--detail", "--lang", "zh"])
        XCTAssertTrue(table.stdout.contains("项目平均分（按全年预算数加权）：87.37 良；单位得分为部门整体支出绩效自评得分"), table.stdout)
        XCTAssertTrue(table.stdout.contains("部门整体 示例区文化和旅游局（虚构）"), table.stdout)
        // explain, by the department's name: the same figures, and the adjustment said.
        let explained = try CLIRunner.run(["explain", declaration, actuals, "--project", "示例区文化和旅游局（虚构）", "--indicator", "群众文化活动场次",
                                           "--lang", "zh"])
        XCTAssertEqual(explained.status, 0, explained.stderr)
        XCTAssertTrue(explained.stdout.contains("年初指标值为“≥120(场)”，年中调整为“≥100(场)”：按调整后的指标值计分。"), explained.stdout)
        XCTAssertTrue(explained.stdout.contains("得满分 10.00"), explained.stdout)
        let whole = try CLIRunner.run(["explain", declaration, actuals, "--project", "示例区文化和旅游局（虚构）"])
        XCTAssertTrue(whole.stdout.contains("89.30"), whole.stdout)
    }

    /// The workbook has the department's form on a sheet of its own after 汇总, laid out as published;
    /// the summary and the HTML report put the unit's result and the projects' average apart.
    func testTheDocuments() throws {
        let xlsx = try CLIRunner.run(["score", declaration, actuals, "--format", "xlsx", "--lang", "zh"])
        XCTAssertEqual(xlsx.status, 0, xlsx.stderr)
        let form = try WorkbookReader.records(xlsx.stdoutData, sheet: "部门整体").get().flatMap(\.fields)
        for expected in ["部门整体支出绩效自评表", "示例区文化和旅游局（虚构）", "年初指标值", "调整后指标值", "核心指标", "≥120(场)", "≥100(场)", "是",
                         "公共文化服务", "举办群众文化活动 108 场，送戏下乡 40 场", "良", "一般公共预算", "基本支出"] {
            XCTAssertTrue(form.contains(expected), "\(expected) in \(form)")
        }
        let summary = try WorkbookReader.records(xlsx.stdoutData, sheet: "汇总").get().flatMap(\.fields)
        XCTAssertTrue(summary.contains("项目平均分（预算加权）") && summary.contains("单位：示例区文化和旅游局（虚构）（部门整体支出绩效自评）"), "\(summary)")
        XCTAssertTrue(summary.contains("2026年度 示例区文化和旅游局（虚构） 部门整体及项目支出绩效自评汇总"), "\(summary)")
        // The CSV: the department's rows first, under its name, with the target declared at the start.
        let csv = try CLIRunner.run(["score", declaration, actuals, "--format", "csv", "--lang", "zh"]).stdout.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n")
        XCTAssertGreaterThan(csv.count, 2)
        XCTAssertEqual(csv.filter { $0.hasPrefix("示例区文化和旅游局（虚构）,示例区文化和旅游局（虚构）,") }.count, 9)
        XCTAssertTrue(csv[1].contains("群众文化活动场次,≥100(场)") && csv[1].hasSuffix(",≥120(场)"), csv[1])
        let html = try CLIRunner.run(["score", declaration, actuals, "--format", "html", "--lang", "zh"]).stdout
        for expected in ["部门整体支出绩效自评表（2026年度）", "<th>调整后指标值</th>", "单位得分（部门整体支出绩效自评）", "<b>1,100.00</b>", "<b>102.00%</b>",
                         "项目平均分（按全年预算数加权）：87.37 良", "部门整体及项目支出绩效自评汇总</h1>"] {
            XCTAssertTrue(html.contains(expected), expected)
        }
    }

    /// The template lists the department's rows first; read back unchanged, they are its rows (not an
    /// unknown project), every one `missing`.
    func testTheTemplateHasTheDepartmentsRows() throws {
        let folder = try Fixtures.temporaryFolder()
        for format in ["csv", "xlsx"] {
            let template = folder.appendingPathComponent("template.\(format)").path
            let written = try CLIRunner.run(["template", declaration, "-o", template, "--force"])
            XCTAssertEqual(written.status, 0, written.stderr)
            let read = ActualsReader.load(path: template)
            let names = read.table.rows.map { $0.value(.indicator) ?? "" }
            XCTAssertEqual(Array(names.prefix(2)), ["群众文化活动场次", "送戏下乡场次"], format)
            XCTAssertTrue(names.contains("一般公共预算执行数") && names.contains("任务：文物保护"), "\(names)")
            XCTAssertEqual(read.table.rows.first?.value(.target), "≥100(场)", "the adjusted target")
            let (card, diagnostics) = Assessment.assess(declaration: DeclarationLoader.load(path: declaration), actuals: read, rules: RuleFixtures.mof,
                                                        rulesFile: "r", declarationPath: declaration, actualsPath: template)
            XCTAssertFalse(diagnostics.contains { $0.code == .actualUnknownProject || $0.code == .actualUnknownIndicator }, format)
            XCTAssertEqual(card?.department?.rows.map(\.score.status), Array(repeating: .missing, count: 9), format)
        }
    }

    /// The 自评失真 checks run on the department's form as on a project's.
    func testTheAuditChecksTheDepartmentsForm() throws {
        var text = try Fixtures.text("samples/department-2026/actuals.csv")
        text = text.replacingOccurrences(of: "186次,下半年两次专项检查并入省级联合检查,按季度分解检查计划", with: "186次,无,")
        let file = try Fixtures.temporaryFolder().appendingPathComponent("actuals.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (card, _) = Assessment.score(declarationPath: declaration, actualsPath: file.path, rules: nil)
        let findings = try XCTUnwrap(card).diagnostics.filter { $0.auditLevel != nil && $0.project == "示例区文化和旅游局（虚构）" }
        // The spending above the adjusted budget (kept at full points, said), and the reason 无.
        XCTAssertEqual(findings.map(\.code), [.overspent, .auditBoilerplateReason], "\(findings.map { $0.message(in: .en) })")
        XCTAssertEqual(findings.last?.indicator, "旅游市场检查次数")
        XCTAssertEqual(findings.last?.location.line, 7)
        XCTAssertEqual(findings.first?.location.line, 11, "at the department's 全年执行数 row")
    }

    /// The commission's roll-up puts a unit's department score and its projects' average side by side.
    func testTheRollupShowsBoth() throws {
        let folder = try Fixtures.temporaryFolder()
        let department = folder.appendingPathComponent("department.json").path
        let other = folder.appendingPathComponent("other.json").path
        XCTAssertEqual(try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", department]).status, 0)
        XCTAssertEqual(try CLIRunner.run(["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv",
                                          "--format", "json", "-o", other]).status, 0)
        let rollup = try CLIRunner.run(["rollup", department, other, "--format", "json"])
        XCTAssertEqual(rollup.status, 0, rollup.stderr)
        let units = try XCTUnwrap(((JSONSerialization.jsonObject(with: rollup.stdoutData) as? [String: Any])?["commission"] as? [String: Any])?["units"]
            as? [[String: Any]])
        XCTAssertEqual(units.first?["score"] as? Double, 89.3)
        XCTAssertEqual(units.first?["projectAverage"] as? Double, 87.37)
        XCTAssertNil(units.last?["projectAverage"], "a unit without a department form")
        let table = try CLIRunner.run(["rollup", department, other, "--lang", "zh"]).stdout
        XCTAssertTrue(table.contains("项目平均分"), table)
        XCTAssertFalse(try CLIRunner.run(["rollup", other, "--lang", "zh"]).stdout.contains("项目平均分"), "no column when no unit has one")
        let xlsx = try CLIRunner.run(["rollup", department, other, "--format", "xlsx", "--lang", "zh"])
        let sheet = try WorkbookReader.records(xlsx.stdoutData).get()
        let head = try XCTUnwrap(sheet.first { $0.fields.contains("项目平均分") })
        let column = try XCTUnwrap(head.fields.firstIndex(of: "项目平均分"))
        let line = try XCTUnwrap(sheet.first { $0.fields.first == "示例区文化和旅游局（虚构）" })
        XCTAssertEqual(line.fields[column], "87.37")
        let html = try CLIRunner.run(["rollup", department, other, "--format", "html", "--lang", "zh"]).stdout
        XCTAssertTrue(html.contains("<th>项目平均分</th>") && html.contains("<td class=\"num\">87.37</td>"), html)
    }

    /// verify reads the department's sheet of jixiao's own workbook as a form (部门名称, 调整后指标值 and
    /// 调整后预算数): every figure follows, under `over100` cap and deduct, and it lists what score lists.
    func testVerifyFollowsTheDepartmentsSheet() throws {
        let folder = try Fixtures.temporaryFolder()
        let text = try Fixtures.text("scoring-rules/mof-2020.json5")
        let deduct = folder.appendingPathComponent("deduct.json5")
        try text.replacingOccurrences(of: "over100: \"cap\"", with: "over100: \"deduct\"").write(to: deduct, atomically: true, encoding: .utf8)
        for (rules, language, money) in [(nil, "zh", "万元"), (nil, "en", "元"), (deduct.path, "zh", "元")] {
            let own = folder.appendingPathComponent("own-\(language)-\(money).xlsx").path
            let extra = rules.map { ["--rules", $0] } ?? []
            let written = try CLIRunner.run(["score", declaration, actuals, "--lang", language, "--money", money, "-o", own, "--force"] + extra)
            XCTAssertEqual(written.status, 0, written.stderr)
            let score = try CLIRunner.run(["score", declaration, actuals, "--format", "json"] + extra)
            let levelled = ((try JSONSerialization.jsonObject(with: score.stdoutData) as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? [])
                .filter { $0["level"] != nil }.map { "\($0["code"]!) \($0["project"]!)" }.sorted()
            let verify = try CLIRunner.run(["verify", own, "--format", "json"] + extra)
            XCTAssertEqual(verify.status, 0, "\(language) \(money) \(rules ?? ""): \(verify.stdout.prefix(1200))")
            let check = try XCTUnwrap((JSONSerialization.jsonObject(with: verify.stdoutData) as? [String: Any])?["verification"] as? [String: Any])
            XCTAssertEqual((check["discrepancies"] as? [Any])?.count, 0)
            let names = (check["projects"] as? [[String: Any]] ?? []).map { "\($0["name"]!) \($0["recomputedTotal"]!)" }
            XCTAssertEqual(names, ["示例区文化和旅游局（虚构） \(rules == nil ? "89.3" : "89.1")", "文物保护修缮 87.37"])
            let found = (check["audit"] as? [[String: Any]] ?? []).map { "\($0["code"]!) \($0["project"]!)" }.sorted()
            XCTAssertEqual(found, levelled, "\(language) \(money)")
        }
    }

    /// A unit that hands in its department's form alone: scored, its money the form's, counted by a
    /// roll-up, re-checked by verify.
    func testTheDepartmentsFormAlone() throws {
        let folder = try Fixtures.temporaryFolder()
        let declarationOnly = folder.appendingPathComponent("d.txt")
        try Fixtures.text("samples/department-2026/declaration.txt").components(separatedBy: "\n").prefix(28).joined(separator: "\n")
            .write(to: declarationOnly, atomically: true, encoding: .utf8)
        let actualsOnly = folder.appendingPathComponent("a.csv")
        try Fixtures.text("samples/department-2026/actuals.csv").components(separatedBy: "\n")
            .filter { !$0.hasPrefix("文物保护修缮") }.joined(separator: "\n").write(to: actualsOnly, atomically: true, encoding: .utf8)
        let (card, diagnostics) = Assessment.score(declarationPath: declarationOnly.path, actualsPath: actualsOnly.path, rules: nil)
        XCTAssertFalse(diagnostics.contains { $0.severity == .error }, "\(diagnostics.map { $0.message(in: .en) })")
        let scored = try XCTUnwrap(card)
        XCTAssertEqual(scored.projects.count, 0)
        XCTAssertEqual(scored.unit.name, "示例区文化和旅游局（虚构）")
        XCTAssertEqual(scored.unit.score, Decimal(string: "89.3"))
        XCTAssertEqual(scored.unit.budget, 11_000_000)
        XCTAssertNil(scored.unit.projectAverage, "no project: no average")
        let json = folder.appendingPathComponent("alone.json").path
        XCTAssertEqual(try CLIRunner.run(["score", declarationOnly.path, actualsOnly.path, "--format", "json", "-o", json]).status, 0)
        let rollup = try CLIRunner.run(["rollup", json, "--format", "json"])
        XCTAssertEqual(rollup.status, 0, rollup.stderr)
        let own = folder.appendingPathComponent("alone.xlsx").path
        XCTAssertEqual(try CLIRunner.run(["score", declarationOnly.path, actualsOnly.path, "-o", own]).status, 0)
        XCTAssertEqual(try CLIRunner.run(["verify", own]).status, 0)
    }

    /// Paths relative to the package's root, as a user types them: the golden holds no folder of
    /// this machine's.
    /// Rows written in haste are used or reported, never dropped: a name the form does not have, a
    /// second row for an indicator, an amount that is not one, a `<label>执行数` for a line the money
    /// block does not have; an indicator whose own name ends in 执行数 is an indicator.
    func testHurriedRowsAreReported() throws {
        let name = "示例区文化和旅游局（虚构）"
        var text = try Fixtures.text("samples/department-2026/actuals.csv").replacingOccurrences(of: "\r\n", with: "\n")
        text = text.replacingOccurrences(of: "\(name),全年执行数,\"11,220,000.00\",,", with: "\(name),全年执行数,一千一百万,,")
        text += "\(name),群众文化活动场数,108场,,\n\(name),送戏下乡场次,41场,,\n\(name),专项资金执行数,\"100.00\",,\n"
        let file = try Fixtures.temporaryFolder().appendingPathComponent("a.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (card, diagnostics) = Assessment.score(declarationPath: declaration, actualsPath: file.path, rules: nil)
        let mine = diagnostics.filter { $0.project == name || $0.arguments.contains(name) }
        let codes = Set(mine.map(\.code))
        XCTAssertTrue(codes.isSuperset(of: [.actualBadAmount, .actualUnknownIndicator, .actualDuplicateRow, .noSpending]), "\(mine.map { $0.message(in: .en) })")
        let unknown = mine.filter { $0.code == .actualUnknownIndicator }.compactMap(\.arguments.first)
        XCTAssertEqual(Set(unknown), ["群众文化活动场数", "专项资金执行数"])
        XCTAssertEqual(mine.first { $0.code == .actualUnknownIndicator }?.location.cell, "B30", "at the name's cell")
        XCTAssertTrue(mine.first { $0.code == .actualBadAmount }?.location.cell == "C11", "\(mine.map(\.location))")
        // No 全年执行数 read: 预算执行 scores 0, said (JX502); the first 送戏下乡场次 row counts.
        XCTAssertEqual(card?.department?.executionScore, 0)
        XCTAssertEqual(card?.department?.rows[1].score.actual, "40场")

        // An indicator of the form named …执行数 is read as one, not as money.
        let form = try Fixtures.text("samples/department-2026/declaration.txt").replacingOccurrences(of: "\t送戏下乡场次\t", with: "\t项目执行数\t")
        let renamed = try Fixtures.text("samples/department-2026/actuals.csv").replacingOccurrences(of: ",送戏下乡场次,", with: ",项目执行数,")
        let folder = file.deletingLastPathComponent()
        try form.write(to: folder.appendingPathComponent("d.txt"), atomically: true, encoding: .utf8)
        try renamed.write(to: folder.appendingPathComponent("b.csv"), atomically: true, encoding: .utf8)
        let (other, found) = Assessment.score(declarationPath: folder.appendingPathComponent("d.txt").path,
                                              actualsPath: folder.appendingPathComponent("b.csv").path, rules: nil)
        XCTAssertFalse(found.contains { $0.code == .actualUnknownIndicator || $0.code == .noActualRow }, "\(found.map { $0.message(in: .en) })")
        XCTAssertEqual(other?.department?.rows[1].score.actual, "40场")
    }

    func testTheGoldenScorecard() throws {
        let outcome = try CLIRunner.run(["score", "samples/department-2026/declaration.txt", "samples/department-2026/actuals.csv", "--format", "json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        Golden.assertMatches(outcome.stdoutData, "department-2026.score.json")
    }

    func testTheRuleKeys() throws {
        var rules = RuleFixtures.mof
        rules.department.over100 = .deduct
        XCTAssertEqual(try score(rules).department?.executionScore, Decimal(string: "9.8"))
        XCTAssertEqual(try score(rules).department?.total, Decimal(string: "89.1"))
        rules.department.countBasic = false
        XCTAssertEqual(try score(rules).department?.budget, 5_000_000)
        XCTAssertEqual(try score(rules).department?.executionScore, Decimal(string: "9.66"))
        XCTAssertEqual(try score(rules).department?.total, Decimal(string: "88.96"))
        rules.department.over100 = .cap
        XCTAssertEqual(try score(rules).department?.total, Decimal(string: "89.3"))
        rules.department.executionPoints = 20
        XCTAssertEqual(try score(rules).department?.executionScore, 20)
        // The rule file's key is read and checked.
        let text = try Fixtures.text("scoring-rules/mof-2020.json5")
        let file = try Fixtures.temporaryFolder().appendingPathComponent("d.json5")
        try text.replacingOccurrences(of: "over100: \"cap\"", with: "over100: \"deduct\"").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(RuleSetLoader.load(path: file.path).0?.department.over100, .deduct)
        try text.replacingOccurrences(of: "over100: \"cap\"", with: "over100: \"half\"").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(RuleSetLoader.load(path: file.path).1.map(\.code), [.ruleBadValue])
    }

    /// The adjusted target is scored where there is one, and only there: 108 against ≥100 (adjusted
    /// from ≥120) is full; with no adjustment it is 9.00; an adjustment upward lowers it; a row whose
    /// actual passes both is full either way.
    func testAdjustedTargetsChangeAScoreOnlyWhereTheyShould() throws {
        let text = try Fixtures.text("samples/department-2026/declaration.txt")
        func row(_ replaced: String?, _ with: String) throws -> [String] {
            let changed = replaced.map { text.replacingOccurrences(of: $0, with: with) } ?? text
            return try score(declarationText: changed).department!.rows.prefix(2).map { Rounding.fixed($0.score.score) }
        }
        XCTAssertEqual(try row(nil, ""), ["10.00", "10.00"])
        XCTAssertEqual(try row("≥120(场)\t≥100(场)", "≥120(场)\t—"), ["9.00", "10.00"], "no adjustment: the declared target")
        XCTAssertEqual(try row("≥120(场)\t≥100(场)", "≥100(场)\t≥120(场)"), ["9.00", "10.00"], "adjusted upward")
        XCTAssertEqual(try row("≥40(场)\t—", "≥45(场)\t≥40(场)"), ["10.00", "10.00"], "adjusted down to the actual")
        XCTAssertEqual(try row("≥40(场)\t—", "≥40(场)\t≥30(场)"), ["10.00", "10.00"], "an actual past both: full either way")
    }
}
