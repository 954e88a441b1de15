import Foundation

/// The indicator table: label cells, name and target, continuations after a page break (as
/// `DeclarationTextReader+Table`).
extension DeclarationScanner {
    /// The labels of `IndicatorLabels.standard`, looked up by bytes: the label a compacted cell is
    /// (a suffix such as 等 dropped), and whether it spells the label itself, not a synonym.
    struct Labels: @unchecked Sendable {
        let exact: ByteTable<(IndicatorLabels.Label, Bool)>
        let suffixes: [[UInt8]]
        let longest: Int

        static let standard: Labels = {
            let labels = IndicatorLabels.standard
            var pairs: [(String, (IndicatorLabels.Label, Bool))] = [(labels.tableLabel, (.table, true))]
            pairs += labels.categories.map { ($0, (.category($0), true)) }
            pairs += labels.subcategories.keys.sorted().map { ($0, (.subcategory($0), true)) }
            pairs += labels.synonyms.sorted { $0.key < $1.key }.map { ($0.key, (.subcategory($0.value), false)) }
            pairs += labels.categorySynonyms.sorted { $0.key < $1.key }.map { ($0.key, (.category($0.value), false)) }
            return Labels(exact: ByteTable(pairs), suffixes: labels.suffixes.map { Array($0.utf8) }, longest: IndicatorLabels.longest)
        }()

        /// The label and whether it is exact, or nil.
        func label(_ compact: UnsafeBufferPointer<UInt8>) -> (IndicatorLabels.Label, Bool)? {
            if compact.count > longest { return nil }
            if let found = exact[compact] { return found }
            for suffix in suffixes where compact.count > suffix.count && compact.suffix(suffix.count).elementsEqual(suffix) {
                // The suffix must leave at least one character (the String version counts characters).
                if let found = exact[UnsafeBufferPointer(rebasing: compact[..<(compact.endIndex - suffix.count)])] {
                    return (found.0, false)
                }
            }
            return nil
        }
    }

    mutating func takeTableRow() {
        defer { blankSinceLastRow = false }
        if isTableHeader() {
            consume()
            return
        }
        let labels = Labels.standard
        let known = IndicatorLabels.standard
        var rowCategory: String?
        var rowSubcategory: String?
        var payload: [Cell] = []
        for (index, cell) in cells.enumerated() {
            // Labels sit before the name; a cell after the first payload cell is a name or a target.
            // A synonym (进度指标, 满意度) is a label only with a name and a target after it.
            guard payload.isEmpty, let (label, exact) = withCompact(cell, { labels.label($0) }),
                  exact || cells.count - index >= 3 else {
                payload.append(cell)
                continue
            }
            switch label {
            case .table:
                continue
            case .category(let name):
                if rowCategory != nil && known.labelsAsSubcategories.contains(name) {
                    rowSubcategory = name   // the old layout: 产出指标 | 成本指标 | …
                } else {
                    rowCategory = name
                }
            case .subcategory(let name):
                rowSubcategory = name
            }
        }
        if let rowCategory {
            category = table.label(rowCategory)
            subcategory = 0
        }
        if let rowSubcategory {
            subcategory = table.label(rowSubcategory)
            if rowCategory == nil, let owner = known.category(of: rowSubcategory) {
                category = table.label(owner)
            }
        }
        let hasLabels = rowCategory != nil || rowSubcategory != nil

        switch payload.count {
        case 0:
            consume()
        case 1:
            let only = payload[0]
            let index = parseTarget(only)
            if table.targets[Int(index)].kind == .quantitative {
                report(.targetWithoutName, line: lineNumber, column: column(only), text(only))
            } else if blankSinceLastRow && !hasLabels, project != nil, table.indicators.count > Int(project!.firstIndicator) {
                // A name continued after a page break; its target was on the first line.
                let last = table.indicators.count - 1
                let joined = PrintedText.normalizeName(table.text.string(table.indicators[last].name) + " " + text(only))
                table.indicators[last].name = table.text.arena.append(joined)
                consume()
            } else {
                addIndicator(name: only, target: nil)
            }
        default:
            let targetCell = payload[payload.count - 1]
            if payload.count == 2, !hasLabels, joinWrappedName(payload[0], target: targetCell) { return }
            if payload.count > 2 {
                let extra = payload[1..<(payload.count - 1)].map(text).joined(separator: " | ")
                report(.extraCells, line: lineNumber, column: column(payload[1]), String(payload.count), extra)
            }
            addIndicator(name: payload[0], target: targetCell)
        }
    }

    /// Words a wrapped name breaks off after, mid-phrase (`网点设备故障发现并` | `修复率 ≥95.00(%)`).
    static let connectives = ["及其", "以及", "并", "及", "和", "与", "的", "或", "对", "在"]

