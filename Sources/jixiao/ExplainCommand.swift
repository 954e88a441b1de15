import Foundation
import Jixiao

/// `jixiao explain DECLARATION ACTUALS --project NAME [--indicator NAME] [--rules FILE]`.
enum ExplainCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        guard let project = invocation.value("--project") else {
            throw UsageError(.usageNeedProject, command: "explain")
        }
        let (scorecard, diagnostics) = Assessment.score(
            declarationPath: invocation.positionals[0], actualsPath: invocation.positionals[1],
            rules: invocation.value("--rules"), sheet: invocation.value("--sheet"), command: "explain")
        guard let scorecard else {
            console.report(diagnostics)
            return .inputError
        }
        let catalog = console.catalog
        switch Explanation.explain(scorecard, project: project, indicator: invocation.value("--indicator"),
                                   language: console.language) {
        case .success(let text):
            console.out(text)
            console.report(diagnostics.filter { $0.severity == .error })
            return diagnostics.hasErrors ? .inputError : .success
        case .failure(.noProject(let name, let available)):
            console.err(catalog.phrase(.explainNoProject, name) + "\n" + available.map { "  \($0)\n" }.joined())
            return .inputError
        case .failure(.noIndicator(let name, let project, let available)):
            console.err(catalog.phrase(.explainNoIndicator, project, name) + "\n" + available.map { "  \($0)\n" }.joined())
            return .inputError
        }
    }
}
