import Foundation

/// Matches the rows of one project after another (a chunk of `ActualsMatcher`'s work), appending each
/// project's part of the `ActualsMatch` in order.
struct ProjectMatcher {
    let matcher: ActualsMatcher
    var result = ActualsMatch(indicators: 0, projects: 0)
    var diagnostics: [Diagnostic] = []
    private let storage = KeyStorage()
    /// Qualitative cells already read against a target's text (`达成` against `及时`), with no
    /// finding: a unit writes the same few words on thousands of rows, and each is read once.
    private var levels: [LevelKey: ActualInput] = [:]

    private struct LevelKey: Hashable {
        var cell: String
        var target: String
    }

    init(matcher: ActualsMatcher) {
        self.matcher = matcher
    }

    var declaration: DeclarationTable { matcher.declaration }
    var actuals: ActualsTable { matcher.actuals }
    var file: String { matcher.file }

    mutating func match(project index: Int, rows: [Int32]) {
        let project = declaration.projects[index]
        let first = project.indicatorRange.lowerBound
        let count = project.indicatorRange.count
        let base = result.rows.count
        let projectName = declaration.string(project.name)
        result.rows += repeatElement(-1, count: count)
        result.inputs += repeatElement(.missing, count: count)
        result.readings += repeatElement(nil, count: count)
        result.judged += repeatElement(nil, count: count)
        result.explicitPoints += project.indicatorRange.map { declaration.explicitPoints[Int32($0)] }
        var spentRow: Int32 = -1
        var budgetRow: Int32 = -1
        var goalRow: Int32 = -1
        var sourceRows: [Int32] = [-1, -1, -1, -1, -1, -1]
        let diagnosticsBefore = diagnostics.count

        var occurrences: [SpanKey: [Int]] = [:]
        var order: [SpanKey] = []
        var rowsByName: [SpanKey: [Int32]] = [:]
        var unknown = ActualsMatcher.UnknownNames()
        declaration.text.withAllBytes { declared in
            actuals.text.withAllBytes { typed in
                for slot in 0..<count {
                    let indicator = declaration.indicators[first + slot]
                    let key = ActualsMatcher.key(declared(indicator.name), storage)
                    if let earlier = occurrences[key]?.first {
                        let other = declaration.indicators[first + earlier]
                        if !declared(other.name).elementsEqual(declared(indicator.name)) {
                            let name = declaration.string(indicator.name)
                            diagnostics.append(Diagnostic(.indicatorNamesCollide,
                                                          at: SourceLocation(file: matcher.declarationFile, line: Int(indicator.line)),
                                                          projectName, declaration.string(other.name), String(other.line), name)
                                .about(project: projectName, indicator: name))
                        }
                    } else {
                        order.append(key)
                    }
                    occurrences[key, default: []].append(slot)
                }
                for row in rows {
                    let key = ActualsMatcher.key(typed(actuals.indicatorNames[Int(row)]), storage)
                    if occurrences[key] == nil, let special = special(row) {
                        switch special {
                        case .spent: take(row, into: &spentRow, project: projectName)
                        case .budget: take(row, into: &budgetRow, project: projectName)
                        case .goal: take(row, into: &goalRow, project: projectName)
                        case .fiscalSpent, .carryoverSpent, .otherSpent, .fiscalBudget, .carryoverBudget, .otherBudget:
                            let source = special.source!
                            take(row, into: &sourceRows[source.index + (source.isBudget ? 0 : 3)], project: projectName)
                        }
                        continue
                    }
                    guard occurrences[key] != nil else {
                        unknown.add(key, name: actuals.indicatorNames[Int(row)], row: row)
                        continue
                    }
                    rowsByName[key, default: []].append(row)
                }
            }
        }
        if !unknown.groups.isEmpty {
            let suggester = NameSuggester(project.indicatorRange.map { declaration.name(ofIndicator: $0) })
            for group in unknown.groups {
                let name = actuals.text.string(group.name)
                var diagnostic = Diagnostic(.actualUnknownIndicator, at: actuals.location(Int(group.rows[0]), .indicator, file: file),
                                            name, projectName, String(group.rows.count), matcher.lineList(group.rows))
                diagnostic.suggestions = suggester.suggestions(for: name)
                diagnostics.append(diagnostic.about(project: projectName, indicator: name))
            }
        }

        for key in order {
            let slots = occurrences[key] ?? []
            let given = rowsByName[key] ?? []
            let name = declaration.name(ofIndicator: first + slots[0])
            if given.count == 1 && slots.count > 1 {
                diagnostics.append(Diagnostic(.actualSharedByRepeat, at: actuals.location(Int(given[0]), .indicator, file: file),
                                              name, String(slots.count), projectName).about(project: projectName, indicator: name))
            }
            if given.count > 1 {
                for extra in given.dropFirst(slots.count) { duplicate(extra, first: given[0], project: projectName) }
            }
            for (position, slot) in slots.enumerated() {
                guard let row = given.count == 1 ? given[0] : (position < given.count ? given[position] : nil) else { continue }
                let at = base + slot
                result.rows[at] = row
                if position > 0 && given.count == 1 {
                    // The shared row was read (and reported) for the first occurrence already.
                    let firstAt = base + slots[0]
                    result.inputs[at] = result.inputs[firstAt]
                    result.explicitPoints[at] = result.explicitPoints[firstAt]
                    result.judged[at] = result.judged[firstAt]
                    result.readings[at] = result.readings[firstAt]
                    continue
                }
                let index = first + slot
                let target = declaration.indicators[index].target
                result.judged[at] = pointsCell(Int(row), .judged, code: .actualBadJudged, name: name, project: projectName)
                if actuals.cell(Int(row), .actual).isEmpty, target >= 0 {
                    diagnostics.append(Diagnostic(.blankActual, at: actuals.location(Int(row), .actual, file: file), name, projectName)
                        .about(project: projectName, indicator: name))
                }
                var reading: ActualReading?
                result.inputs[at] = read(Int(row), target: target, indicator: name, judged: result.judged[at], reading: &reading)
                result.readings[at] = reading
                if let points = pointsCell(Int(row), .points, code: .actualBadPoints, name: name, project: projectName) {
                    result.explicitPoints[at] = points
                }
            }
        }

        var spent: Fixed?
        var executionPoints: Fixed?
        if spentRow >= 0 {
            executionPoints = pointsCell(Int(spentRow), .points, code: .actualBadPoints, name: ActualRow.Special.spent.rawValue,
                                         project: projectName)
            if actuals.cell(Int(spentRow), .actual).isEmpty {
                diagnostics.append(Diagnostic(.blankSpending, at: actuals.location(Int(spentRow), .actual, file: file), projectName))
            } else {
                spent = amount(Int(spentRow), label: ActualRow.Special.spent.rawValue)
            }
        }
        result.spentRows.append(spentRow)
        result.spent.append(spent)
        result.executionPoints.append(executionPoints)
        result.budgetOverrides.append(budgetRow >= 0 ? amount(Int(budgetRow), label: ActualRow.Special.budget.rawValue) : nil)
        result.goalOutcomes.append(goalRow >= 0 ? actuals.cell(Int(goalRow), .actual) : .empty)
        var sources: [Fixed?] = []
        for (slot, row) in sourceRows.enumerated() {
            let special: ActualRow.Special = [.fiscalBudget, .carryoverBudget, .otherBudget, .fiscalSpent, .carryoverSpent, .otherSpent][slot]
            sources.append(row >= 0 && !actuals.cell(Int(row), .actual).isEmpty ? amount(Int(row), label: special.rawValue) : nil)
        }
        result.sources.append(sources.contains { $0 != nil } ? sources : nil)
        for i in diagnosticsBefore..<diagnostics.count where diagnostics[i].project == nil { diagnostics[i].project = projectName }
    }