    /// Where a name breaks off mid-phrase: after a connective, or inside a bracket it opened
    /// (`修复率（含` | `远程）`); nil when it ends as a name does.
    static func breakOff(_ name: String) -> String? {
        if let connective = connectives.first(where: { name.hasSuffix($0) }) { return connective }
        let opened = name.filter { $0 == "（" || $0 == "(" }.count
        let closed = name.filter { $0 == "）" || $0 == ")" }.count
        return opened > closed ? String(name[name.lastIndex { $0 == "（" || $0 == "(" }!]) : nil
    }

    /// A name wrapped before its value: the project's last row has no target and ends mid-phrase
    /// (`breakOff`),
    /// and this row is a short fragment (8 characters at most) with a target. The two are one row,
    /// with a warning (JX122). A row without a target whose name ends otherwise (the seed's
    /// 网点巡检覆盖数) stays a row of its own.
    mutating func joinWrappedName(_ fragment: Cell, target: Cell) -> Bool {
        guard let project, table.indicators.count > Int(project.firstIndicator) else { return false }
        let last = table.indicators.count - 1
        guard table.indicators[last].target < 0 else { return false }
        let first = table.text.string(table.indicators[last].name)
        let rest = text(fragment)
        guard rest.count <= 8, let connective = Self.breakOff(first) else { return false }
        let index = parseTarget(target)
        guard problems[Int(index)] == nil else { return false }
        let joined = PrintedText.normalizeName(first + rest)
        table.indicators[last].name = table.text.arena.append(joined)
        table.indicators[last].target = index
        diagnostics.append(Diagnostic(.wrappedNameJoined, at: SourceLocation(file: file, line: lineNumber, column: column(fragment)),
                                      first, connective, joined).about(project: table.string(project.name), indicator: joined))
        consume()
        return true
    }

    /// The target a cell's text parses to, by index into the table's targets: parsed once per
    /// distinct text (a unit's forms repeat `=100(%)`, `≥95(%)`, `及时` on row after row).
    mutating func parseTarget(_ cell: Cell) -> Int32 {
        let found = table.text.withBytes(cell.text) { parsedTargets[SpanKey($0)] }
        if let found { return found }
        let parsed = TargetParser.parse(text(cell))
        let index = Int32(table.targets.count)
        table.targets.append(parsed.target)
        table.scoredTargets.append(ScoredTarget(parsed.target))
        problems.append(parsed.problem)
        let key = table.text.withBytes(cell.text) { keyStorage.keep($0) }
        parsedTargets[key] = index
        return index
    }

    mutating func addIndicator(name cell: Cell, target: Cell?) {
        if category == 0 {
            report(.rowOutsideTable, line: lineNumber, text(cell))
            return
        }
        if subcategory == 0 {
            if IndicatorLabels.standard.labelsAsSubcategories.contains(table.labels[Int(category)]) {
                subcategory = category   // the old layout: 满意度指标 is its own 二级
            } else {
                report(.missingSubcategory, line: lineNumber, text(cell))
            }
        }
        var targetIndex: Int32 = -1
        var declaredIndex: Int32 = -1
        if let target, let (before, after) = DeclarationText.splitAdjusted(text(target)) {
            // `年初：≥95%；调整后：≥90%`: the adjusted target is scored, the declared one kept beside it.
            for (written, into) in [(before, 0), (after, 1)] {
                let parsed = TargetParser.parse(written)
                let index = Int32(table.targets.count)
                table.targets.append(parsed.target)
                table.scoredTargets.append(ScoredTarget(parsed.target))
                problems.append(parsed.problem)
                if let problem = parsed.problem {
                    let (code, arguments) = problem.diagnostic
                    diagnostics.append(Diagnostic(code: code, severity: code.defaultSeverity,
                                                  location: SourceLocation(file: file, line: lineNumber, column: column(target)),
                                                  arguments: [written] + arguments))
                }
                if into == 0 { declaredIndex = index } else { targetIndex = index }
            }
        } else if let target {
            targetIndex = parseTarget(target)
            if let problem = problems[Int(targetIndex)] {
                let (code, arguments) = problem.diagnostic
                diagnostics.append(Diagnostic(code: code, severity: code.defaultSeverity,
                                              location: SourceLocation(file: file, line: lineNumber, column: column(target)),
                                              arguments: [text(target)] + arguments))
            }
        }
        if declaredIndex >= 0 { table.adjustedFrom[Int32(table.indicators.count)] = declaredIndex }
        table.indicators.append(DeclarationTable.IndicatorRecord(category: category, subcategory: subcategory, name: cell.text,
                                                                  target: targetIndex, line: Int32(lineNumber)))
        consume()
    }
}
