import Foundation
@testable import Jixiao

/// The bundled rule files, loaded once.
enum RuleFixtures {
    static let mof: RuleSet = load("scoring-rules/mof-2020.json5")
    static let province: RuleSet = load("scoring-rules/province-20-80-70-60.json5")

    static func load(_ relative: String) -> RuleSet {
        let (rules, diagnostics) = RuleSetLoader.load(path: Fixtures.path(relative))
        guard let rules else { fatalError("\(relative): \(diagnostics.map { $0.rendered(in: .en) })") }
        return rules
    }

    static func target(_ text: String) -> Target { TargetParser.parse(text).target }
}
