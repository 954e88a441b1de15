import Foundation

/// `rollup --format xlsx`: sheets 单位汇总 (a row per unit and the commission row), 项目 (a row per
/// project) and 未得满分指标 (every row below full points, with why it scored 0, its reason and
/// its remedy). Each sheet opens with the roll-up's title (year and 主管部门) and its heads, which
/// stay in view and repeat on every printed page. Money in 元 or 万元 (`MoneyUnit`).
public enum CommissionWorkbook {
    public static func xlsx(_ summary: CommissionSummary, language: Language, money unit: MoneyUnit = .yuan) -> Data {
        let c = MessageCatalog.for(language)
        let money = unit.format
        let title = CommissionTable.title(summary, c)
        // A unit that handed in a 部门整体 form has its projects' average beside its score (a column
        // only when one did).
        let averages = summary.hasProjectAverages
        let extra = averages ? 1 : 0
        var units = titled(c.label(.units), title, heads: [c.label(.unit), c.label(.projects), money.head(.budgetIn, c),
                                                              money.head(.spentIn, c), c.label(.executionRate), c.label(.score), c.label(.grade)]
                                                              + (averages ? [c.label(.projectsAverageShort)] : [])
                                                              + [c.label(.auditRed), c.label(.auditYellow)], c)
        var row = 2
        for unit in summary.units {
            units.text(row, 0, unit.name, .wrapped)
            units.number(row, 1, Decimal(unit.projects), .centered)
            units.number(row, 2, money.value(unit.budget), money.style())
            units.number(row, 3, money.value(unit.spent), money.style())
            if let rate = unit.executionRate { units.number(row, 4, rate / 100, .percent) } else { units.text(row, 4, "—", .centered) }
            units.number(row, 5, unit.score)
            units.text(row, 6, c.gradeName(unit.grade), .centered)
            if averages {
                if let average = unit.projectAverage { units.number(row, 7, average) } else { units.text(row, 7, "—", .centered) }
            }
            units.number(row, 7 + extra, Decimal(unit.red), .centered)
            units.number(row, 8 + extra, Decimal(unit.yellow), .centered)
            row += 1
        }
        units.text(row, 0, c.label(.commissionBudgetWeighted), .bold)
        units.number(row, 1, Decimal(summary.projects.count), .bold)
        units.number(row, 2, money.sum(summary.units.map(\.budget)), money.style(bold: true))
        units.number(row, 3, money.sum(summary.units.map(\.spent)), money.style(bold: true))
        if let rate = summary.executionRate { units.number(row, 4, rate / 100, .percent) } else { units.text(row, 4, "—", .centered) }
        units.number(row, 5, summary.score, .boldAmount)
        units.text(row, 6, c.gradeName(summary.grade), .bold)
        if averages { units.text(row, 7, "", .text) }
        units.number(row, 7 + extra, Decimal(summary.units.reduce(0) { $0 + $1.red }), .bold)
        units.number(row, 8 + extra, Decimal(summary.units.reduce(0) { $0 + $1.yellow }), .bold)
        row += 2
        units.text(row, 0, c.label(.projectGrade), .header)
        units.text(row, 1, c.label(.projects), .header)
        for grade in summary.gradeOrder {
            row += 1
            units.text(row, 0, c.gradeName(grade), .centered)
            units.number(row, 1, Decimal(summary.grades[grade] ?? 0), .centered)
        }
        if let note = money.note(c) {
            row += 2
            units.text(row, 0, note, .note)
        }
        units.columnWidths = [36, 10, 18, 18, 11, 10, 16] + (averages ? [14] : []) + [12, 12]
        units.fitRowHeights()

        var projects = titled(c.label(.project), title, heads: [c.label(.unit), c.label(.projectName), money.head(.budgetIn, c),
                                                          money.head(.spentIn, c), c.label(.total), c.label(.grade)], c)
        for (index, project) in summary.projects.enumerated() {
            let r = index + 2
            projects.text(r, 0, project.unit, .wrapped)
            projects.text(r, 1, project.name, .wrapped)
            projects.number(r, 2, money.value(project.budget), money.style())
            if let spent = project.spent { projects.number(r, 3, money.value(spent), money.style()) } else { projects.text(r, 3, "—", .centered) }
            projects.number(r, 4, project.total)
            projects.text(r, 5, c.gradeName(project.grade), .centered)
        }
        projects.columnWidths = [28, 40, 18, 18, 10, 16]
        projects.fitRowHeights()

        var rows = titled(c.label(.rowsBelowFullPoints), title, heads: [c.label(.unit), c.label(.project), c.label(.indicator), c.label(.target),
                                                            c.label(.actual), c.label(.points), c.label(.score), c.label(.status),
                                                            c.label(.deviationReason), c.label(.remedy)], c)
        for (index, line) in summary.belowFull.enumerated() {
            let r = index + 2
            rows.text(r, 0, line.unit, .wrapped)
            rows.text(r, 1, line.project, .wrapped)
            rows.text(r, 2, line.indicator, .wrapped)
            rows.text(r, 3, line.target ?? c.label(.noneDeclared), .centered)
            rows.set(r, 4, SelfAssessmentSheet.actualValue(line.actual), .centered)
            rows.number(r, 5, line.points)
            rows.number(r, 6, line.score)
            rows.text(r, 7, c.status(line.status.rawValue), .centered)
            let reason = ZeroReason.rollupText(line, c)
            rows.text(r, 8, reason.isEmpty ? c.label(.noDeviationReasonGivenBracketed) : reason, .wrapped)
            rows.text(r, 9, line.remedy ?? "", .wrapped)
        }
        rows.columnWidths = [20, 26, 32, 14, 14, 8, 8, 10, 36, 30]
        rows.fitRowHeights()
        var sample = titled(c.label(.recheckSample), title, heads: [c.label(.unit), c.label(.project), c.label(.auditRed), c.label(.auditYellow),
                                                                  money.head(.budgetIn, c), c.label(.recheckReason)], c)
        for (index, line) in summary.recheck.enumerated() {
            let r = index + 2
            sample.text(r, 0, line.unit, .wrapped)
            sample.text(r, 1, line.project, .wrapped)
            sample.number(r, 2, Decimal(line.red), .centered)
            sample.number(r, 3, Decimal(line.yellow), .centered)
            sample.number(r, 4, money.value(line.budget), money.style())
            sample.text(r, 5, line.reason(c), .wrapped)
        }
        sample.text(summary.recheck.count + 3, 0, c.label(.recheckSampleNote, String(summary.recheck.count)), .note)
        sample.merge(summary.recheck.count + 3, 0, toRow: summary.recheck.count + 3, column: 5, style: .note)
        sample.columnWidths = [24, 30, 12, 12, 18, 60]
        sample.fitRowHeights()
        return WorkbookWriter.xlsx([units, projects, rows, sample], title: title, subject: summary.supervisors.joined(separator: c.label(.listSeparator)))
    }

    /// A sheet whose row 1 is the roll-up's title and row 2 the heads (kept in view, printed on
    /// every page), with the page number in the footer.
    static func titled(_ name: String, _ title: String, heads: [String], _ c: MessageCatalog) -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.text(0, 0, title + " — " + name, .title)
        sheet.merge(0, 0, toRow: 0, column: heads.count - 1)
        sheet.rowHeights[0] = 24
        for (column, head) in heads.enumerated() { sheet.text(1, column, head, .header) }
        sheet.printTitleRows = 1...1
        sheet.frozenRows = 2
        sheet.footer = name + "  " + c.label(.pagePOfN)
        return sheet
    }
}
