import Foundation
import XCTest
@testable import Jixiao

/// The differential test of the score arithmetic: jixiao scores rows in 128-bit integers (`Fixed`,
/// `IndicatorScorer`); the first scorer's `Decimal` arithmetic (`DecimalScorer`) is the oracle.
/// Every row of the sample corpus and 20,000 generated rows, under every rounding and
/// reverse-formula setting, must give the same score and status, and the same printed digits.
final class ScoreArithmeticTests: XCTestCase {
    /// Rule variants: the three bundled scoring files, and mof-2020 with each rounding, each
    /// reverse formula, an over-achievement deduction and strict bounds scoring 0, and two tolerances.
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
        deducting.strictBound = .zero
        out.append(deducting)
        // A tolerance band (quantitative.tolerance), on both formulas.
        for (tolerance, reverse) in [("10", RuleSet.ReverseFormula.ratio), ("2.5", .linear)] {
            var tolerant = RuleFixtures.mof
            tolerant.tolerance = Decimal(string: tolerance)!
            tolerant.reverse = reverse
            out.append(tolerant)
        }
        return out
    }()

    func assertSame(_ target: Target?, _ actual: ActualInput, _ points: Decimal, _ rules: RuleSet, _ what: @autoclosure () -> String,
                    file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let fast = IndicatorScorer.score(target: target, actual: actual, points: Fixed(points), rules: rules)
        let (score, status) = DecimalScorer.score(target: target, actual: Self.oracle(actual), points: points, rules: rules)
        if fast.status != status || fast.score.description != score.description {
            XCTFail("\(what()): integers \(fast.score) \(fast.status), Decimal \(score) \(status)", file: file, line: line)
            return false
        }
        return true
    }

    /// The actual as the oracle takes it.
    static func oracle(_ actual: ActualInput) -> DecimalScorer.Actual {
        switch actual {
        case .missing: return .missing
        case .invalid: return .invalid
        case .number(let value): return .number(value.decimal)
        case .level(let level, let percent): return .level(level, percent: percent?.decimal)
        case .judged(let value, let level): return .judged(value.decimal, level: level)
        }
    }

    func testTheSampleCorpusScoresTheSameInBothArithmetics() throws {
        var rows = 0
        for sample in ["shanghai-hpf-2026", "demo-second-unit", "county-practice-2023"] {
            let loaded = DeclarationLoader.load(path: Fixtures.path("samples/\(sample)/declaration.txt"))
            let actuals = ActualsReader.load(path: Fixtures.path("samples/\(sample)/actuals.csv"))
            let matched = ActualsMatcher.match(loaded.table, actuals.table, file: "actuals.csv")
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
            case 0: actual = .level([.met, .partial, .unmet][Int(generator.next() % 3)], percent: Fixed(decimal(maxDigits: 3, places: 2)))
            case 1: actual = .level(.partial, percent: nil)
            case 2: actual = .judged(Fixed(decimal(maxDigits: 4, places: 2)), level: nil)
            default: actual = .number(Fixed(decimal(maxDigits: 9, places: 6)))
            }
            let rules = Self.variants[round % Self.variants.count]
            if !assertSame(target, actual, points, rules, "\(text) A=\(actual) W=\(points) rules #\(round % Self.variants.count)") {
                failures += 1
            }
        }
    }
}
