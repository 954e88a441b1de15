import Foundation

/// The `compare` job: LAST is a scorecard (`score --format json`); THIS is a scorecard too, or a
/// declaration in any form `DeclarationLoader` reads. Nil report when either cannot be used.
public enum YearOverYear {
    public static func run(lastPath: String, thisPath: String, rules rulesArgument: String?) -> (YearComparison?, [Diagnostic]) {
        let (rules, ruleDiagnostics, _) = RuleSetLoader.load(argument: rulesArgument)
        guard let rules else { return (nil, ruleDiagnostics) }
        guard let lastCard = scorecard(lastPath) else {
            return (nil, ruleDiagnostics + [Diagnostic(.compareNeedsScorecard, at: SourceLocation(file: lastPath, line: 0))])
        }
        let this: YearSide
        var diagnostics = ruleDiagnostics
        if let card = scorecard(thisPath) {
            this = YearSide(scorecard: card.projects)
        } else {
            let loaded = DeclarationLoader.load(path: thisPath)
            diagnostics += loaded.diagnostics
            guard loaded.isUsable else { return (nil, diagnostics) }
            this = YearSide(declaration: loaded.declaration)
        }
        let (report, found) = YearComparer.compare(last: YearSide(scorecard: lastCard.projects), this: this, lastName: lastPath,
                                                    thisName: thisPath, thisFile: thisPath, rules: rules)
        return (report, diagnostics + found)
    }

    static func scorecard(_ path: String) -> ScorecardFile? {
        guard case .success(let data) = InputFile.read(path) else { return nil }
        return try? JSONDecoder().decode(ScorecardFile.self, from: data)
    }
}
