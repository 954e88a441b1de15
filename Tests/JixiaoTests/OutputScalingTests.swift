import Foundation
import XCTest
@testable import Jixiao

/// No output is worse than linear in its input: each format is rendered with one project named in
/// 30,000 characters and with the same project under its own short name. The long render may take
/// longer in proportion to the bytes it writes, with a wide margin for a noisy machine, never by
/// the square of the name (a trailing-space regular expression once made the table take minutes).
final class OutputScalingTests: XCTestCase {
    func scorecard(projectName suffix: String) throws -> Scorecard {
        let folder = try Fixtures.temporaryFolder()
        let sample = Fixtures.path("samples/shanghai-hpf-2026")
        let declaration = try String(contentsOfFile: sample + "/declaration.txt", encoding: .utf8)
            .replacingOccurrences(of: "项目名称\t补充公积金\t", with: "项目名称\t补充公积金\(suffix)\t")
        let actuals = try String(contentsOfFile: sample + "/actuals.csv", encoding: .utf8)
            .replacingOccurrences(of: "\n补充公积金,", with: "\n补充公积金\(suffix),")
        let d = folder.appendingPathComponent("declaration.txt"), a = folder.appendingPathComponent("actuals.csv")
        try declaration.write(to: d, atomically: true, encoding: .utf8)
        try actuals.write(to: a, atomically: true, encoding: .utf8)
        let (scorecard, diagnostics) = Assessment.score(declarationPath: d.path, actualsPath: a.path, rules: nil)
        XCTAssertFalse(diagnostics.contains { $0.severity == .error }, "\(diagnostics.map { $0.rendered(in: .en) })")
        let card = try XCTUnwrap(scorecard)
        XCTAssertTrue(card.projects.contains { $0.name == "补充公积金" + suffix })
        return card
    }

    /// The fastest of three runs, in seconds, and the size of what was made.
    func measure(_ render: () -> Int) -> (Double, Int) {
        var best = Double.infinity
        var size = 0
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            size = render()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return (best, size)
    }

    func testEveryFormatIsLinearInANamesLength() throws {
        let short = try scorecard(projectName: "")
        let long = try scorecard(projectName: String(repeating: "长", count: 30_000))
        let formats: [(String, (Scorecard) -> Int)] = [
            ("table", { ScorecardTable.render($0, language: .zh, detail: true).utf8.count }),
            ("json", { ScorecardJSON.encode($0, language: .zh).count }),
            ("csv", { ScorecardCSV.csv($0, language: .zh).count }),
            ("html", { ScorecardHTML.html($0, language: .zh).count }),
            ("xlsx", { ScorecardWorkbook.xlsx($0, language: .zh).count }),
        ]
        for (name, render) in formats {
            let (shortTime, shortSize) = measure { render(short) }
            let (longTime, longSize) = measure { render(long) }
            // Linear: time grows at most with the bytes written (×25 margin), plus 50 ms of slack.
            let allowed = max(shortTime, 0.001) * 25 * Double(longSize) / Double(max(shortSize, 1)) + 0.05
            XCTAssertLessThan(longTime, allowed, "\(name): \(longTime) s for \(longSize) bytes against \(shortTime) s for \(shortSize)")
        }
    }
}
