import Foundation
import Jixiao

/// `jixiao score DECLARATION ACTUALS [--rules FILE] [--format table|json|csv|xlsx|html] [--detail] [--sheet NAME] [-o FILE]`.
/// The output is written first, then the diagnostics, then `wrote FILE`. When an input cannot be
/// used at all, nothing is written and an existing output file stays as it was.
enum ScoreCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = try invocation.format()
        let money = try invocation.money(default: .wanYuan)
        let (scorecard, diagnostics) = Assessment.score(declarationPath: invocation.positionals[0],
                                                       actualsPath: invocation.positionals[1],
                                                       rules: invocation.value("--rules"), sheet: invocation.value("--sheet"))
        guard let scorecard else {
            console.report(diagnostics)
            return .inputError
        }
        var plans: [GradePlan]?
        if let wanted = invocation.value("--need") {
            guard let found = GradePlan.plans(scorecard, wanted: wanted) else {
                let grades = scorecard.rules.grades.map(\.grade).joined(separator: ", ")
                throw UsageError(.usageBadChoice, "--need", grades, wanted, command: "score")
            }
            plans = found
        }
        let language = console.language
        var data: Data
        switch format {
        case .json:
            // Streamed into the output as it is made: a province's scorecard is never held whole.
            guard try console.deliver(to: invocation.value("--output"), diagnostics: diagnostics, streaming: { emit in
                ScorecardJSON.stream(scorecard, language: language, plans: plans, to: emit)
            }) else { return .inputError }
            return finish(scorecard, invocation: invocation, console: console, diagnostics: diagnostics)
        case .csv: data = ScorecardCSV.csv(scorecard, language: language)
        case .xlsx: data = ScorecardWorkbook.xlsx(scorecard, language: language, money: money)
        case .html: data = ScorecardHTML.html(scorecard, language: language, money: money)
        default:
            data = Data(ScorecardTable.render(scorecard, language: language, detail: invocation.has("--detail")).utf8)
            if let plans {
                let catalog = console.catalog
                let body = plans.isEmpty ? catalog.phrase(.needAllThere) + "\n" : plans.map { $0.text(language: language) }.joined()
                data.append(Data(("\n" + catalog.phrase(.needHeading, invocation.value("--need") ?? "") + "\n" + body).utf8))
            }
        }
        guard try console.deliver(data, to: invocation.value("--output"), diagnostics: diagnostics) else { return .inputError }
        return finish(scorecard, invocation: invocation, console: console, diagnostics: diagnostics)
    }

    /// The exit status once the output is written: `--strict` fails on unexplained deviations.
    static func finish(_ scorecard: Scorecard, invocation: Invocation, console: Console, diagnostics: [Diagnostic]) -> ExitStatus {
        if invocation.has("--strict") && !scorecard.unexplained.isEmpty {
            console.err(console.catalog.phrase(.strictFailed, String(scorecard.unexplained.count)) + "\n")
            return .inputError
        }
        return diagnostics.hasErrors ? .inputError : .success
    }
}
