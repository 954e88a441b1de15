import Foundation

/// `rollup --format html`: the commission's score, a bar per unit coloured by grade, and the
/// tables of units, projects (with 全年执行数) and rows below full points (why a row scored 0, its
/// reason, its remedy). Self-contained, prints on A4 landscape. Money in 元 or 万元 (`MoneyUnit`).
public enum CommissionHTML {
    public static func html(_ summary: CommissionSummary, language: Language, money unit: MoneyUnit = .yuan) -> Data {
        let c = MessageCatalog.for(language)
        let money = unit.format
        let cutoffs = summary.cutoffs
        func e(_ text: String) -> String { XMLText.escape(text) }
        let title = XMLText.escape(CommissionTable.title(summary, c))
        var page = "<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"><title>\(title)</title>"
        page += "<style>\(ReportStyle.css)</style></head><body>\n<h1>\(title)</h1>"
        page += "<div class=\"muted\">" + c.label(.ruleFilesLine) + e(summary.rules.joined(separator: c.label(.listSeparator)))
            + (money.note(c).map { c.label(.semicolon) + e($0) } ?? "") + "</div>"
        page += "<div class=\"hero\"><div><div class=\"muted\">\(c.label(.commissionScoreWeightedBy))</div><div class=\"score\">\(Rounding.fixed(summary.score))</div></div>"
        page += "<span class=\"grade\" style=\"background:\(ReportStyle.color(forGrade: summary.grade, in: cutoffs))\">\(e(c.gradeName(summary.grade)))</span>"
        page += "<div class=\"facts\"><div>\(c.label(.unitCount))<b>\(summary.units.count)</b></div><div>\(c.label(.projects))<b>\(summary.projects.count)</b></div>"
        page += "<div>\(money.head(.budgetIn, c))<b>\(Rounding.grouped(money.sum(summary.units.map(\.budget))))</b></div>"
        page += "<div>\(c.label(.executionRate))<b>\(summary.executionRate.map { Rounding.fixed($0) + "%" } ?? "—")</b></div></div></div>\n"
        page += HTMLHeads.heading(.unitScores, c) + BarChart(bars: summary.units.map {
            BarChart.Bar(label: $0.name, value: $0.score, color: ReportStyle.color(forGrade: $0.grade, in: cutoffs), note: c.gradeName($0.grade))
        }, maximum: 100, marks: cutoffs.filter { $0.minimum > 0 }.map { ($0.minimum, "\($0.grade) \($0.minimum)") }).svg(title: c.label(.unitScores))
        // A unit that handed in a 部门整体 form has its projects' average beside its score.
        let averages = summary.hasProjectAverages
        page += HTMLHeads.heading(.unit, c) + "<table><thead><tr>" + HTMLHeads.cells([.unit, .projects], c) + "<th>" + money.head(.budgetIn, c) + "</th><th>"
            + money.head(.spentIn, c) + "</th>" + HTMLHeads.cells([.executionRate, .score, .grade], c)
            + (averages ? HTMLHeads.cells([.projectsAverageShort], c) : "") + HTMLHeads.cells([.auditRed, .auditYellow], c) + "</tr></thead><tbody>"
        for unit in summary.units {
            page += "<tr><td>\(e(unit.name))</td><td class=\"num\">\(unit.projects)</td><td class=\"num\">\(money.text(unit.budget))</td>"
                + "<td class=\"num\">\(money.text(unit.spent))</td><td class=\"num\">\(unit.executionRate.map { Rounding.fixed($0) + "%" } ?? "—")</td>"
                + "<td class=\"num\">\(Rounding.fixed(unit.score))</td><td class=\"c\">\(e(c.gradeName(unit.grade)))</td>"
                + (averages ? "<td class=\"num\">\(unit.projectAverage.map { Rounding.fixed($0) } ?? "—")</td>" : "")
                + "<td class=\"num\(unit.red > 0 ? " lost" : "")\">\(unit.red)</td><td class=\"num\">\(unit.yellow)</td></tr>"
        }
        // The commission's row, as the workbook has it: money summed as shown, the weighted score.
        page += "<tr class=\"total\"><td>\(c.label(.commissionBudgetWeighted))</td><td class=\"num\">\(summary.projects.count)</td>"
            + "<td class=\"num\">\(Rounding.grouped(money.sum(summary.units.map(\.budget))))</td>"
            + "<td class=\"num\">\(Rounding.grouped(money.sum(summary.units.map(\.spent))))</td>"
            + "<td class=\"num\">\(summary.executionRate.map { Rounding.fixed($0) + "%" } ?? "—")</td>"
            + "<td class=\"num\">\(Rounding.fixed(summary.score))</td><td class=\"c\">\(e(c.gradeName(summary.grade)))</td>"
            + (averages ? "<td></td>" : "")
            + "<td class=\"num\">\(summary.units.reduce(0) { $0 + $1.red })</td><td class=\"num\">\(summary.units.reduce(0) { $0 + $1.yellow })</td></tr>"
        page += "</tbody></table><h2>" + c.label(.projectGrade) + "</h2><table class=\"narrow\"><thead><tr><th>" + c.label(.grade)
            + "</th><th>" + c.label(.projects) + "</th></tr></thead><tbody>"
        for grade in summary.gradeOrder {
            page += "<tr><td class=\"c\">\(e(c.gradeName(grade)))</td><td class=\"num\">\(summary.grades[grade] ?? 0)</td></tr>"
        }
        page += "</tbody></table>" + HTMLHeads.heading(.project, c) + "<table><thead><tr>" + HTMLHeads.cells([.unit, .project], c) + "<th>" + money.head(.budgetIn, c)
            + "</th><th>" + money.head(.spentIn, c) + "</th>" + HTMLHeads.cells([.total, .grade], c) + "</tr></thead><tbody>"
        for project in summary.projects {
            page += "<tr><td>\(e(project.unit))</td><td>\(e(project.name))</td><td class=\"num\">\(money.text(project.budget))</td>"
                + "<td class=\"num\">\(project.spent.map { money.text($0) } ?? "—")</td>"
                + "<td class=\"num\">\(Rounding.fixed(project.total))</td><td class=\"c\">\(e(c.gradeName(project.grade)))</td></tr>"
        }
        page += "</tbody></table>" + HTMLHeads.heading(.rowsBelowFullPointsHeading, c) + "<table><thead><tr>"
            + HTMLHeads.cells([.unit, .project, .indicator, .target, .actual, .points, .score, .deviationReason, .remedy], c) + "</tr></thead><tbody>"
        for row in summary.belowFull {
            let reason = ZeroReason.rollupText(row, c)
            page += "<tr><td>\(e(row.unit))</td><td>\(e(row.project))</td><td>\(e(row.indicator))</td><td class=\"c\">\(e(row.target ?? c.label(.noneDeclared)))</td>"
                + "<td class=\"c\">\(e(row.actual ?? "—"))</td><td class=\"num\">\(Rounding.fixed(row.points))</td>"
                + "<td class=\"num lost\">\(Rounding.fixed(row.score))</td><td>\(reason.isEmpty ? "<span class=\"warn\">" + c.label(.noDeviationReasonGiven) + "</span>" : e(reason))</td>"
                + "<td>\(e(row.remedy ?? ""))</td></tr>"
        }
        page += "</tbody></table>" + HTMLHeads.heading(.recheckSample, c)
            + "<div class=\"muted\">" + e(c.label(.recheckSampleNote, String(summary.recheck.count))) + "</div>"
            + "<table><thead><tr>" + HTMLHeads.cells([.unit, .project, .auditRed, .auditYellow], c) + "<th>" + e(money.head(.budgetIn, c)) + "</th>"
            + HTMLHeads.cells([.recheckReason], c) + "</tr></thead><tbody>"
        for line in summary.recheck {
            page += "<tr><td>\(e(line.unit))</td><td>\(e(line.project))</td><td class=\"num\(line.red > 0 ? " lost" : "")\">\(line.red)</td>"
                + "<td class=\"num\">\(line.yellow)</td><td class=\"num\">\(money.text(line.budget))</td><td>\(e(line.reason(c)))</td></tr>"
        }
        page += "</tbody></table></body></html>\n"
        return Data(page.utf8)
    }
}
