import Foundation

/// `score --format xlsx`: the summary sheet 汇总, one 项目支出绩效自评表 sheet per project, and
/// 审核提示 (every warning and error of the run). Money in 元 or 万元 (`MoneyUnit`). Every
/// figure comes from the scorecard as computed; nothing is recomputed here.
public enum ScorecardWorkbook {
    public static func xlsx(_ scorecard: Scorecard, language: Language, money unit: MoneyUnit = .wanYuan) -> Data {
        let c = MessageCatalog.for(language)
        let money = unit.format
        let names = SheetNames.unique([c.label(.summary)] + scorecard.projects.map(\.name) + [c.label(.reviewNotes)])
        // One sheet per project, laid out on all cores; the order is the scorecard's.
        let projects = scorecard.projects
        let laidOut = ChunkResults<Worksheet>(count: projects.count)
        DispatchQueue.concurrentPerform(iterations: projects.count) { index in
            laidOut[index] = SelfAssessmentSheet.sheet(projects[index], name: names[index + 1], c, money: money)
        }
        let notes = ReviewNotes.sheet(scorecard.diagnostics, name: names[names.count - 1], c)
        let heading = ScorecardHeading(scorecard)
        return WorkbookWriter.xlsx([summary(scorecard, name: names[0], c, money: money)] + laidOut.values + [notes],
                                   title: heading.title(.formsTitle, unit: scorecard.unit.name, c),
                                   subject: heading.supervisorLine(c) ?? scorecard.unit.name)
    }

    static func summary(_ scorecard: Scorecard, name: String, _ c: MessageCatalog, money: MoneyFormat) -> Worksheet {
        var sheet = Worksheet(name: name)
        let unit = scorecard.unit
        let heading = ScorecardHeading(scorecard)
        sheet.text(0, 0, heading.title(.scorecardTitle, unit: unit.name, c), .title)
        sheet.merge(0, 0, toRow: 0, column: 6)
        sheet.rowHeights[0] = 24
        let rules = RuleSetName.text(scorecard.rules, c)
        let note = [heading.supervisorLine(c), rules, money.note(c)].compactMap { $0 }.joined(separator: c.label(.semicolon))
        sheet.text(1, 0, note, .note)
        sheet.merge(1, 0, toRow: 1, column: 6, style: .note)
        let headers = [c.label(.projectName), money.head(.budgetIn, c), money.head(.spentIn, c), c.label(.executionRate), c.label(.executionScore), c.label(.total), c.label(.grade)]
        for (column, header) in headers.enumerated() { sheet.text(2, column, header, .header) }
        var row = 3
        for project in scorecard.projects {
            sheet.text(row, 0, project.name, .wrapped)
            sheet.number(row, 1, money.value(project.budget), money.style())
            if let spent = project.spent { sheet.number(row, 2, money.value(spent), money.style()) } else { sheet.text(row, 2, "—", .centered) }
            if let rate = project.executionRate { sheet.number(row, 3, rate / 100, .percent) } else { sheet.text(row, 3, "—", .centered) }
            sheet.number(row, 4, project.executionScore)
            sheet.number(row, 5, project.total)
            sheet.text(row, 6, c.gradeName(project.grade), .centered)
            row += 1
        }
        sheet.text(row, 0, c.label(.unitBudgetWeighted, unit.name), .bold)
        sheet.number(row, 1, money.sum(scorecard.projects.map(\.budget)), money.style(bold: true))
        sheet.number(row, 2, money.sum(scorecard.projects.compactMap(\.spent)), money.style(bold: true))
        if let rate = unit.executionRate { sheet.number(row, 3, rate / 100, .percent) } else { sheet.text(row, 3, "—", .centered) }
        sheet.text(row, 4, "", .text)
        sheet.number(row, 5, unit.score, .boldAmount)
        sheet.text(row, 6, c.gradeName(unit.grade), .bold)
        row += 2
        sheet.text(row, 0, c.label(.grade), .header)
        sheet.text(row, 1, c.label(.projects), .header)
        row += 1
        for count in unit.grades {
            sheet.text(row, 0, c.gradeName(count.name), .centered)
            sheet.number(row, 1, Decimal(count.count), .centered)
            row += 1
        }
        row += 1
        sheet.text(row, 0, c.label(.rowStatus), .header)
        sheet.text(row, 1, c.label(.rowCount), .header)
        row += 1
        for count in c.statusCounts(scorecard.projects) {
            sheet.text(row, 0, count.word, .centered)
            sheet.number(row, 1, Decimal(count.count), .centered)
            row += 1
        }
        sheet.columnWidths = [44, 18, 18, 11, 13, 10, 16]
        sheet.printTitleRows = 2...2
        sheet.frozenRows = 3
        sheet.footer = c.label(.pagePOfN)
        sheet.fitRowHeights()
        return sheet
    }
}
