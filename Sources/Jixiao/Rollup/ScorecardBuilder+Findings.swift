import Foundation

/// What the builder reports about a project beside its scores: given 分值 that do not add up,
/// untargeted rows, over-achievement, out-of-band percentages, the unit's own 自评得分 against the
/// computed score, rows below full points (listed as deviations), spending, and points other than 100.
extension ScorecardBuilder {
    /// A block whose given 分值 do not add up to the rule file's: at the first 分值 cell given in the
    /// block (or the declaration's row when the points came from declaration JSON).
    mutating func reportMismatch(_ mismatch: PointsAllocator.Mismatch, allocation: PointsAllocator.Allocation,
                                 range: Range<Int>, project: String) {
        let first = range.indices.first {
            allocation.blockOfIndicator[$0 - range.lowerBound] == mismatch.block && match.explicitPoints[$0] != nil
        }
        let at = first.flatMap { i -> SourceLocation? in
            let row = Int(match.rows[i])
            return row >= 0 && !actuals.cell(row, .points).isEmpty ? actuals.location(row, .points, file: files.actuals) : nil
        } ?? first.map(declarationLocation) ?? noCell
        diagnostics.append(Diagnostic(.blockPointsMismatch, at: at, project, rules.blocks[mismatch.block].name, "\(mismatch.sum)",
                                      "\(allocation.blockPoints[mismatch.block])"))
    }

    /// Turns what the scorer noticed into diagnostics at the actual's cell.
    mutating func flag(_ result: RowScore, _ row: Row) {
        let at = row.actualRow >= 0 ? actuals.location(row.actualRow, .actual, file: files.actuals) : declarationLocation(row.index)
        let target = declaration.target(ofIndicator: row.index)
        if target == nil {
            let code: DiagnosticCode = rules.noTarget == .full ? .noTargetFull
                : value(row, .actual) == nil ? .noTargetScored : .actualForUntargeted
            diagnostics.append(Diagnostic(code, at: at, row.name, row.project).about(project: row.project, indicator: row.name))
        }
        if let ratio = result.overAchievement, row.actualRow >= 0, let target {
            diagnostics.append(Diagnostic(.overAchievement, at: at, row.name, row.project, value(row, .actual) ?? "",
                                          ratio.fixedText(), target.text).about(project: row.project, indicator: row.name))
        }
        if let band = result.bandViolation, row.actualRow >= 0, case .level(let level, let percent?) = match.inputs[row.index] {
            diagnostics.append(Diagnostic(.actualPercentOutOfBand, at: at, value(row, .actual) ?? "", row.name, "\(percent)",
                                          level.rawValue, band).about(project: row.project, indicator: row.name))
        }
    }

    /// The unit's 自评得分: out of range for a judged row, or different from the computed score of a
    /// row the rules score themselves (the computed score stands).
    mutating func compareJudged(_ judged: Fixed?, _ result: RowScore, _ row: Row) {
        guard let judged, row.actualRow >= 0 else { return }
        let at = actuals.location(row.actualRow, .judged, file: files.actuals)
        if case .judgedOutOfRange(_, let band) = result.working.rule {
            diagnostics.append(Diagnostic(.judgedOutOfRange, at: at, row.name, row.project, "\(judged)", band)
                .about(project: row.project, indicator: row.name))
        } else if !result.isJudged, max(judged - result.score, result.score - judged) > Fixed(cents: 1) {
            diagnostics.append(Diagnostic(.judgedDiffers, at: at, row.name, row.project, "\(judged)", result.score.fixedText())
                .about(project: row.project, indicator: row.name))
        }
    }

    /// Lists a row below full points or over its target, and reports it when it has no 偏差原因.
    mutating func deviate(_ result: RowScore, _ row: Row, points: Fixed) {
        let kind: Deviation.Kind
        if result.score < points.rounded(2, .halfUp) {
            kind = .belowPoints
        } else if result.overAchievement != nil {
            kind = .overAchievement
        } else {
            return
        }
        let reason = value(row, .reason)
        let actual = value(row, .actual)
        let target = declaration.indicators[row.index].target
        deviations.append(Deviation(kind: kind, project: row.project, indicator: row.name,
                                    target: target >= 0 ? declaration.scoredTargets[Int(target)].shownText : nil,
                                    actual: actual, points: points.decimal, score: result.score.decimal,
                                    ratio: result.overAchievement.map { $0.rounded(2, .halfUp).decimal }, reason: reason,
                                    explained: reason != nil, line: Int(declaration.indicators[row.index].line),
                                    actualLine: row.actualRow >= 0 ? Int(actuals.lines[row.actualRow]) : nil))
        if row.actualRow < 0 && target >= 0 {
            // No row at all: say so, rather than asking for a reason.
            diagnostics.append(Diagnostic(.noActualRow, at: declarationLocation(row.index), row.name, row.project)
                .about(project: row.project, indicator: row.name))
        } else if reason == nil && kind == .belowPoints && actual != nil {
            // The empty 偏差原因 cell when the file has that column, else the actual's cell.
            let at = actuals.location(row.actualRow, actuals.fieldIndex[.reason] != nil ? .reason : .actual, file: files.actuals)
            diagnostics.append(Diagnostic(.noDeviationReason, at: at, row.name, row.project, result.score.fixedText(),
                                          points.fixedText()).about(project: row.project, indicator: row.name))
        }
    }

    /// No 全年执行数 row, a budget of 0, or spending over the budget, at the spending's cell.
    mutating func reportExecution(_ execution: ExecutionScore, spent: Fixed?, budget: Fixed, spentRow: Int, project: String) {
        let at = spentRow >= 0 ? actuals.location(spentRow, .actual, file: files.actuals) : noCell
        if spentRow < 0 {
            // A blank or unreadable 全年执行数 was reported at its cell by the matcher.
            diagnostics.append(Diagnostic(.noSpending, at: at, project))
        } else if spent != nil, budget <= .zero {
            diagnostics.append(Diagnostic(.zeroBudget, at: at, project))
        } else if let spent, spent > budget, let rate = execution.ratePercent {
            diagnostics.append(Diagnostic(.overspent, at: at, project, spent.fixedText(), budget.fixedText(), rate.fixedText()))
        }
    }

    /// When a project's points do not add up to 100 (the unit's own 分值, or a rule file whose blocks
    /// do not), a warning says so; with `totals.rescaleTo100` it gives both figures of the rescaled
    /// total (`ScoringCore.totals`).
    mutating func reportPoints(_ project: String, _ totals: ProjectTotals, execution: ExecutionScore, at location: SourceLocation) {
        guard totals.points != .hundred else { return }
        let figures = [project, totals.points.fixedText(), execution.points.fixedText(), totals.rowPoints.fixedText()]
        if totals.rescaled {
            diagnostics.append(Diagnostic(code: .pointsRescaled, severity: .warning, location: location,
                                          arguments: figures + [totals.sum.fixedText(), totals.total.fixedText()])
                .about(project: project))
        } else {
            diagnostics.append(Diagnostic(code: .pointsNot100, severity: .warning, location: location, arguments: figures)
                .about(project: project))
        }
    }
}
