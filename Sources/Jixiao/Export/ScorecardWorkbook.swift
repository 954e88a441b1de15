import Foundation

/// `score --format xlsx`: the summary sheet 汇总 and one 项目支出绩效自评表 sheet per project.
/// Every figure comes from the scorecard as computed; nothing is recomputed here.
public enum ScorecardWorkbook {
    public static func xlsx(_ scorecard: Scorecard, language: Language) -> Data {
        let c = MessageCatalog.for(language)
        let names = SheetNames.unique([c.label("汇总")] + scorecard.projects.map(\.name))
        // One sheet per project, laid out on all cores; the order is the scorecard's.
        let projects = scorecard.projects
        let laidOut = ChunkResults<Worksheet>(count: projects.count)
        DispatchQueue.concurrentPerform(iterations: projects.count) { index in
            laidOut[index] = SelfAssessmentSheet.sheet(projects[index], name: names[index + 1], c)
        }
        return WorkbookWriter.xlsx([summary(scorecard, name: names[0], c)] + laidOut.values)
    }

    static func summary(_ scorecard: Scorecard, name: String, _ c: MessageCatalog) -> Worksheet {
        var sheet = Worksheet(name: name)
        let unit = scorecard.unit
        let heading = ScorecardHeading(scorecard)
        sheet.text(0, 0, heading.title("{0} 项目支出绩效自评汇总", unit: unit.name, c), .title)
        sheet.merge(0, 0, toRow: 0, column: 6)
        sheet.rowHeights[0] = 24
        let rules = c.label("评分规则：{0}（{1}）", scorecard.rules.name, scorecard.rules.title)
        sheet.text(1, 0, heading.supervisorLine(c).map { $0 + c.label("；") + rules } ?? rules, .note)
        sheet.merge(1, 0, toRow: 1, column: 6, style: .note)
        let headers = [c.label("项目名称"), c.label("全年预算数（元）"), c.label("全年执行数（元）"), c.label("执行率"), c.label("预算执行得分"), c.label("总分"), c.label("等级")]
        for (column, header) in headers.enumerated() { sheet.text(2, column, header, .header) }
        var row = 3
        for project in scorecard.projects {
            sheet.text(row, 0, project.name, .wrapped)
            sheet.number(row, 1, project.budget)
            if let spent = project.spent { sheet.number(row, 2, spent) } else { sheet.text(row, 2, "—", .centered) }
            if let rate = project.executionRate { sheet.number(row, 3, rate / 100, .percent) } else { sheet.text(row, 3, "—", .centered) }
            sheet.number(row, 4, project.executionScore)
            sheet.number(row, 5, project.total)
            sheet.text(row, 6, project.grade, .centered)
            row += 1
        }
        sheet.text(row, 0, c.label("单位：{0}（预算加权）", unit.name), .bold)
        sheet.number(row, 1, unit.budget, .boldAmount)
        sheet.number(row, 2, unit.spent, .boldAmount)
        if let rate = unit.executionRate { sheet.number(row, 3, rate / 100, .percent) } else { sheet.text(row, 3, "—", .centered) }
        sheet.text(row, 4, "", .text)
        sheet.number(row, 5, unit.score, .boldAmount)
        sheet.text(row, 6, unit.grade, .bold)
        row += 2
        sheet.text(row, 0, c.label("等级"), .header)
        sheet.text(row, 1, c.label("项目数"), .header)
        row += 1
        for count in unit.grades {
            sheet.text(row, 0, count.name, .centered)
            sheet.number(row, 1, Decimal(count.count), .centered)
            row += 1
        }
        row += 1
        sheet.text(row, 0, c.label("指标状态"), .header)
        sheet.text(row, 1, c.label("指标数"), .header)
        row += 1
        for count in unit.statuses {
            sheet.text(row, 0, c.status(count.name), .centered)
            sheet.number(row, 1, Decimal(count.count), .centered)
            row += 1
        }
        sheet.columnWidths = [44, 18, 18, 10, 13, 10, 8]
        sheet.printTitleRows = 2...2
        sheet.footer = c.label("第 &P 页，共 &N 页")
        sheet.fitRowHeights()
        return sheet
    }
}
