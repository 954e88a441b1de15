import Foundation

/// The money of a scorecard read back for `rollup`, checked before it is counted: no budget or
/// spending below 0, a unit budget above 0 (a unit of budget 0 has no execution rate and no weight),
/// and the unit's budget and spending equal to the sums of its projects', as `score` writes them.
/// A scorecard that fails is an error at the figure (its line and column) and is left out; a
/// project of budget 0 is a warning, since `score` itself writes one (JX506) and its weight is 0.
enum ScorecardFigures {
    static func check(_ card: ScorecardFile, bytes: [UInt8], file: String) -> [Diagnostic] {
        // The findings with the path of the figure each names; placed in one reading of the file.
        var found: [(path: [JSON5Locator.Step], code: DiagnosticCode, arguments: [String])] = []
        for (index, project) in card.projects.enumerated() {
            let figures: [(String, Decimal?)] = [("budget", project.budget), ("spent", project.spent)]
            for (key, value) in figures {
                guard let value else { continue }
                let path: [JSON5Locator.Step] = [.key("projects"), .index(index), .key(key)]
                if value < 0 {
                    found.append((path, .scorecardBadFigure, [project.name, key, Rounding.grouped(value, places: 2)]))
                } else if key == "budget" && value == 0 {
                    found.append((path, .scorecardZeroBudget, [project.name]))
                }
            }
        }
        if card.unit.budget <= 0 {
            found.append(([.key("unit"), .key("budget")], .scorecardUnitBudget,
                          [card.unit.name, Rounding.grouped(card.unit.budget, places: 2)]))
        }
        // The unit's money is its projects' sums, or, with a 部门整体 form alone, that form's.
        let alone = card.projects.isEmpty ? card.department : nil
        let sums: [(String, Decimal, Decimal)] = [
            ("budget", card.unit.budget, alone?.budget ?? card.projects.reduce(Decimal(0)) { $0 + $1.budget }),
            ("spent", card.unit.spent, alone.map { $0.spent ?? 0 } ?? card.projects.reduce(Decimal(0)) { $0 + ($1.spent ?? 0) }),
        ]
        for (key, unit, sum) in sums where unit != sum {
            found.append(([.key("unit"), .key(key)], .scorecardDoesNotAddUp,
                          [card.unit.name, key, Rounding.grouped(unit, places: 2), Rounding.grouped(sum, places: 2)]))
        }
        let places = JSON5Locator.places(of: Set(found.map(\.path)), in: bytes, json5: false)
        return found.map { finding in
            let place = places[finding.path]
            return Diagnostic(code: finding.code, severity: finding.code.defaultSeverity,
                              location: SourceLocation(file: file, line: place?.line ?? 0, column: place?.column),
                              arguments: finding.arguments)
        }
    }
}
