import Foundation
import XCTest
@testable import Jixiao

/// Properties over generated inputs: mutations of the seed declaration, and random actuals.
/// The generator is seeded, so a failure can be replayed.
final class PropertyTests: XCTestCase {
    /// A small deterministic generator (SplitMix64).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seedLines: [String] = DeclarationText.lines(of: try! String(contentsOfFile: Fixtures.seedDeclaration, encoding: .utf8))

    /// Drops lines, wraps cells onto a new line, and shuffles rows within a table.
    func mutate(_ lines: [String], using rng: inout Generator) -> [String] {
        var out = lines
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            guard !out.isEmpty else { break }
            let i = Int.random(in: 0..<out.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0:
                out.remove(at: i)
            case 1:
                let scalars = Array(out[i].unicodeScalars)
                guard scalars.count > 2 else { continue }
                let cut = Int.random(in: 1..<scalars.count, using: &rng)
                var head = String.UnicodeScalarView(), tail = String.UnicodeScalarView()
                head.append(contentsOf: scalars[..<cut])
                tail.append(contentsOf: scalars[cut...])
                out[i] = String(head)
                out.insert("\t\t\t" + String(tail), at: i + 1)
            default:
                let j = min(out.count - 1, i + Int.random(in: 1...3, using: &rng))
                if out[i].contains("指标") || out[j].contains("指标") { out.swapAt(i, j) }
            }
        }
        return out
    }

    func testMutatedDeclarationsLoseNothingAndRoundTrip() {
        var rng = Generator(state: 2026)
        for round in 0..<300 {
            let lines = mutate(Self.seedLines, using: &rng)
            let text = lines.joined(separator: "\n")
            let result = DeclarationScanner.read(Array(text.utf8), file: "m.txt")
            let reported = Set(result.diagnostics.map(\.location.line))
            for (index, line) in lines.enumerated() where !DeclarationText.isBlank(line) {
                XCTAssertTrue(result.consumedLines.contains(index + 1) || reported.contains(index + 1),
                              "round \(round): line \(index + 1) lost: \(line)")
            }
            let json = DeclarationDocument(declaration: result.declaration, diagnostics: result.diagnostics, language: .en).encoded()
            let again = DeclarationLoader.load(data: json, file: "m.json")
            XCTAssertEqual(again.declaration, result.declaration, "round \(round): JSON round trip")
        }
    }

    /// A large file read in two halves gives what reading it in one go gives.
    func testParallelReadingIsTheSameAsSequential() {
        let copies = (1...120).map { k in Self.seedLines.joined(separator: "\n").replacingOccurrences(of: "项目名称\t", with: "项目名称\t\(k)-") }
        let text = copies.joined(separator: "\n")
        let parallel = DeclarationScanner.read(Array(text.utf8), file: "p.txt", parallel: true)
        let sequential = DeclarationScanner.read(Array(text.utf8), file: "p.txt", parallel: false)
        XCTAssertEqual(parallel.declaration, sequential.declaration)
        XCTAssertEqual(parallel.diagnostics.sortedForOutput(), sequential.diagnostics.sortedForOutput())
        XCTAssertEqual(parallel.consumedLines, sequential.consumedLines)
        XCTAssertEqual(parallel.declaration.projects.count, 1320)
    }

    func testScoresNeverExceedPointsAndRowsAddUp() throws {
        let declaration = DeclarationLoader.load(path: Fixtures.seedDeclaration).declaration
        var rng = Generator(state: 7)
        let values = ["", "100%", "0", "-3", "85.5%", "1,234.5万元", "达成", "部分达成", "未达成 20%", "部分达成 79.99",
                      "NaN", "12件", "0.5", "999999999", "及时", "８８％", "365天", "5"]
        for round in 0..<40 {
            var csv = "项目名称,三级指标,实际完成值\n"
            for project in declaration.projects {
                for indicator in project.indicators {
                    csv += "\(project.name),\(indicator.name),\"\(values.randomElement(using: &rng)!)\"\n"
                }
                csv += "\(project.name),全年执行数,\(Int.random(in: 0...20_000_000, using: &rng))\n"
            }
            let rows = ActualsReader.read(text: csv, file: "r.csv").rows
            let matched = ActualsMatcher.match(declaration, rows: rows, file: "r.csv")
            for rules in [RuleFixtures.mof, RuleFixtures.province] {
                let card = ScorecardBuilder.build(matched, rules: rules,
                                                  rulesFile: "r", declarationFile: "d", actualsFile: "r.csv")
                for project in card.projects {
                    XCTAssertEqual(project.indicators.reduce(project.executionScore) { $0 + $1.score }, project.total)
                    XCTAssertEqual(project.indicators.reduce(rules.executionPoints) { $0 + $1.points }, 100, "round \(round)")
                    XCTAssertLessThanOrEqual(project.executionScore, rules.executionPoints)
                    for row in project.indicators {
                        XCTAssertLessThanOrEqual(row.score, row.points, "round \(round) \(row.name) \(row.actual ?? "")")
                        XCTAssertGreaterThanOrEqual(row.score, 0)
                        XCTAssertEqual(Rounding.halfUp(row.score), row.score)
                    }
                }
                XCTAssertGreaterThanOrEqual(card.unit.score, 0)
                XCTAssertLessThanOrEqual(card.unit.score, 100)
            }
        }
    }
}
