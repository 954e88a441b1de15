import Foundation

/// The `compare` job: LAST is a scorecard (`score --format json`); THIS is a scorecard too, or a
/// declaration in any form `DeclarationLoader` reads. Nil report when either cannot be used.
public enum YearOverYear {
    public static func run(lastPath: String, thisPath: String, rules rulesArgument: String?) -> (YearComparison?, [Diagnostic]) {
        let (rules, ruleDiagnostics, _) = RuleSetLoader.load(argument: rulesArgument)
        guard let rules else { return (nil, ruleDiagnostics) }
        let lastData: Data
        switch InputFile.read(lastPath) {
        case .success(let data): lastData = data
        case .failure(let diagnostic): return (nil, ruleDiagnostics + [diagnostic])
        }
        guard let lastCard = scorecard(lastData) else {
            return (nil, ruleDiagnostics + [Diagnostic(.compareNeedsScorecard, at: SourceLocation(file: lastPath, line: 0))])
        }
        let thisData: Data
        switch InputFile.read(thisPath) {
        case .success(let data): thisData = data
        case .failure(let diagnostic): return (nil, ruleDiagnostics + [diagnostic])
        }
        let this: YearSide
        var diagnostics = ruleDiagnostics
        if let card = scorecard(thisData) {
            this = YearSide(scorecard: card.projects)
        } else {
            let loaded = DeclarationLoader.load(data: thisData, file: thisPath)
            diagnostics += loaded.diagnostics
            guard loaded.isUsable else { return (nil, diagnostics) }
            this = YearSide(declaration: loaded.declaration)
        }
        let (report, found) = YearComparer.compare(last: YearSide(scorecard: lastCard.projects), this: this, lastName: lastPath,
                                                    thisName: thisPath, thisFile: thisPath, rules: rules)
        return (report, diagnostics + found)
    }

    /// The bytes as a scorecard, or nil when they are something else.
    static func scorecard(_ data: Data) -> ScorecardFile? {
        try? JSONDecoder().decode(ScorecardFile.self, from: data)
    }
}
