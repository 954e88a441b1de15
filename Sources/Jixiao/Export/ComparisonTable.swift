import Foundation

/// `compare` (table, JSON, XLSX): per project the budget and total of both years, then a line per
/// indicator with both targets, actuals and scores and what changed; 指标值设定明显偏低 flagged.
public enum ComparisonTable {
    static func changeWord(_ item: YearComparison.IndicatorChange, _ c: MessageCatalog) -> String {
        switch item.change {
        case .added: return c.label("新增")
        case .dropped: return c.label("删除")
        case .kept:
            if item.belowLastActual { return c.label("指标值设定明显偏低") }
            return item.targetChanged ? c.label("指标值调整") : ""
        }
    }

    static func projectWord(_ change: YearComparison.Change, _ c: MessageCatalog) -> String {
        switch change {
        case .added: return c.label("新增项目")
        case .dropped: return c.label("删除项目")
        case .kept: return ""
        }
    }

    static func fixed(_ value: Decimal?) -> String { value.map { Rounding.fixed($0) } ?? "-" }

    public static func render(_ report: YearComparison, language: Language) -> String {
        let c = MessageCatalog.for(language)
        var text = c.label("上年：{0}；本年：{1}", report.last, report.this) + "\n\n"
        var projects = TextTable(headers: ["项目", "上年预算数(元)", "本年预算数(元)", "上年总分", "本年总分", "变化"].map { c.label($0) },
                                 alignments: [.left, .right, .right, .right, .right, .left])
        for project in report.projects {
            projects.add([project.name, project.lastBudget.map { Rounding.grouped($0) } ?? "-", project.thisBudget.map { Rounding.grouped($0) } ?? "-",
                          fixed(project.lastTotal), fixed(project.thisTotal), projectWord(project.change, c)])
        }
        text += projects.render()
        for project in report.projects {
            var rows = TextTable(headers: ["三级指标", "上年指标值", "上年实际", "上年得分", "本年指标值", "本年实际", "本年得分", "变化"].map { c.label($0) },
                                 alignments: [.left, .left, .left, .right, .left, .left, .right, .left])
            let shown = project.indicators.filter { $0.change != .kept || $0.targetChanged || $0.belowLastActual || report.thisIsScorecard }
            guard !shown.isEmpty else { continue }
            for item in shown {
                rows.add([item.name, item.lastTarget ?? "-", item.lastActual ?? "-", fixed(item.lastScore), item.thisTarget ?? "-",
                          item.thisActual ?? "-", fixed(item.thisScore), changeWord(item, c)])
            }
            text += "\n" + project.name + "\n" + rows.render()
        }
        text += "\n" + c.label("指标值设定明显偏低：{0} 个", String(report.lowered.count)) + "\n"
        return text
    }

    public static func json(_ report: YearComparison, diagnostics: [Diagnostic], language: Language) -> Data {
        JSONDocument.encode(report, as: "comparison", diagnostics: diagnostics, language: language)
    }

    public static func xlsx(_ report: YearComparison, language: Language) -> Data {
        let c = MessageCatalog.for(language)
        var sheet = Worksheet(name: c.label("年度对比"))
        let heads = ["项目", "一级指标", "三级指标", "上年指标值", "上年实际", "上年得分", "本年指标值", "本年实际", "本年得分", "变化"]
        sheet.text(0, 0, c.label("绩效指标年度对比"), .title)
        sheet.merge(0, 0, toRow: 0, column: heads.count - 1)
        sheet.rowHeights[0] = 24
        sheet.text(1, 0, c.label("上年：{0}；本年：{1}", (report.last as NSString).lastPathComponent, (report.this as NSString).lastPathComponent), .note)
        sheet.merge(1, 0, toRow: 1, column: heads.count - 1, style: .note)
        for (column, head) in heads.enumerated() { sheet.text(2, column, c.label(head), .header) }
        var row = 2
        for project in report.projects {
            for item in project.indicators {
                row += 1
                sheet.text(row, 0, project.name + (project.change == .kept ? "" : c.label("（{0}）", projectWord(project.change, c))), .wrapped)
                sheet.text(row, 1, item.category, .centered)
                sheet.text(row, 2, item.name, .wrapped)
                sheet.text(row, 3, item.lastTarget ?? "", .centered)
                sheet.set(row, 4, SelfAssessmentSheet.actualValue(item.lastActual), .centered)
                if let score = item.lastScore { sheet.number(row, 5, score) } else { sheet.text(row, 5, "", .text) }
                sheet.text(row, 6, item.thisTarget ?? "", .centered)
                sheet.set(row, 7, SelfAssessmentSheet.actualValue(item.thisActual), .centered)
                if let score = item.thisScore { sheet.number(row, 8, score) } else { sheet.text(row, 8, "", .text) }
                sheet.text(row, 9, changeWord(item, c), item.belowLastActual ? .bold : .centered)
            }
        }
        sheet.columnWidths = [26, 12, 30, 14, 14, 9, 14, 14, 9, 18]
        sheet.printTitleRows = 2...2
        sheet.frozenRows = 3
        sheet.footer = c.label("第 &P 页，共 &N 页")
        sheet.fitRowHeights()
        return WorkbookWriter.xlsx([sheet], title: c.label("绩效指标年度对比"), subject: "")
    }
}
