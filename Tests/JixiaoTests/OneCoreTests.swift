import Foundation
import XCTest
@testable import Jixiao

/// Every command takes its scores from `ScoringCore`: each row of the four samples, under every
/// bundled rule file, scores the same through `score`, `verify` (jixiao's own workbook re-checked
/// follows to the cent), `explain`, `monitor` (rows judged as they stand at month 12), `--need` and
/// `compare`.
final class OneCoreTests: XCTestCase {
    static let samples = ["shanghai-hpf-2026", "county-practice-2023", "demo-second-unit", "conventions-2"]
    static let rules = ["mof-2020", "county-practice", "province-20-80-70-60", "tolerance-10"]

    func json(_ outcome: CLIRunner.Outcome, _ context: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: outcome.stdoutData) as? [String: Any], context + ": " + outcome.stderr)
    }

    func testEveryRowScoresTheSameThroughEveryCommand() throws {
        let folder = try Fixtures.temporaryFolder()
        for sample in Self.samples {
            let declaration = Fixtures.path("samples/\(sample)/declaration.txt")
            let actuals = Fixtures.path("samples/\(sample)/actuals.csv")
            for rules in Self.rules {
                let context = "\(sample) under \(rules)"
                let card = try json(try CLIRunner.run(["score", declaration, actuals, "--rules", rules, "--format", "json"]), context)
                let projects = try XCTUnwrap(card["projects"] as? [[String: Any]])
                var scores: [String: String] = [:]
                for project in projects {
                    let name = project["name"] as! String
                    for row in project["indicators"] as! [[String: Any]] {
                        scores["\(name)/\(row["name"]!)"] = "\(row["score"]!)"
                    }
                }

                // verify: jixiao's own workbook, in both languages, follows in every figure.
                for language in ["zh", "en"] {
                    let workbook = folder.appendingPathComponent("\(sample)-\(rules)-\(language).xlsx").path
                    let written = try CLIRunner.run(["score", declaration, actuals, "--rules", rules, "--lang", language, "-o", workbook, "-q"])
                    XCTAssertLessThan(written.status, 2, context)
                    let verified = try json(try CLIRunner.run(["verify", workbook, "--rules", rules, "--format", "json"]), context)
                    let check = try XCTUnwrap(verified["verification"] as? [String: Any])
                    let discrepancies = check["discrepancies"] as? [[String: Any]] ?? []
                    XCTAssertEqual(discrepancies.count, 0, "\(context) \(language): \(discrepancies)")
                    let recomputed = (check["projects"] as? [[String: Any]] ?? []).map { "\($0["name"]!) \($0["recomputedTotal"]!)" }
                    XCTAssertEqual(recomputed, projects.map { "\($0["name"]!) \($0["total"]!)" }, context)
                }

                // explain states the scorecard's own figures.
                for project in projects {
                    let name = project["name"] as! String
                    let explained = try CLIRunner.run(["explain", declaration, actuals, "--rules", rules, "--project", name])
                    let total = Rounding.fixed(Decimal(string: "\(project["total"]!)")!)
                    let execution = Rounding.fixed(Decimal(string: "\(project["executionScore"]!)")!)
                    let last = explained.stdout.split(separator: "\n").last.map(String.init) ?? ""
                    XCTAssertTrue(last.contains(total) && last.contains(project["grade"] as! String), "\(context) \(name): \(last)")
                    XCTAssertTrue(explained.stdout.contains(execution), "\(context) \(name): execution \(execution)")
                    for row in project["indicators"] as! [[String: Any]] {
                        let shown = Rounding.fixed(Decimal(string: "\(row["score"]!)")!)
                        XCTAssertTrue(explained.stdout.contains("\(row["name"]!): "), "\(context) \(name)")
                        _ = shown
                    }
                }

                // monitor at month 12 with the year-end actuals: a row judged as it stands is likely
                // exactly when score met it.
                let monitor = try json(try CLIRunner.run(["monitor", declaration, actuals, "--month", "12", "--rules", rules,
                                                          "--format", "json"]), context)
                let report = try XCTUnwrap(monitor["monitor"] as? [String: Any])
                var compared = 0
                for project in report["projects"] as? [[String: Any]] ?? [] {
                    let name = project["name"] as! String
                    let scored = projects.first { $0["name"] as? String == name }?["indicators"] as? [[String: Any]] ?? []
                    for (row, year) in zip(project["indicators"] as? [[String: Any]] ?? [], scored)
                    where row["basis"] as? String == "as-it-stands" {
                        compared += 1
                        XCTAssertEqual(row["likelihood"] as? String == "likely", year["status"] as? String == "met",
                                       "\(context) \(name)/\(row["name"]!): \(row["likelihood"]!) vs \(year["status"]!)")
                    }
                }
                XCTAssertGreaterThan(compared, 0, context)

                // --need lists the points each row lost, as score gave them.
                let need = try json(try CLIRunner.run(["score", declaration, actuals, "--rules", rules, "--need", "优", "--format", "json"]),
                                    context)
                for plan in need["need"] as? [[String: Any]] ?? [] {
                    let name = plan["project"] as! String
                    let rows = projects.first { $0["name"] as? String == name }?["indicators"] as? [[String: Any]] ?? []
                    for step in plan["steps"] as? [[String: Any]] ?? [] where step["indicator"] as? String != "预算执行" {
                        let row = try XCTUnwrap(rows.first { $0["name"] as? String == step["indicator"] as? String })
                        let lost = Decimal(string: "\(row["points"]!)")! - Decimal(string: "\(row["score"]!)")!
                        XCTAssertEqual(Decimal(string: "\(step["lost"]!)"), lost, "\(context) \(name)/\(step["indicator"]!)")
                    }
                }

                // compare shows last year's scores as score gave them.
                let cardFile = folder.appendingPathComponent("\(sample)-\(rules).json")
                try Data(try JSONSerialization.data(withJSONObject: card)).write(to: cardFile)
                let comparison = try json(try CLIRunner.run(["compare", cardFile.path, declaration, "--rules", rules, "--format", "json"]),
                                          context)
                let items = ((comparison["comparison"] as? [String: Any])?["projects"] as? [[String: Any]] ?? [])
                    .flatMap { project in (project["indicators"] as? [[String: Any]] ?? []).map { (project["name"] as! String, $0) } }
                XCTAssertFalse(items.isEmpty, context)
                for (project, item) in items {
                    guard let last = item["lastScore"] else { continue }
                    XCTAssertEqual("\(last)", scores["\(project)/\(item["name"]!)"], "\(context) \(project)/\(item["name"]!)")
                }
            }
        }
    }

    /// A bare-number ceiling under 成本指标, exceeded: `score` reads it as ≤ (the rule file's
    /// `quantitative.bareNumber.cost`), and so do `verify` and `monitor`.
    func testABareCostTargetIsACeilingEverywhere() throws {
        let folder = try Fixtures.temporaryFolder()
        let form = Fixtures.form("甲项目", total: "1,000,000.00", rows: "成本指标\t经济成本指标\t成本控制额\t100(万元)\n产出指标\t数量指标\t完成数量\t≥10(个)\n")
        try Data(form.utf8).write(to: folder.appendingPathComponent("d.txt"))
        try Data("项目名称,三级指标,实际完成值\n甲项目,成本控制额,125万元\n甲项目,完成数量,10个\n甲项目,全年执行数,1000000\n".utf8)
            .write(to: folder.appendingPathComponent("a.csv"))
        let card = try json(try CLIRunner.run(["score", "d.txt", "a.csv", "--format", "json"], in: folder), "score")
        let row = try XCTUnwrap(((card["projects"] as? [[String: Any]])?.first?["indicators"] as? [[String: Any]])?.first)
        // 效益 and 满意度 have no rows, so their points go to 产出: 90 over two rows, 45 each; ≤100 exceeded
        // at 125: 45 × 100/125 = 36 (as ≥ it would keep 45).
        XCTAssertEqual("\(row["score"]!)", "36")
        XCTAssertEqual(try CLIRunner.run(["score", "d.txt", "a.csv", "-o", "form.xlsx", "-q"], in: folder).status, 0)
        let verified = try json(try CLIRunner.run(["verify", "form.xlsx", "--format", "json"], in: folder), "verify")
        XCTAssertEqual(((verified["verification"] as? [String: Any])?["discrepancies"] as? [Any])?.count, 0, "\(verified)")
        let monitor = try json(try CLIRunner.run(["monitor", "d.txt", "a.csv", "--month", "12", "--format", "json"], in: folder), "monitor")
        let first = ((((monitor["monitor"] as? [String: Any])?["projects"] as? [[String: Any]])?.first?["indicators"]) as? [[String: Any]])?.first
        XCTAssertEqual(first?["likelihood"] as? String, "unlikely", "a ceiling passed cannot be met: \(String(describing: first))")
    }

    /// explain under county-practice states 预算执行 in steps and the whole-point rounding, and the
    /// total rescaled to 100, with the figures score gave.
    func testExplainStatesTheStepsAndTheRoundingScoreUsed() throws {
        let declaration = Fixtures.path("samples/county-practice-2023/declaration.txt")
        let actuals = Fixtures.path("samples/county-practice-2023/actuals.csv")
        let steps = try CLIRunner.run(["explain", declaration, actuals, "--rules", "county-practice", "--project", "农技推广服务"])
        XCTAssertTrue(steps.stdout.contains("an execution rate of 92.00%. The rule file scores it in steps (execution.scoring: steps): 0.5 points off for each percentage point below 95%, so 10.00 − (95 − 92) × 0.5 = 8.5, rounded half-up to 9.00 (never above the 10.00 points)."),
                      steps.stdout)
        let rescaled = try CLIRunner.run(["explain", declaration, actuals, "--rules", "county-practice", "--project", "高标准农田建设",
                                          "--lang", "zh"])
        XCTAssertTrue(rescaled.stdout.contains("= 107.00，满分 110.00；按百分制折算（totals.rescaleTo100）：107.00 × 100 ÷ 110.00 = 97.272727…，四舍五入保留 0 位小数为 97.00"),
                      rescaled.stdout)
    }
}