    /// The budget row a row names (全年执行数, 全年预算数, 年度总体目标, 执行数, 1-M月执行数), or nil.
    func special(_ row: Int32) -> ActualRow.Special? {
        let name = actuals.text.string(actuals.indicatorNames[Int(row)])
        return ActualRow.Special.named(PrintedText.compact(PrintedText.foldWidth(name)))
    }

    /// The first row for a budget row; a second is reported and not used.
    mutating func take(_ row: Int32, into slot: inout Int32, project: String) {
        if slot >= 0 { duplicate(row, first: slot, project: project) } else { slot = row }
    }

    mutating func duplicate(_ row: Int32, first: Int32, project: String) {
        let name = actuals.text.string(actuals.indicatorNames[Int(row)])
        diagnostics.append(Diagnostic(.actualDuplicateRow, at: actuals.location(Int(row), .indicator, file: file),
                                      name, project, String(actuals.lines[Int(first)])).about(project: project, indicator: name))
    }

    /// A cell of points (分值, 自评得分): a number ≥ 0, or nil — reported with `code` when the cell is
    /// filled but is not one.
    mutating func pointsCell(_ row: Int, _ column: ActualsColumn, code: DiagnosticCode, name: String, project: String) -> Fixed? {
        let ref = actuals.cell(row, column)
        guard !ref.isEmpty else { return nil }
        let plain = actuals.text.withBytes(ref) { bytes -> Fixed? in
            guard case .success(let (value, end)) = Fixed.scan(bytes, from: 0), end == bytes.count else { return nil }
            return value
        }
        let text = actuals.text.string(ref)
        if let points = plain ?? Fixed.parseWhole(PrintedText.compact(PrintedText.foldWidth(text))), points >= .zero { return points }
        diagnostics.append(Diagnostic(code, at: actuals.location(row, column, file: file), text, name).about(project: project, indicator: name))
        return nil
    }

