import Foundation

/// `jixiao explain`: the working of one project, or one row, in sentences a finance officer can
/// paste into a report: the block's points and how they were split, the target and the actual after
/// unit conversion, the rule applied with its numbers, the rounding, and the grade cut-off.
/// Everything is read from the scorecard's figures and the rule applied; nothing is re-scored.
public enum Explanation {
    public enum Failure: Error, Equatable {
        case noProject(String, available: [String])
        case noIndicator(String, project: String, available: [String])
    }

    public static func explain(_ scorecard: Scorecard, project name: String, indicator: String?,
                               language: Language) -> Result<String, Failure> {
        let key = PrintedText.matchKey(name)
        // The department's form is explained as a project is, by the department's name.
        let candidates = scorecard.projects + (scorecard.department.map { [$0.asProject] } ?? [])
        guard let project = candidates.first(where: { PrintedText.matchKey($0.name) == key }) else {
            return .failure(.noProject(name, available: candidates.map(\.name)))
        }
        let words = ExplanationWords(language: language, rounding: scorecard.ruleSet.rounding)
        if let indicator {
            let wanted = PrintedText.matchKey(indicator)
            let rows = project.indicators.filter { PrintedText.matchKey($0.name) == wanted }
            guard !rows.isEmpty else {
                return .failure(.noIndicator(indicator, project: project.name, available: project.indicators.map(\.name)))
            }
            return .success(rows.map { row(of: $0, in: project, words: words) }.joined(separator: "\n\n") + "\n")
        }
        var text = words.projectHeading(project, rules: scorecard.rules.name) + "\n\n"
        text += "1. " + words.execution(project) + "\n\n"
        text += "2. " + blocks(project, rules: scorecard.ruleSet, words: words) + "\n\n"
        text += "3. " + words.rowsHeading + "\n"
        for row in project.indicators { text += "   - " + words.rowLine(row) + "\n" }
        text += "\n4. " + words.total(project, cutoffs: scorecard.rules.grades) + "\n"
        return .success(text)
    }

    /// How each block's points were split over its rows, from the rows' points.
    static func blocks(_ project: ProjectScore, rules: RuleSet, words: ExplanationWords) -> String {
        var sentences: [String] = []
        for (index, block) in rules.blocks.enumerated() {
            let rows = project.indicators.filter { $0.block == block.name }
            guard !rows.isEmpty else {
                sentences.append(words.emptyBlock(block.name, points: block.points))
                continue
            }
            let held = project.blockPoints?[index] ?? 0
            let values = rows.map(\.points)
            let high = values.max() ?? 0
            let low = values.min() ?? 0
            let highCount = values.filter { $0 == high }.count
            let equal = rows.allSatisfy { $0.evenSplit == true }
            sentences.append(words.block(block.name, declared: block.points, held: held, rows: rows.count, high: high,
                                         highCount: highCount, low: low, equalSplit: equal))
        }
        return sentences.joined(separator: " ")
    }

    static func row(of row: IndicatorScore, in project: ProjectScore, words: ExplanationWords) -> String {
        var lines = [words.rowPlace(row, project: project.name)]
        lines.append(words.target(row.declared))
        if let before = row.declaredTarget, let after = row.target {
            lines.append(words.say(.explainAdjusted, before, after))
        }
        lines.append(words.actual(row, target: row.declared))
        if let working = row.working { lines.append(words.rule(working, score: row.score)) }
        lines.append(words.status(row))
        return lines.joined(separator: "\n")
    }
}
