import Foundation

/// Puts each actual row beside the declared indicator it names and reads its value against that
/// indicator's target.
///
/// - Names match by their match key (`PrintedText.matchKey`: NFKC, all white space removed), so a
///   name typed without the PDF's stray spaces, or with full-width digits, still finds its row.
///   Two declared names with the same key cannot be told apart: an error names both.
/// - A name a project declares k times takes the rows with that name in order; one row for k
///   occurrences is used for each, with a warning; rows beyond k are reported and not used.
/// - An unknown project or indicator is one error per name, listing its rows' lines and the
///   nearest declared names ("did you mean"); its rows are not used. Never dropped silently.
/// - A row with a blank 实际完成值 is reported at its cell; the indicator scores 0.
/// - Budget rows (三级指标 全年执行数, 全年预算数, 年度总体目标) fill the project's year-end figures.
struct ActualsMatcher {
    struct Result: Sendable {
        var projects: [MatchedProject]
        var diagnostics: [Diagnostic]
    }

    let declaration: Declaration
    let file: String
    let declarationFile: String
    let vocabulary: LevelVocabulary
    var diagnostics: [Diagnostic] = []

    /// `vocabulary`: the rule file's words for qualitative levels (`RuleSet.Qualitative.vocabulary`).
    static func match(_ declaration: Declaration, rows: [ActualRow], file: String,
                             declarationFile: String = "", vocabulary: LevelVocabulary = .standard) -> Result {
        var matcher = ActualsMatcher(declaration: declaration, file: file, declarationFile: declarationFile,
                                     vocabulary: vocabulary)
        let projects = matcher.run(rows)
        return Result(projects: projects, diagnostics: matcher.diagnostics)
    }

