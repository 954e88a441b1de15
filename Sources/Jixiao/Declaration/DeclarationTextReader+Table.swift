/// The indicator table: label cells, name and target, continuations after a page break.
extension DeclarationTextReader {
    mutating func takeTableRow(_ line: PrintedLine) {
        defer { blankSinceLastRow = false }
        if Self.isTableHeader(line) {
            consume(line)
            return
        }
        let labels = IndicatorLabels.standard
        var rowCategory: String?
        var rowSubcategory: String?
        var payload: [PrintedLine.Cell] = []
        for (index, cell) in line.cells.enumerated() {
            // Labels sit before the name; a cell after the first payload cell is a name or a target.
            // A synonym (进度指标, 满意度) is a label only with a name and a target after it.
            guard payload.isEmpty, let label = labels.label(cell.compact),
                  labels.isExact(cell.compact) || line.cells.count - index >= 3 else {
                payload.append(cell)
                continue
            }
            switch label {
            case .table:
                continue
            case .category(let name):
                if rowCategory != nil && labels.labelsAsSubcategories.contains(name) {
                    rowSubcategory = name   // the old layout: 产出指标 | 成本指标 | …
                } else {
                    rowCategory = name
                }
            case .subcategory(let name):
                rowSubcategory = name
            }
        }
        if let rowCategory {
            category = rowCategory
            subcategory = ""
        }
        if let rowSubcategory {
            subcategory = rowSubcategory
            if rowCategory == nil, let owner = labels.category(of: rowSubcategory) {
                category = owner
            }
        }
        let hasLabels = rowCategory != nil || rowSubcategory != nil

        switch payload.count {
        case 0:
            consume(line)
        case 1:
            let only = payload[0]
            let parsed = parseTarget(only.text)
            if parsed.target.kind == .quantitative {
                report(.targetWithoutName, line: line.number, column: only.column, only.text)
            } else if blankSinceLastRow && !hasLabels, let last = project?.indicators.indices.last {
                // A name continued after a page break; its target was on the first line.
                let joined = PrintedText.normalizeName(project!.indicators[last].name + " " + only.text)
                project?.indicators[last].name = joined
                consume(line)
            } else {
                addIndicator(name: only.text, target: nil, line: line)
            }
        default:
            let targetCell = payload[payload.count - 1]
            if payload.count > 2 {
                let extra = payload[1..<(payload.count - 1)].map(\.text).joined(separator: " | ")
                report(.extraCells, line: line.number, column: payload[1].column, String(payload.count), extra)
            }
            addIndicator(name: payload[0].text, target: targetCell, line: line)
        }
    }

    /// `TargetParser.parse`, once per distinct text: a unit's forms repeat their targets
    /// (`=100(%)`, `≥95(%)`, `及时`) on row after row.
    mutating func parseTarget(_ text: String) -> TargetParser.Parsed {
        let key = ByteKey(text)
        if let known = parsedTargets[key] { return known }
        let parsed = TargetParser.parse(text)
        parsedTargets[key] = parsed
        return parsed
    }

    mutating func addIndicator(name: String, target cell: PrintedLine.Cell?, line: PrintedLine) {
        if category.isEmpty {
            report(.rowOutsideTable, line: line.number, name)
            return
        }
        if subcategory.isEmpty {
            if IndicatorLabels.standard.labelsAsSubcategories.contains(category) {
                subcategory = category   // the old layout: 满意度指标 is its own 二级
            } else {
                report(.missingSubcategory, line: line.number, name)
            }
        }
        var target: Target?
        if let cell {
            let parsed = parseTarget(cell.text)
            target = parsed.target
            if let problem = parsed.problem {
                let (code, arguments) = problem.diagnostic
                diagnostics.append(Diagnostic(code: code, severity: code.defaultSeverity,
                                              location: SourceLocation(file: file, line: line.number, column: cell.column),
                                              arguments: [cell.text] + arguments))
            }
        }
        project?.indicators.append(Indicator(category: category, subcategory: subcategory, name: name,
                                             target: target, line: line.number))
        consume(line)
    }
}
