import Foundation

/// The `monitor` job in one call: read the rule file, the declaration and the progress file (an
/// actuals file with values to date), match them and judge every row at month M
/// (`ProgressAssessor`). Nil report when an input cannot be used at all, or when no row of the
/// progress file names a project of the declaration (one error, JX804, not one per row).
///
/// A progress file leaves many rows blank at mid-year: the year end's notes on a blank or absent
/// actual (JX328, JX329) are not given here; such a row shows as 未填报 in the report. A column
/// head or a spending row that names another month (`1-9月完成值` with `--month 7`) is a warning
/// at its cell (JX806): the figures are read as values to month M all the same.
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
        let matching = ActualsMatcher.match(loaded.table, progress.table, file: progressPath, declarationFile: declarationPath,
                                            vocabulary: rules.qualitative.vocabulary)
        let used = matching.match.spentRows.contains { $0 >= 0 } || matching.match.rows.contains { $0 >= 0 }
        guard used else {
            return (nil, diagnostics + [Diagnostic(.monitorNoMatch, at: SourceLocation(file: progressPath, line: 0), String(progress.rows.count))])
        }
        let quiet: Set<DiagnosticCode> = [.blankActual, .noActualRow, .blankSpending]
        diagnostics += loaded.relocate(matching.diagnostics.filter { !quiet.contains($0.code) }, file: declarationPath)
        var (report, found) = ProgressAssessor.assess(loaded.declaration, matched: matching.projects, rules: rules, month: month,
                                                      file: progressPath)
        diagnostics += found + otherMonths(progress, month: month, file: progressPath)
        report.diagnostics = diagnostics
        return (report, diagnostics)
    }

    /// A warning for each head cell and spending row that names a month other than `month`.
    static func otherMonths(_ progress: ActualsReader.Result, month: Int, file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if let header = progress.header {
            for (index, field) in header.fields.enumerated() {
                guard let named = ActualRow.monthToDate(PrintedText.compact(PrintedText.foldWidth(field))), named != month else { continue }
                found.append(Diagnostic(.monitorOtherMonth, at: SourceLocation(file: file, line: header.line, column: index + 1,
                                                                               cell: header.cell(index)),
                                        PrintedText.trimmed(field), String(named), String(month)))
            }
        }
        for row in progress.rows where row.special == .spent {
            guard let named = ActualRow.monthToDate(PrintedText.compact(PrintedText.foldWidth(row.indicatorName))), named != month else { continue }
            found.append(Diagnostic(.monitorOtherMonth, at: row.location(.indicator, file: file), row.indicatorName, String(named), String(month))
                .about(project: row.projectName))
        }
        return found
    }
}
