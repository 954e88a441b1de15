import Foundation

/// `monitor --format xlsx`: a first sheet 监控汇总 listing every project behind time progress and
/// every row 有可能 or 不可能 to reach its target, then one 项目支出绩效目标执行监控表 per project
/// (项目资金: 年初预算数, 全年预算数, 1-M月执行数, 执行率, 全年预计执行数; indicators: 年度指标值,
/// 1-M月完成值, 全年预计完成值, 完成目标可能性, 偏差原因分析, 改进措施), and 审核提示.
public enum ProgressWorkbook {
    public static func xlsx(_ report: ProgressReport, language: Language, money unit: MoneyUnit = .yuan) -> Data {
        let c = MessageCatalog.for(language)
        let money = unit.format
        let names = SheetNames.unique([c.label(.monitoringSummary)] + report.projects.map(\.name) + [c.label(.reviewNotes)])
        var sheets = [summary(report, name: names[0], c, money: money)]
        for (index, project) in report.projects.enumerated() {
            sheets.append(form(project, report: report, name: names[index + 1], c, money: money))
        }
        sheets.append(ReviewNotes.sheet(report.diagnostics, name: names[names.count - 1], c))
        return WorkbookWriter.xlsx(sheets, title: ProgressText.title(report, c), subject: report.supervisors.joined(separator: c.label(.listSeparator)))
    }

    static func summary(_ report: ProgressReport, name: String, _ c: MessageCatalog, money: MoneyFormat) -> Worksheet {
        var sheet = Worksheet(name: name)
        let width = 8
        sheet.text(0, 0, ProgressText.title(report, c), .title)
        sheet.merge(0, 0, toRow: 0, column: width - 1)
        sheet.rowHeights[0] = 24
        let note = [c.label(.timeProgressAndRules, ProgressText.rate(report.timeProgress), report.rules), money.note(c)]
        sheet.text(1, 0, note.compactMap { $0 }.joined(separator: c.label(.semicolon)), .note)
        sheet.merge(1, 0, toRow: 1, column: width - 1, style: .note)
        sheet.text(2, 0, ProgressText.reportedLine(report, c), .plain)
        sheet.merge(2, 0, toRow: 2, column: width - 1, style: .plain)
        var row = 4
        sheet.text(row, 0, c.label(.projectsWhoseSpendingLags, String(report.behind.count)), .bold)
        sheet.merge(row, 0, toRow: row, column: width - 1)
        row += 1
        let heads = [c.label(.projectName), money.head(.budgetIn, c), c.label(.spentToDateIn, c.month(report.month), money.unit.rawValue),
                     c.label(.executionRate), c.label(.timeProgress)]
        for (column, head) in heads.enumerated() { sheet.text(row, column, head, .header) }
        for project in report.behind {
            row += 1
            sheet.text(row, 0, project.name, .wrapped)
            sheet.number(row, 1, money.value(project.budget), money.style())
            if let spent = project.spent { sheet.number(row, 2, money.value(spent), money.style()) } else { sheet.text(row, 2, "—", .centered) }
            if let rate = project.execution.rate { sheet.number(row, 3, rate / 100, .percent) } else { sheet.text(row, 3, "—", .centered) }
            sheet.number(row, 4, project.execution.timeProgress / 100, .percent)
        }
        row += 2
        sheet.text(row, 0, c.label(.rowsAtRiskOf, String(report.atRisk.count)), .bold)
        sheet.merge(row, 0, toRow: row, column: width - 1)
        row += 1
        let rowHeads = [c.label(.projectName), c.label(.indicator), c.label(.target), ProgressText.monthHead(.valueToDateMonths, month: report.month, c),
                        c.label(.forecastForTheYear), c.label(.likelihoodOfReachingThe), c.label(.deviationAnalysis), c.label(.remedy)]
        for (column, head) in rowHeads.enumerated() { sheet.text(row, column, head, .header) }
        for (project, line) in report.atRisk {
            row += 1
            sheet.text(row, 0, project, .wrapped)
            sheet.text(row, 1, line.name, .wrapped)
            sheet.text(row, 2, line.target ?? c.label(.noneDeclared), .centered)
            sheet.set(row, 3, SelfAssessmentSheet.actualValue(line.actual), .centered)
            sheet.set(row, 4, SelfAssessmentSheet.actualValue(line.forecast), .centered)
            sheet.text(row, 5, ProgressText.likelihood(line.likelihood, c), .centered)
            sheet.text(row, 6, line.reason ?? c.label(.noDeviationReasonGivenBracketed), .wrapped)
            sheet.text(row, 7, line.remedy ?? "", .wrapped)
        }
        row += 2
        sheet.text(row, 0, c.label(.projectsWithNoProgress, String(report.unreported.count)), .bold)
        sheet.merge(row, 0, toRow: row, column: width - 1)
        for project in report.unreported {
            row += 1
            sheet.text(row, 0, project.name, .wrapped)
            sheet.merge(row, 0, toRow: row, column: 1)
        }
        sheet.columnWidths = [30, 30, 16, 16, 16, 14, 36, 30]
        sheet.footer = c.label(.pagePOfN)
        sheet.fitRowHeights()
        return sheet
    }