    mutating func run(_ rows: [ActualRow]) -> [MatchedProject] {
        var projectIndex: [MatchKey: Int] = [:]
        for (index, project) in declaration.projects.enumerated() {
            let key = MatchKey(project.name)
            if let first = projectIndex[key] {
                let other = declaration.projects[first]
                if other.name != project.name {
                    diagnostics.append(Diagnostic(.projectNamesCollide, at: SourceLocation(file: declarationFile, line: project.line),
                                                  other.name, String(other.line), project.name).about(project: project.name))
                }
                continue
            }
            projectIndex[key] = index
        }
        var rowsByProject = Array(repeating: [ActualRow](), count: declaration.projects.count)
        var unknown = UnknownNames()
        for row in rows {
            if let index = projectIndex[MatchKey(row.projectName)] {
                rowsByProject[index].append(row)
            } else {
                unknown.add(row.projectName, row)
            }
        }
        let suggester = NameSuggester(declaration.projects.map(\.name))
        for (name, group) in unknown.groups {
            var diagnostic = Diagnostic(.actualUnknownProject, at: group[0].location(.project, file: file), name,
                                        String(group.count), Self.lineList(group))
            diagnostic.suggestions = suggester.suggestions(for: name)
            diagnostics.append(diagnostic)
        }
        // Projects are matched independently, on all cores; their diagnostics are joined in
        // project order afterwards, so the output does not depend on the scheduling.
        let count = declaration.projects.count
        let chunks = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let results = ChunkResults<[(MatchedProject, [Diagnostic])]>(count: chunks)
        let template = ActualsMatcher(declaration: declaration, file: file, declarationFile: declarationFile, vocabulary: vocabulary)
        let declaration = declaration
        let grouped = rowsByProject
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var part: [(MatchedProject, [Diagnostic])] = []
            for index in stride(from: chunk * count / chunks, to: (chunk + 1) * count / chunks, by: 1) {
                var matcher = template
                let matched = matcher.matchProject(index, grouped[index])
                for i in matcher.diagnostics.indices where matcher.diagnostics[i].project == nil {
                    matcher.diagnostics[i].project = declaration.projects[index].name
                }
                part.append((matched, matcher.diagnostics))
            }
            results[chunk] = part
        }
        var projects: [MatchedProject] = []
        projects.reserveCapacity(count)
        for part in results.values {
            for (matched, found) in part {
                projects.append(matched)
                diagnostics += found
            }
        }
        return projects
    }

    mutating func matchProject(_ index: Int, _ rows: [ActualRow]) -> MatchedProject {
        let project = declaration.projects[index]
        var matched = MatchedProject(count: project.indicators.count)
        for (i, indicator) in project.indicators.enumerated() { matched.explicitPoints[i] = indicator.points }

        var occurrences: [MatchKey: [Int]] = [:]
        var order: [MatchKey] = []
        for (i, indicator) in project.indicators.enumerated() {
            let key = MatchKey(indicator.name)
            if let first = occurrences[key]?.first {
                let other = project.indicators[first]
                if PrintedText.normalizeName(other.name) != PrintedText.normalizeName(indicator.name) {
                    diagnostics.append(Diagnostic(.indicatorNamesCollide, at: SourceLocation(file: declarationFile, line: indicator.line),
                                                  project.name, other.name, String(other.line), indicator.name)
                        .about(project: project.name, indicator: indicator.name))
                }
            } else {
                order.append(key)
            }
            occurrences[key, default: []].append(i)
        }
        var rowsByName: [MatchKey: [ActualRow]] = [:]
        var specialRows: [ActualRow.Special: ActualRow] = [:]
        var unknown = UnknownNames()
        for row in rows {
            let key = MatchKey(row.indicatorName)
            if occurrences[key] == nil, let special = row.special {
                if let first = specialRows[special] {
                    duplicate(row, first: first, project: project.name)
                } else {
                    specialRows[special] = row
                }
                continue
            }
            guard occurrences[key] != nil else {
                unknown.add(row.indicatorName, row)
                continue
            }
            rowsByName[key, default: []].append(row)
        }
        if !unknown.groups.isEmpty {
            let suggester = NameSuggester(project.indicators.map(\.name))
            for (name, group) in unknown.groups {
                var diagnostic = Diagnostic(.actualUnknownIndicator, at: group[0].location(.indicator, file: file), name,
                                            project.name, String(group.count), Self.lineList(group))
                diagnostic.suggestions = suggester.suggestions(for: name)
                diagnostics.append(diagnostic.about(project: project.name, indicator: name))
            }
        }

        for key in order {
            let slots = occurrences[key] ?? []
            let name = project.indicators[slots[0]].name
            let given = rowsByName[key] ?? []
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
                    matched.judged[slot] = matched.judged[slots[0]]
                    matched.readings[slot] = matched.readings[slots[0]]
                    continue
                }
                matched.judged[slot] = pointsCell(row, .judged, code: .actualBadJudged, name: name, project: project.name)
                if row.value(.actual) == nil, project.indicators[slot].target != nil {
                    diagnostics.append(Diagnostic(.blankActual, at: row.location(.actual, file: file), name, project.name)
                        .about(project: project.name, indicator: name))
                }
                matched.inputs[slot] = ActualInterpreter.interpret(row, target: project.indicators[slot].target,
                                                                   indicator: name, file: file, vocabulary: vocabulary,
                                                                   judged: matched.judged[slot], reading: &matched.readings[slot],
                                                                   diagnostics: &diagnostics)
                if let points = pointsCell(row, .points, code: .actualBadPoints, name: name, project: project.name) {
                    matched.explicitPoints[slot] = points
                }
            }
        }

        if let row = specialRows[.spent] {
            matched.spentRow = row
            matched.executionPoints = pointsCell(row, .points, code: .actualBadPoints, name: ActualRow.Special.spent.rawValue,
                                                 project: project.name)
            if row.value(.actual) == nil {
                diagnostics.append(Diagnostic(.blankSpending, at: row.location(.actual, file: file), project.name))
            } else {
                matched.spent = amount(row, label: ActualRow.Special.spent.rawValue)
            }
        }
        if let row = specialRows[.budget] {
            matched.budgetOverride = amount(row, label: ActualRow.Special.budget.rawValue)
        }
        matched.goalOutcome = specialRows[.goal]?.value(.actual)
        return matched
    }

    /// A cell of points (分值, 自评得分): a number ≥ 0, or nil — reported with `code` when the cell is
    /// filled but is not one.
    mutating func pointsCell(_ row: ActualRow, _ column: ActualsColumn, code: DiagnosticCode, name: String,
                             project: String) -> Decimal? {
        guard let text = row.value(column) else { return nil }
        if let points = DecimalLiteral.parseWhole(PrintedText.compact(PrintedText.foldWidth(text))), points >= 0 { return points }
        diagnostics.append(Diagnostic(code, at: row.location(column, file: file), text, name).about(project: project, indicator: name))
        return nil
    }

    mutating func duplicate(_ row: ActualRow, first: ActualRow, project: String) {
        diagnostics.append(Diagnostic(.actualDuplicateRow, at: row.location(.indicator, file: file),
                                      row.indicatorName, project, String(first.line)).about(project: project, indicator: row.indicatorName))
    }

    /// An amount of money in 元 (a bare number is 元; 万元, 亿元 and a bare 万 or 亿 convert).
    mutating func amount(_ row: ActualRow, label: String) -> Decimal? {
        guard let text = row.value(.actual) else { return nil }
        if let quantity = Quantity.parse(text), let value = quantity.value(inUnitOf: "元") {
            return value
        }
        diagnostics.append(Diagnostic(.actualBadAmount, at: row.location(.actual, file: file), label, text))
        return nil
    }

    /// The lines of a group of rows, for a message: `12, 13, 40` (at most eight, then `…`).
    static func lineList(_ rows: [ActualRow]) -> String {
        let shown = rows.prefix(8).map { String($0.line) }.joined(separator: ", ")
        return rows.count > 8 ? shown + ", …" : shown
    }

    /// Rows that named something undeclared, grouped by the name as typed (first spelling wins), in
    /// the order the names first appear.
    struct UnknownNames {
        private var index: [MatchKey: Int] = [:]
        private(set) var groups: [(name: String, rows: [ActualRow])] = []

        mutating func add(_ name: String, _ row: ActualRow) {
            let key = MatchKey(name)
            if let at = index[key] {
                groups[at].rows.append(row)
            } else {
                index[key] = groups.count
                groups.append((name, [row]))
            }
        }
    }
}
