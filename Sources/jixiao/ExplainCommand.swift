import Foundation
import Jixiao

/// `jixiao explain DECLARATION ACTUALS --project NAME [--indicator NAME] [--rules FILE]`.
enum ExplainCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        guard let project = invocation.value("--project") else {
            throw UsageError("--project NAME is required", command: "explain")
        }
        let (scorecard, diagnostics) = Assessment.score(
            declarationPath: invocation.positionals[0], actualsPath: invocation.positionals[1],
            rulesPath: invocation.value("--rules") ?? RulesLocation.defaultPath(), sheet: invocation.value("--sheet"))
        console.report(diagnostics.filter { $0.severity == .error })
        guard let scorecard else { return .inputError }
        switch Explanation.explain(scorecard, project: project, indicator: invocation.value("--indicator"),
                                   language: console.language) {
        case .success(let text):
            console.out(text)
            return diagnostics.hasErrors ? .inputError : .success
        case .failure(.noProject(let name, let available)):
            console.err("jixiao explain: no project named '\(name)'; the projects are:\n" + available.map { "  \($0)\n" }.joined())
            return .inputError
        case .failure(.noIndicator(let name, let project, let available)):
            console.err("jixiao explain: project '\(project)' has no indicator named '\(name)'; its indicators are:\n"
                        + available.map { "  \($0)\n" }.joined())
            return .inputError
        }
    }
}
