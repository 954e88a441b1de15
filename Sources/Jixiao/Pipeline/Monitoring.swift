import Foundation

/// The `monitor` job in one call: read the rule file, the declaration and the progress file (an
/// actuals file with values to date), match them and judge every row at month M
/// (`ProgressAssessor`). Nil report when an input cannot be used at all, or when no row of the
/// progress file names a project of the declaration (one error, JX804, not one per row).
///
/// A progress file leaves many rows blank at mid-year: the year end's notes on a blank or absent
/// actual (JX328, JX329) are not given here; such a row shows as 未填报 in the report.
public enum Monitoring {
    public static func run(declarationPath: String, progressPath: String, rules rulesArgument: String?, month: Int,
                           sheet: String? = nil) -> (ProgressReport?, [Diagnostic]) {
        let (rules, ruleDiagnostics, _) = RuleSetLoader.load(argument: rulesArgument)
        let loaded = DeclarationLoader.load(path: declarationPath)
        let progress = ActualsReader.load(path: progressPath, sheet: sheet)
        if let swapped = Assessment.swapped(loaded.diagnostics, progress.diagnostics, declarationPath, progressPath, command: "monitor") {
            return (nil, ruleDiagnostics + [swapped])
        }
        var diagnostics = ruleDiagnostics + loaded.diagnostics + progress.diagnostics
        guard let rules, loaded.isUsable, progress.isUsable else { return (nil, diagnostics) }
        let matching = ActualsMatcher.match(loaded.declaration, rows: progress.rows, file: progressPath,
                                            declarationFile: declarationPath, vocabulary: rules.qualitative.vocabulary)
        let used = matching.projects.contains { match in match.spentRow != nil || match.rows.contains { $0 != nil } }
        guard used else {
            return (nil, diagnostics + [Diagnostic(.monitorNoMatch, at: SourceLocation(file: progressPath, line: 0), String(progress.rows.count))])
        }
        let quiet: Set<DiagnosticCode> = [.blankActual, .noActualRow, .blankSpending]
        diagnostics += loaded.relocate(matching.diagnostics.filter { !quiet.contains($0.code) }, file: declarationPath)
        var (report, found) = ProgressAssessor.assess(loaded.declaration, matched: matching.projects, rules: rules, month: month,
                                                      file: progressPath)
        diagnostics += found
        report.diagnostics = diagnostics
        return (report, diagnostics)
    }
}
