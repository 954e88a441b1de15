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
        var plans: [GradePlan]?
        if let wanted = invocation.value("--need") {
            guard let found = GradePlan.plans(scorecard, wanted: wanted) else {
                let grades = scorecard.rules.grades.map(\.grade).joined(separator: ", ")
                throw UsageError("--need takes a grade of the rule file (\(grades)), not '\(wanted)'", command: "score")
            }
            plans = found
        }
        var data: Data
        switch format {
        case "json": data = ScorecardJSON.encode(scorecard, language: console.language, plans: plans)
        case "csv": data = ScorecardCSV.csv(scorecard)
        case "xlsx": data = ScorecardWorkbook.xlsx(scorecard)
        case "html": data = ScorecardHTML.html(scorecard)
        default:
            data = Data(ScorecardTable.render(scorecard, language: console.language, detail: invocation.has("--detail")).utf8)
            if let plans {
                let heading = console.language == .zh ? "\n达到“\(invocation.value("--need") ?? "")”所需：\n"
                                                      : "\nTo reach \(invocation.value("--need") ?? ""):\n"
                let body = plans.isEmpty ? (console.language == .zh ? "所有项目均已达到。\n" : "every project is there already.\n")
                                         : plans.map { $0.text(language: console.language) }.joined()
                data.append(Data((heading + body).utf8))
            }
        }
        guard console.write(data, to: invocation.value("--output")) else { return .inputError }
        if invocation.has("--strict") && !scorecard.unexplained.isEmpty {
            console.err(console.language == .zh
                ? "jixiao score --strict：\(scorecard.unexplained.count) 个偏差未说明原因\n"
                : "jixiao score --strict: \(scorecard.unexplained.count) deviations without a 偏差原因\n")
            return .inputError
        }
        return diagnostics.hasErrors ? .inputError : .success
    }
}
