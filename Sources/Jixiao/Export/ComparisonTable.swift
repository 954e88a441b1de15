import Foundation

/// `compare` (table, JSON, XLSX): per project the budget and total of both years, then a line per
/// indicator with both targets, actuals and scores (this year's actual and score only when THIS is
/// a scorecard) and what changed; targets below last year's actual flagged 指标值设定明显偏低 beyond
/// `comparison.lowMargin`, 略低 within it. The title names the unit and both years.
public enum ComparisonTable {
    static func changeWord(_ item: YearComparison.IndicatorChange, _ c: MessageCatalog) -> String {
        switch item.change {
        case .added: return c.label(.added)
        case .dropped: return c.label(.dropped)
        case .kept:
            if item.clearlyBelow { return c.label(.targetClearlyBelowLast) }
            if item.belowLastActual { return c.label(.targetSlightlyBelowLast) }
            return item.targetChanged ? c.label(.targetChanged) : ""
        }
    }

    static func projectWord(_ change: YearComparison.Change, _ c: MessageCatalog) -> String {
        switch change {
        case .added: return c.label(.newProject)
        case .dropped: return c.label(.projectDropped)
        case .kept: return ""
        }
    }

    static func fixed(_ value: Decimal?) -> String { value.map { Rounding.fixed($0) } ?? "-" }

    /// `上海市公积金管理中心 绩效指标年度对比（2026—2027年度）`; without years, the plain title.
    static func title(_ report: YearComparison, _ c: MessageCatalog) -> String {
        guard let last = report.lastYear, let this = report.thisYear else {
            return (report.unit.isEmpty ? "" : report.unit + " ") + c.label(.indicatorsYearOverYear)
        }
        return c.label(.comparisonTitle, report.unit, String(last), String(this))
    }

    /// What each side is, and from which file: `上年：2026年度自评结果（2026.json）；本年：2027年度绩效目标申报（declaration.txt）`.
    static func sides(_ report: YearComparison, _ c: MessageCatalog) -> String {
        func what(_ year: Int?, scorecard: Bool) -> String {
            switch (year, scorecard) {
            case (let year?, true): return c.label(.selfAssessmentOfYear, String(year))
            case (let year?, false): return c.label(.declaredTargetsOfYear, String(year))
            case (nil, true): return c.label(.selfAssessment)
            case (nil, false): return c.label(.declaredTargets)
            }
        }
        return c.label(.comparisonSides, what(report.lastYear, scorecard: true), (report.last as NSString).lastPathComponent,
                       what(report.thisYear, scorecard: report.thisIsScorecard), (report.this as NSString).lastPathComponent)
    }

    /// The counts under the table, and the margin they follow.
    static func summary(_ report: YearComparison, _ c: MessageCatalog) -> [String] {
        [c.label(.targetsClearlyBelowLast, String(report.lowered.count)),
         c.label(.targetsSlightlyBelowLast, String(report.slightlyLowered.count), DecimalText.string(report.lowMargin)),
         c.label(.aTargetBelowLast, DecimalText.string(report.lowMargin))]
    }