    /// An amount of money in 元 (a bare number is 元; 万元, 亿元 and a bare 万 or 亿 convert).
    mutating func amount(_ row: Int, label: String) -> Fixed? {
        let text = actuals.text.string(actuals.cell(row, .actual))
        if let quantity = Quantity.parse(text), let value = quantity.value(inUnitOf: "元") { return Fixed(value) }
        diagnostics.append(Diagnostic(.actualBadAmount, at: actuals.location(row, .actual, file: file), label, text))
        return nil
    }

    /// The actual of a row against its indicator's target (index into the declaration's targets).
    mutating func read(_ row: Int, target index: Int32, indicator: String, judged: Fixed?, reading: inout ActualReading?) -> ActualInput {
        let cell = actuals.cell(row, .actual)
        if index >= 0, judged == nil, !cell.isEmpty {
            let target = declaration.scoredTargets[Int(index)]
            if target.kind == .quantitative, target.op != .by, let (value, unitRead) = plainNumber(cell, target: target) {
                reading = unitRead
                if unitRead == .noUnit, target.unit == "%", let t = target.value, t > Fixed(1), value >= .zero, value <= Fixed(1),
                   !value.isZero {
                    diagnostics.append(Diagnostic(.actualLooksLikeFraction, at: actuals.location(row, .actual, file: file),
                                                  actuals.text.string(cell), indicator, declaration.targets[Int(index)].text)
                        .about(project: nil, indicator: indicator))
                }
                return .number(value)
            }
        }
        let declared = index >= 0 ? declaration.targets[Int(index)] : nil
        let text = cell.isEmpty ? nil : actuals.text.string(cell)
        var key: LevelKey?
        if let declared, let text, declared.kind == .qualitative, judged == nil {
            key = LevelKey(cell: text, target: declared.text)
            if let known = levels[key!] { return known }
        }
        var found: [Diagnostic] = []
        let input = ActualInterpreter.interpret(text, at: actuals.location(row, .actual, file: file), target: declared,
                                                indicator: indicator, vocabulary: matcher.vocabulary, judged: judged,
                                                reading: &reading, diagnostics: &found)
        if let key, found.isEmpty, reading == nil { levels[key] = input }
        diagnostics += found
        return input
    }

    /// A cell that is a plain number, bare or in the target's own unit (`94.05`, `94.05%`): its value,
    /// read from its bytes. Anything else (full width, white space, another unit, words, a minus
    /// sign, which `ActualInterpreter` judges) is nil.
    func plainNumber(_ cell: TextRef, target: ScoredTarget) -> (Fixed, ActualReading)? {
        actuals.text.withBytes(cell) { bytes -> (Fixed, ActualReading)? in
            guard let first = bytes.first, first &- 0x30 < 10 || first == 0x2B,
                  case .success(let (value, end)) = Fixed.scan(bytes, from: 0) else { return nil }
            if end == bytes.count { return (value, .noUnit) }
            guard let unit = target.unit else { return nil }
            let rest = UnsafeBufferPointer(rebasing: bytes[end...])
            var spelling = unit
            return spelling.withUTF8 { rest.elementsEqual($0) } ? (value, .targetUnit) : nil
        }
    }
}
