import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The `score` job in one call: read the rule file, the declaration and the actuals, match, score
/// and roll up. Returns the scorecard and every diagnostic of every stage.
///
/// The scorecard is nil when an input cannot be used at all — the rule file has errors, the
/// declaration has no project (missing, not text, the wrong kind of file), or the actuals have no
/// row — so that no output is made from nothing. Row-level errors still give a scorecard.
/// Two files given in each other's place are one error that says so (`JX007`), not a cascade.
public enum Assessment {
    /// `rules` is a `--rules` argument: a path, a built-in name, or nil for the built-in default.
    /// The declaration and the actuals are read at the same time, each on its own thread.
    /// `command` is the one the user ran (`score`, `explain`), which a message suggests running again
    /// with the files in their order when they were given the other way round.
    public static func score(declarationPath: String, actualsPath: String, rules rulesArgument: String?,
                             sheet: String? = nil, command: String = "score") -> (Scorecard?, [Diagnostic]) {
        let result = read(declarationPath: declarationPath, actualsPath: actualsPath, rules: rulesArgument, sheet: sheet,
                          command: command)
        // The inputs' text, lines and rows are freed by now; give their memory back to the system
        // before the outputs are made, so that the two do not add up in the peak.
        releaseFreedMemory()
        return result
    }

    /// glibc's `malloc_trim(0)` (not in Swift's Glibc module, so found by name); nothing elsewhere.
    static func releaseFreedMemory() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(nil, "malloc_trim") { _ = unsafeBitCast(symbol, to: Trim.self)(0) }
        #endif
    }

    static func read(declarationPath: String, actualsPath: String, rules rulesArgument: String?,
                     sheet: String?, command: String) -> (Scorecard?, [Diagnostic]) {
        let (rules, ruleDiagnostics, rulesFile) = RuleSetLoader.load(argument: rulesArgument)
        let reading = ChunkResults<ActualsReader.Result>(count: 1)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { reading[0] = ActualsReader.load(path: actualsPath, sheet: sheet) }
        let loaded = DeclarationLoader.load(path: declarationPath)
        group.wait()
        let actuals = reading[0]!
        if let swapped = swapped(loaded.diagnostics, actuals.diagnostics, declarationPath, actualsPath, command: command) {
            return (nil, ruleDiagnostics + [swapped])
        }
        guard let rules else { return (nil, ruleDiagnostics + loaded.diagnostics + actuals.diagnostics) }
        let (scorecard, diagnostics) = assess(declaration: loaded, actuals: actuals, rules: rules, rulesFile: rulesFile,
                                              declarationPath: declarationPath, actualsPath: actualsPath)
        return (scorecard, ruleDiagnostics + diagnostics)
    }

    /// Matches and scores inputs already read: the declaration's and the actuals' diagnostics, then
    /// matching's and scoring's. Nil scorecard when either input is unusable.
    public static func assess(declaration loaded: DeclarationLoader.Loaded, actuals: ActualsReader.Result, rules: RuleSet,
                              rulesFile: String, declarationPath: String, actualsPath: String) -> (Scorecard?, [Diagnostic]) {
        var diagnostics = loaded.diagnostics + actuals.diagnostics
        guard loaded.isUsable, actuals.isUsable else { return (nil, diagnostics) }
        let matching = ActualsMatcher.match(loaded.table, actuals.table, file: actualsPath, declarationFile: declarationPath,
                                            vocabulary: rules.qualitative.vocabulary, department: loaded.department?.name)
        diagnostics += loaded.relocate(matching.diagnostics, file: declarationPath)
        var scorecard = ScorecardBuilder.build(matching, rules: rules, rulesFile: rulesFile, declarationFile: declarationPath,
                                               actualsFile: actualsPath)
        if let form = loaded.department {
            // The department's form: its rows from the same actuals file, scored as a project's.
            let found = DepartmentActuals.read(form, table: actuals.table, rows: matching.departmentRows, file: actualsPath,
                                               declarationFile: declarationPath, vocabulary: rules.qualitative.vocabulary)
            let (department, scored) = DepartmentScorer.score(form, actuals: found, rules: rules, actualsFile: actualsPath,
                                                              declarationFile: declarationPath)
            scorecard.department = department
            if scorecard.projects.isEmpty {
                // The form alone: the unit is the department, its money the form's.
                scorecard.unit.name = scorecard.unit.name.isEmpty ? department.name : scorecard.unit.name
                scorecard.unit.budget = department.budget
                scorecard.unit.spent = department.spent ?? 0
                scorecard.unit.executionRate = department.executionRate
            } else {
                scorecard.unit.projectAverage = scorecard.unit.score
                scorecard.unit.projectAverageGrade = scorecard.unit.grade
            }
            scorecard.unit.score = department.total
            scorecard.unit.grade = department.grade
            // The unit's money stays its projects' (a roll-up counts it); the department's is its own.
            scorecard.diagnostics += found.diagnostics + scored
        }
        Auditor.audit(&scorecard, actualsFile: actualsPath)
        diagnostics += loaded.relocate(scorecard.diagnostics, file: declarationPath)
        scorecard.diagnostics = diagnostics
        return (scorecard, diagnostics)
    }

    /// One error when each file looks like the other kind; `command` is the one to run again
    /// (`score`, `monitor`).
    static func swapped(_ declaration: [Diagnostic], _ actuals: [Diagnostic], _ declarationPath: String,
                        _ actualsPath: String, command: String) -> Diagnostic? {
        guard declaration.contains(where: { $0.code == .actualsAsDeclaration }),
              actuals.contains(where: { $0.code == .declarationAsActuals }) else { return nil }
        return Diagnostic(.inputsSwapped, at: SourceLocation(file: declarationPath, line: 0), declarationPath, actualsPath, command)
    }
}
