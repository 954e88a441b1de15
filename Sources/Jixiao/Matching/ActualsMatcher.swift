import Foundation

/// Puts each actual row beside the declared indicator it names (by project and indicator name,
/// after the importer's normalisation) and reads its value against that indicator's target.
///
/// - A name a project declares k times takes the rows with that name in order; one row for k
///   occurrences is used for each, with a warning; rows beyond k are reported and not used.
/// - A row naming an unknown project or indicator is reported with its line; never dropped silently.
/// - Budget rows (三级指标 全年执行数, 全年预算数, 年度总体目标) fill the project's year-end figures.
public struct ActualsMatcher {
    public struct Result: Sendable {
        public var projects: [MatchedProject]
        public var diagnostics: [Diagnostic]
    }

    let declaration: Declaration
    let file: String
    var diagnostics: [Diagnostic] = []

    public static func match(_ declaration: Declaration, rows: [ActualRow], file: String) -> Result {
        var matcher = ActualsMatcher(declaration: declaration, file: file)
        let projects = matcher.run(rows)
        return Result(projects: projects, diagnostics: matcher.diagnostics)
    }

    mutating func run(_ rows: [ActualRow]) -> [MatchedProject] {
        var projectIndex: [String: Int] = [:]
        for (index, project) in declaration.projects.enumerated() {
            let key = PrintedText.normalizeName(project.name)
            if projectIndex[key] == nil { projectIndex[key] = index }
        }
        var rowsByProject = Array(repeating: [ActualRow](), count: declaration.projects.count)
        for row in rows {
            guard let index = projectIndex[row.projectName] else {
                diagnostics.append(Diagnostic(.actualUnknownProject, at: row.location(.project, file: file), row.projectName))
                continue
            }
            rowsByProject[index].append(row)
        }
        return declaration.projects.indices.map { index in
            let first = diagnostics.count
            let matched = matchProject(index, rowsByProject[index])
            for i in first..<diagnostics.count where diagnostics[i].project == nil {
                diagnostics[i].project = declaration.projects[index].name
            }
            return matched
        }
    }

    mutating func matchProject(_ index: Int, _ rows: [ActualRow]) -> MatchedProject {
        let project = declaration.projects[index]
        var matched = MatchedProject(count: project.indicators.count)
        for (i, indicator) in project.indicators.enumerated() { matched.explicitPoints[i] = indicator.points }

        var occurrences: [String: [Int]] = [:]
        var order: [String] = []
        for (i, indicator) in project.indicators.enumerated() {
            let key = PrintedText.normalizeName(indicator.name)
            if occurrences[key] == nil { order.append(key) }
            occurrences[key, default: []].append(i)
        }
        var rowsByName: [String: [ActualRow]] = [:]
        var specialRows: [ActualRow.Special: ActualRow] = [:]
        for row in rows {
            if occurrences[row.indicatorName] == nil, let special = row.special {
                if let first = specialRows[special] {
                    duplicate(row, first: first, project: project.name)
                } else {
                    specialRows[special] = row
                }
                continue
            }
            guard occurrences[row.indicatorName] != nil else {
                diagnostics.append(Diagnostic(.actualUnknownIndicator, at: row.location(.indicator, file: file),
                                              row.indicatorName, project.name).about(project: project.name, indicator: row.indicatorName))
                continue
            }
            rowsByName[row.indicatorName, default: []].append(row)
        }

        for name in order {
            let slots = occurrences[name] ?? []
            let given = rowsByName[name] ?? []
            if given.count == 1 && slots.count > 1 {
                diagnostics.append(Diagnostic(.actualSharedByRepeat, at: given[0].location(.indicator, file: file),
                                              name, String(slots.count), project.name).about(project: project.name, indicator: name))
            }
            for extra in given.dropFirst(slots.count) where !(given.count == 1) {
                duplicate(extra, first: given[0], project: project.name)
            }
            for (position, slot) in slots.enumerated() {
                guard let row = given.count == 1 ? given[0] : (position < given.count ? given[position] : nil) else { continue }
                matched.rows[slot] = row
                if position > 0 && given.count == 1 {
                    // The shared row was read (and reported) for the first occurrence already.
                    matched.inputs[slot] = matched.inputs[slots[0]]
                    matched.explicitPoints[slot] = matched.explicitPoints[slots[0]]
                    continue
                }
                matched.inputs[slot] = ActualInterpreter.interpret(row, target: project.indicators[slot].target,
                                                                   indicator: name, file: file, diagnostics: &diagnostics)
                if let text = row.value(.points) {
                    if let points = DecimalLiteral.parseWhole(PrintedText.compact(PrintedText.foldWidth(text))), points >= 0 {
                        matched.explicitPoints[slot] = points
                    } else {
                        diagnostics.append(Diagnostic(.actualBadPoints, at: row.location(.points, file: file), text, name)
                            .about(project: project.name, indicator: name))
                    }
                }
            }
        }

        if let row = specialRows[.spent] {
            matched.spentRow = row
            matched.spent = amount(row, label: ActualRow.Special.spent.rawValue)
        }
        if let row = specialRows[.budget] {
            matched.budgetOverride = amount(row, label: ActualRow.Special.budget.rawValue)
        }
        matched.goalOutcome = specialRows[.goal]?.value(.actual)
        return matched
    }

    mutating func duplicate(_ row: ActualRow, first: ActualRow, project: String) {
        diagnostics.append(Diagnostic(.actualDuplicateRow, at: row.location(.indicator, file: file),
                                      row.indicatorName, project, String(first.line)).about(project: project, indicator: row.indicatorName))
    }

    /// An amount of money in 元 (a bare number is 元; 万元 and 亿元 convert).
    mutating func amount(_ row: ActualRow, label: String) -> Decimal? {
        guard let text = row.value(.actual) else { return nil }
        if let quantity = Quantity.parse(text), let value = quantity.value(inUnitOf: "元") {
            return value
        }
        diagnostics.append(Diagnostic(.actualBadAmount, at: row.location(.actual, file: file), label, text))
        return nil
    }
}
