import Foundation

/// The `verify` job: read a submitted 自评表 (`SubmittedReader`) and recompute it (`Verifier`).
/// Nil report when the rule file or the file cannot be used, or the file holds no 自评表.
public enum Verification {
    public static func run(path: String, rules rulesArgument: String?, language: Language) -> (VerificationReport?, [Diagnostic]) {
        let (rules, ruleDiagnostics, _) = RuleSetLoader.load(argument: rulesArgument)
        let read = SubmittedReader.load(path: path)
        let diagnostics = ruleDiagnostics + read.diagnostics
        guard let rules, !read.form.projects.isEmpty else { return (nil, diagnostics) }
        var report = Verifier.verify(read.form, rules: rules, file: path, language: language)
        // A recomputed row's working, in the words of `explain` and `score --detail`.
        let c = MessageCatalog.for(language)
        for index in report.discrepancies.indices {
            if let row = report.discrepancies[index].row { report.discrepancies[index].basis = WorkingText.render(row, c) }
        }
        report.audit = report.findings.map { DiagnosticRecord($0, language: language) }
        return (report, diagnostics)
    }
}
