import Foundation
import Jixiao

/// `jixiao score DECLARATION ACTUALS [--rules FILE] [--format table|json|csv|xlsx|html] [--detail] [--sheet NAME] [-o FILE]`.
enum ScoreCommand {
    static func run(_ invocation: Invocation, console: Console) throws(UsageError) -> ExitStatus {
        let format = invocation.value("--format") ?? "table"
        guard ["table", "json", "csv", "xlsx", "html"].contains(format) else {
            throw UsageError("--format must be table, json, csv, xlsx or html, not '\(format)'", command: "score")
        }
        let rules = invocation.value("--rules") ?? RulesLocation.defaultPath()
        let (scorecard, diagnostics) = Assessment.score(declarationPath: invocation.positionals[0],
                                                       actualsPath: invocation.positionals[1], rulesPath: rules,
                                                       sheet: invocation.value("--sheet"))
        console.report(diagnostics)
        guard let scorecard else { return .inputError }
        let data: Data
        switch format {
        case "json": data = ScorecardJSON.encode(scorecard, language: console.language)
        case "csv": data = ScorecardCSV.csv(scorecard)
        case "xlsx": data = ScorecardWorkbook.xlsx(scorecard)
        case "html": data = ScorecardHTML.html(scorecard)
        default: data = Data(ScorecardTable.render(scorecard, language: console.language,
                                                   detail: invocation.has("--detail")).utf8)
        }
        guard console.write(data, to: invocation.value("--output")) else { return .inputError }
        return diagnostics.hasErrors ? .inputError : .success
    }
}
