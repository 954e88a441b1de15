import Foundation

/// The `score` job in one call: read the rule file, the declaration and the actuals, match, score
/// and roll up. Returns the scorecard (nil only when the rule file is unusable) and every
/// diagnostic of every stage.
public enum Assessment {
    public static func score(declarationPath: String, actualsPath: String, rulesPath: String,
                             sheet: String? = nil) -> (Scorecard?, [Diagnostic]) {
        let (rules, ruleDiagnostics) = RuleSetLoader.load(path: rulesPath)
        let loaded = DeclarationLoader.load(path: declarationPath)
        let actuals = ActualsReader.load(path: actualsPath, sheet: sheet)
        var diagnostics = ruleDiagnostics + loaded.diagnostics + actuals.diagnostics
        guard let rules else { return (nil, diagnostics) }
        let matching = ActualsMatcher.match(loaded.declaration, rows: actuals.rows, file: actualsPath)
        diagnostics += matching.diagnostics
        var scorecard = ScorecardBuilder.build(declaration: loaded.declaration, matched: matching.projects, rules: rules,
                                               rulesFile: rulesPath, declarationFile: declarationPath,
                                               actualsFile: actualsPath)
        diagnostics += scorecard.diagnostics
        scorecard.diagnostics = diagnostics
        return (scorecard, diagnostics)
    }
}
