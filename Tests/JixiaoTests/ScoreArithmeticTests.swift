import Foundation
import XCTest
@testable import Jixiao

/// The differential test of the score arithmetic: jixiao scores rows in 128-bit integers
/// (`ExactQuotient`); the first scorer's `Decimal` arithmetic is the oracle. Every row of the sample
/// corpus and many generated rows, under every rounding and reverse-formula setting, must give the
/// same score, status and working, and the same printed digits.
final class ScoreArithmeticTests: XCTestCase {
    /// Rule variants: the three bundled scoring files, and mof-2020 with each rounding, each
    /// reverse formula and an over-achievement deduction.
    static let variants: [RuleSet] = {
        var out = [RuleFixtures.mof, RuleFixtures.province, RuleFixtures.load("scoring-rules/county-practice.json5")]
        for mode in RuleSet.ScoreRounding.Mode.allCases {
            for places in 0...2 {
                var rules = RuleFixtures.mof
                rules.rounding = RuleSet.ScoreRounding(mode: mode, places: places)
                rules.reverse = places == 1 ? .linear : .ratio
                out.append(rules)
            }
        }
        var deducting = RuleFixtures.mof
        deducting.overAchievementRatio = Decimal(string: "1.2")
        deducting.overAchievementDeduct = Decimal(string: "12.5")!
        out.append(deducting)
        return out
    }()

    func assertSame(_ target: Target?, _ actual: ActualInput, _ points: Decimal, _ rules: RuleSet, _ what: @autoclosure () -> String,
                    file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let fast = IndicatorScorer.score(target: target, actual: actual, points: points, rules: rules, arithmetic: .integers)
        let oracle = IndicatorScorer.score(target: target, actual: actual, points: points, rules: rules, arithmetic: .decimal)
        if fast != oracle || fast.score.description != oracle.score.description {
            XCTFail("\(what()): integers \(fast.score) \(fast.status), Decimal \(oracle.score) \(oracle.status)", file: file, line: line)
            return false
        }
        return true
    }

    func testTheSampleCorpusScoresTheSameInBothArithmetics() throws {
        var rows = 0
        for sample in ["shanghai-hpf-2026", "demo-second-unit", "county-practice-2023"] {
            let loaded = DeclarationLoader.load(path: Fixtures.path("samples/\(sample)/declaration.txt"))
            let actuals = ActualsReader.load(path: Fixtures.path("samples/\(sample)/actuals.csv"))
            let matched = ActualsMatcher.match(loaded.declaration, rows: actuals.rows, file: "actuals.csv")
            XCTAssertFalse(matched.projects.isEmpty, sample)
            for (project, match) in zip(loaded.declaration.projects, matched.projects) {
                for (index, indicator) in project.indicators.enumerated() {
                    for points in ["16.67", "3.12", "10", "0.5", "7"].map({ Decimal(string: $0)! }) {
                        for rules in Self.variants {
                            rows += 1
                            _ = assertSame(indicator.target, match.inputs[index], points, rules,
                                           "\(sample) \(project.name) \(indicator.name) W=\(points)")
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(rows, 10_000)
    }

    func testGeneratedRowsScoreTheSameInBothArithmetics() {
        var generator = PropertyTests.Generator(state: 20261128)
        func decimal(maxDigits: Int, places: Int) -> Decimal {
            let digits = generator.next() % UInt64(pow(10, Double(maxDigits)))
            return Decimal(sign: .plus, exponent: -Int(generator.next() % UInt64(places + 1)), significand: Decimal(digits))
        }
        let operators = ["≥", "≤", "=", ">", "<"]
        var failures = 0
        for round in 0..<20_000 where failures < 5 {
            let t = decimal(maxDigits: 7, places: 4)
            let text: String
            switch round % 7 {
            case 5: text = "\(t)-\(t + decimal(maxDigits: 5, places: 2))(万元)"
            case 6: text = "\(operators[round % 5])\(t)(%)"
            default: text = "\(operators[round % 5])\(t)"
            }
            let target = TargetParser.parse(text).target
            let points = decimal(maxDigits: 4, places: 2)
            let actual: ActualInput
            switch round % 11 {
            case 0: actual = .level([.met, .partial, .unmet][Int(generator.next() % 3)], percent: decimal(maxDigits: 3, places: 2))
            case 1: actual = .level(.partial, percent: nil)
            case 2: actual = .judged(decimal(maxDigits: 4, places: 2), level: nil)
            default: actual = .number(decimal(maxDigits: 9, places: 6))
            }
            let rules = Self.variants[round % Self.variants.count]
            if !assertSame(target, actual, points, rules, "\(text) A=\(actual) W=\(points) rules #\(round % Self.variants.count)") {
                failures += 1
            }
        }
    }

    func testExactQuotientAgreesWithDecimalAndIsTaken() {
        var generator = PropertyTests.Generator(state: 7)
        var taken = 0
        for _ in 0..<25_000 {
            let x = Decimal(sign: .plus, exponent: -Int(generator.next() % 5), significand: Decimal(generator.next() % 100_000_000))
            let y = Decimal(sign: generator.next() % 9 == 0 ? .minus : .plus, exponent: -Int(generator.next() % 7),
                            significand: Decimal(generator.next() % 10_000_000_000))
            let z = Decimal(sign: .plus, exponent: -Int(generator.next() % 5), significand: Decimal(1 + generator.next() % 100_000_000))
            for places in 0...2 {
                for truncate in [false, true] {
                    let decimal = RuleSet.ScoreRounding(mode: truncate ? .truncate : .halfUp, places: places).apply(x * y / z)
                    guard let exact = ExactQuotient.rounded(x, y, z, places: places, truncate: truncate) else { continue }
                    taken += 1
                    XCTAssertEqual(exact.description, decimal.description, "\(x)·\(y)/\(z) to \(places) places, truncate \(truncate)")
                }
            }
        }
        XCTAssertGreaterThan(taken, 145_000, "the integer path must be the one used")
        XCTAssertNil(ExactQuotient.rounded(1, 1, 0, places: 2, truncate: false), "z = 0 is left to Decimal")
        XCTAssertEqual(ExactQuotient.rounded(Decimal(string: "2.675")!, 1, 1, places: 2, truncate: false), Decimal(string: "2.68"))
        XCTAssertEqual(ExactQuotient.rounded(Decimal(string: "-2.675")!, 1, 1, places: 2, truncate: false), Decimal(string: "-2.68"))
        XCTAssertEqual(ExactQuotient.rounded(Decimal(string: "9.629")!, 1, 1, places: 2, truncate: true), Decimal(string: "9.62"))
    }
}