    static func form(_ project: ProgressProject, report: ProgressReport, name: String, _ c: MessageCatalog,
                     money: MoneyFormat) -> Worksheet {
        var sheet = Worksheet(name: name)
        let last = 8
        SelfAssessmentSheet.heading(&sheet, title: c.label(.projectSpendingPerformanceMonitoring),
                                    subtitle: (report.year.map { c.label(.yearLine, String($0)) } ?? "") + c.label(.monthsToDate, c.month(report.month)),
                                    project: project.name, supervisor: project.supervisor, unit: project.unit, c)
        sheet.text(4, 0, money.head(.fundsIn, c), .bold)
        sheet.merge(4, 0, toRow: 5, column: 0)
        let heads = [c.label(.budgetAtTheStart), c.label(.budget), ProgressText.monthHead(.spentToDateMonths, month: report.month, c), c.label(.executionRate),
                     c.label(.timeProgress), c.label(.forecastSpendingForThe)]
        for (offset, head) in heads.enumerated() { sheet.text(4, 1 + offset, head, .header) }
        sheet.number(5, 1, money.value(project.declaredBudget), money.style())
        sheet.number(5, 2, money.value(project.budget), money.style())
        if let spent = project.spent { sheet.number(5, 3, money.value(spent), money.style()) } else { sheet.text(5, 3, "—", .centered) }
        if let rate = project.execution.rate { sheet.number(5, 4, rate / 100, .percent) } else { sheet.text(5, 4, "—", .centered) }
        sheet.number(5, 5, project.execution.timeProgress / 100, .percent)
        if let forecast = project.forecastSpent { sheet.number(5, 6, money.value(forecast), money.style()) } else { sheet.text(5, 6, "", .text) }
        sheet.text(5, 7, project.execution.behind ? c.label(.spendingLagsTimeProgress) : "", .wrapped)
        sheet.merge(5, 7, toRow: 5, column: last)
        sheet.merge(4, 7, toRow: 4, column: last, style: .header)
        let tableHeads = [c.label(.category), c.label(.subcategory), c.label(.indicator), c.label(.target),
                          ProgressText.monthHead(.valueToDateMonths, month: report.month, c), c.label(.forecastForTheYear),
                          c.label(.likelihoodOfReachingThe), c.label(.deviationAnalysis), c.label(.remedy)]
        let headRow = 6
        for (column, head) in tableHeads.enumerated() { sheet.text(headRow, column, head, .header) }
        var row = headRow + 1
        for indicator in project.indicators {
            sheet.text(row, 0, indicator.category, .centered)
            sheet.text(row, 1, indicator.subcategory, .centered)
            sheet.text(row, 2, indicator.name, .wrapped)
            sheet.text(row, 3, indicator.target ?? c.label(.noneDeclared), .centered)
            sheet.set(row, 4, SelfAssessmentSheet.actualValue(indicator.actual), .centered)
            sheet.set(row, 5, SelfAssessmentSheet.actualValue(indicator.forecast), .centered)
            var likelihood = ProgressText.likelihood(indicator.likelihood, c)
            if let judged = indicator.judged, judged != indicator.likelihood {
                likelihood += c.label(.unitJudgementNote, ProgressText.likelihood(judged, c))
            }
            sheet.text(row, 6, likelihood, .centered)
            sheet.text(row, 7, indicator.reason ?? "", .wrapped)
            sheet.text(row, 8, indicator.remedy ?? "", .wrapped)
            row += 1
        }
        sheet.columnWidths = [12, 14, 30, 16, 14, 14, 14, 30, 26]
        sheet.printTitleRows = headRow...headRow
        sheet.footer = project.name + "  " + c.label(.pagePOfN)
        sheet.fitRowHeights()
        return sheet
    }
}