    public static func render(_ report: YearComparison, language: Language) -> String {
        let c = MessageCatalog.for(language)
        var text = title(report, c) + "\n" + sides(report, c) + "\n\n"
        let full = report.thisIsScorecard
        var projects = TextTable(headers: (full ? [.project, .lastBudget, .thisBudget, .lastTotal, .thisTotal, .change]
                                                : [.project, .lastBudget, .thisBudget, .lastTotal, .change]).map { c.label($0) },
                                 alignments: full ? [.left, .right, .right, .right, .right, .left] : [.left, .right, .right, .right, .left])
        for project in report.projects {
            projects.add([project.name, project.lastBudget.map { Rounding.grouped($0) } ?? "-", project.thisBudget.map { Rounding.grouped($0) } ?? "-",
                          fixed(project.lastTotal)] + (full ? [fixed(project.thisTotal)] : []) + [projectWord(project.change, c)])
        }
        text += projects.render()
        for project in report.projects {
            // 本年实际 and 本年得分 only when THIS is a scorecard: a declaration has neither.
            var rows = TextTable(headers: (full ? [.indicator, .lastTarget, .lastActual, .lastScore, .thisTarget, .thisActual, .thisScore, .change]
                                                : [.indicator, .lastTarget, .lastActual, .lastScore, .thisTarget, .change]).map { c.label($0) },
                                 alignments: full ? [.left, .left, .left, .right, .left, .left, .right, .left] : [.left, .left, .left, .right, .left, .left])
            let shown = project.indicators.filter { $0.change != .kept || $0.targetChanged || $0.belowLastActual || report.thisIsScorecard }
            guard !shown.isEmpty else { continue }
            for item in shown {
                rows.add([item.name, item.lastTarget ?? "-", item.lastActual ?? "-", fixed(item.lastScore), item.thisTarget ?? "-"]
                         + (full ? [item.thisActual ?? "-", fixed(item.thisScore)] : []) + [changeWord(item, c)])
            }
            text += "\n" + project.name + "\n" + rows.render()
        }
        text += "\n" + summary(report, c).joined(separator: "\n") + "\n"
        return text
    }

    public static func json(_ report: YearComparison, diagnostics: [Diagnostic], language: Language) -> Data {
        JSONDocument.encode(report, as: "comparison", diagnostics: diagnostics, language: language)
    }

    public static func xlsx(_ report: YearComparison, language: Language) -> Data {
        let c = MessageCatalog.for(language)
        var sheet = Worksheet(name: c.label(.yearOverYear))
        let full = report.thisIsScorecard
        let heads: [Label] = [.project, .category, .indicator, .lastTarget, .lastActual, .lastScore, .thisTarget] + (full ? [.thisActual, .thisScore] : []) + [.change]
        sheet.text(0, 0, title(report, c), .title)
        sheet.merge(0, 0, toRow: 0, column: heads.count - 1)
        sheet.rowHeights[0] = 24
        sheet.text(1, 0, sides(report, c), .note)
        sheet.merge(1, 0, toRow: 1, column: heads.count - 1, style: .note)
        for (column, head) in heads.enumerated() { sheet.text(2, column, c.label(head), .header) }
        var row = 2
        for project in report.projects {
            for item in project.indicators {
                row += 1
                sheet.text(row, 0, project.name + (project.change == .kept ? "" : c.label(.bracketed, projectWord(project.change, c))), .wrapped)
                sheet.text(row, 1, item.category, .centered)
                sheet.text(row, 2, item.name, .wrapped)
                // — where a side has nothing (a row added or dropped, a row without an actual).
                sheet.text(row, 3, item.lastTarget ?? "—", .centered)
                sheet.set(row, 4, item.lastActual.map { SelfAssessmentSheet.actualValue($0) } ?? .text("—"), .centered)
                if let score = item.lastScore { sheet.number(row, 5, score) } else { sheet.text(row, 5, "—", .centered) }
                sheet.text(row, 6, item.thisTarget ?? "—", .centered)
                if full {
                    sheet.set(row, 7, item.thisActual.map { SelfAssessmentSheet.actualValue($0) } ?? .text("—"), .centered)
                    if let score = item.thisScore { sheet.number(row, 8, score) } else { sheet.text(row, 8, "—", .centered) }
                }
                sheet.text(row, heads.count - 1, changeWord(item, c), item.clearlyBelow ? .bold : .centered)
            }
        }
        for (offset, line) in summary(report, c).enumerated() {
            sheet.text(row + 2 + offset, 0, line, .note)
            sheet.merge(row + 2 + offset, 0, toRow: row + 2 + offset, column: heads.count - 1, style: .note)
        }
        // Targets such as `=7657.73(平方米)` on one line: 18 characters.
        sheet.columnWidths = full ? [26, 12, 30, 18, 14, 9, 18, 14, 9, 20] : [26, 12, 30, 18, 14, 9, 18, 20]
        sheet.printTitleRows = 2...2
        sheet.frozenRows = 3
        sheet.footer = c.label(.pagePOfN)
        sheet.fitRowHeights()
        return WorkbookWriter.xlsx([sheet], title: title(report, c), subject: "")
    }
}
