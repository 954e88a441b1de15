import Foundation

/// `score --format xlsx`: the summary sheet 汇总, one 项目支出绩效自评表 sheet per project, and
/// 审核提示 (every warning and error of the run). Money in 元 or 万元 (`MoneyUnit`). Every
/// figure comes from the scorecard as computed; nothing is recomputed here.
public enum ScorecardWorkbook {
    public static func xlsx(_ scorecard: Scorecard, language: Language, money unit: MoneyUnit = .wanYuan) -> Data {
        let c = MessageCatalog.for(language)
        let money = unit.format
        let departmentName = scorecard.department.map { _ in [c.label(.departmentSheet)] } ?? []
        let names = SheetNames.unique([c.label(.summary)] + departmentName + scorecard.projects.map(\.name) + [c.label(.reviewNotes)])
        let offset = departmentName.count
        // One sheet per project, laid out on all cores; the order is the scorecard's.
        let projects = scorecard.projects
        let laidOut = ChunkResults<Worksheet>(count: projects.count)
        DispatchQueue.concurrentPerform(iterations: projects.count) { index in
            laidOut[index] = SelfAssessmentSheet.sheet(projects[index], name: names[index + 1 + offset], c, money: money)
        }
        let department = scorecard.department.map { DepartmentSheet.sheet($0, name: names[1], c, money: money) }
        let notes = ReviewNotes.sheet(scorecard.diagnostics, name: names[names.count - 1], c)
        let heading = ScorecardHeading(scorecard)
        let sheets = [summary(scorecard, name: names[0], c, money: money)] + (department.map { [$0] } ?? []) + laidOut.values + [notes]
        return WorkbookWriter.xlsx(sheets,
                                   title: heading.title(.formsTitle, unit: scorecard.unit.name, c),
                                   subject: heading.supervisorLine(c) ?? scorecard.unit.name)
    }

    static func summary(_ scorecard: Scorecard, name: String, _ c: MessageCatalog, money: MoneyFormat) -> Worksheet {
        var sheet = Worksheet(name: name)
        let unit = scorecard.unit
        let heading = ScorecardHeading(scorecard)
        sheet.text(0, 0, heading.title(scorecard.department == nil ? .scorecardTitle : .scorecardTitleWithDepartment, unit: unit.name, c), .title)
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
        // The projects' line: the unit's result, or, with a 部门整体 form, the projects' average beside it.
        let department = scorecard.department
        sheet.text(row, 0, department == nil ? c.label(.unitBudgetWeighted, unit.name) : c.label(.projectsAverage), .bold)
        sheet.number(row, 1, money.sum(scorecard.projects.map(\.budget)), money.style(bold: true))
        sheet.number(row, 2, money.sum(scorecard.projects.compactMap(\.spent)), money.style(bold: true))
        if let rate = unit.executionRate {
            sheet.number(row, 3, rate / 100, .percent)
        } else {
            sheet.text(row, 3, "—", .centered)
        }
        sheet.text(row, 4, "", .text)
        sheet.number(row, 5, department == nil ? unit.score : unit.projectAverage ?? 0, .boldAmount)
        sheet.text(row, 6, c.gradeName(department == nil ? unit.grade : unit.projectAverageGrade ?? ""), .bold)
        if let department {
            row += 1
            sheet.text(row, 0, c.label(.unitResultDepartment, unit.name), .bold)
            sheet.number(row, 1, money.value(department.budget), money.style(bold: true))
            if let spent = department.spent { sheet.number(row, 2, money.value(spent), money.style(bold: true)) } else { sheet.text(row, 2, "—", .centered) }
            if let rate = department.executionRate { sheet.number(row, 3, rate / 100, .percent) } else { sheet.text(row, 3, "—", .centered) }
            sheet.number(row, 4, department.executionScore)
            sheet.number(row, 5, unit.score, .boldAmount)
            sheet.text(row, 6, c.gradeName(unit.grade), .bold)
        }
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
