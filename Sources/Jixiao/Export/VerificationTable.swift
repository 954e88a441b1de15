import Foundation

/// `verify` (table, JSON, XLSX): a line per project with the reported and recomputed 总分 and 等级,
/// then every discrepancy with its recomputation and working, then apart from them the audit
/// findings (审核提示) on the recomputed form, red first.
public enum VerificationTable {
    public static func render(_ report: VerificationReport, language: Language) -> String {
        let c = MessageCatalog.for(language)
        var projects = TextTable(headers: [.project, .rowCount, .reportedTotal, .recomputedTotal, .reportedGrade, .recomputedGrade].map { c.label($0) },
                                 alignments: [.left, .right, .right, .right, .left, .left])
        for project in report.projects {
            projects.add([project.name, String(project.rows), project.reportedTotal.map { Rounding.fixed($0) } ?? "-",
                          Rounding.fixed(project.recomputedTotal), project.reportedGrade ?? "-", project.recomputedGrade])
        }
        var text = c.label(.recheckLine, report.file, report.rules) + "\n\n" + projects.render()
        if report.follows {
            text += "\n" + c.label(.everyScoreTotalAnd) + "\n"
        } else {
            var found = TextTable(headers: [.project, .indicatorShort, .reported, .recomputed, .basis, .place].map { c.label($0) },
                                  alignments: [.left, .left, .right, .right, .left, .left])
            for item in report.discrepancies {
                found.add([item.project, item.indicator, item.reported, item.recomputed, item.basis, item.location])
            }
            text += "\n" + c.label(.figuresThatDoNot, String(report.discrepancies.count)) + "\n" + found.render()
        }
        text += "\n" + findingsLine(report, c) + "\n"
        guard !report.findings.isEmpty else { return text }
        var audit = TextTable(headers: [.severity, .code, .project, .indicatorShort, .message, .place].map { c.label($0) },
                              alignments: [.left, .left, .left, .left, .left, .left])
        for line in ReviewNotes.lines(report.findings, c, inOrder: true) {
            audit.add([line.severity, line.code, line.project, line.indicator, line.message, line.place])
        }
        return text + audit.render()
    }

    /// 审核提示: how many red and yellow findings, or that there are none.
    static func findingsLine(_ report: VerificationReport, _ c: MessageCatalog) -> String {
        guard !report.findings.isEmpty else { return c.label(.noAuditFinding) }
        let red = report.findings.filter { $0.auditLevel == .red }.count
        return c.label(.auditFindingsCount, String(red), String(report.findings.count - red))
    }

    public static func json(_ report: VerificationReport, diagnostics: [Diagnostic], language: Language) -> Data {
        JSONDocument.encode(report, as: "verification", diagnostics: diagnostics, language: language)
    }

    /// `verify --format xlsx`: one sheet 复核结果 with the projects and the discrepancies.
    public static func xlsx(_ report: VerificationReport, language: Language) -> Data {
        let c = MessageCatalog.for(language)
        var sheet = Worksheet(name: c.label(.reCheck))
        sheet.text(0, 0, c.label(.reCheckOfA), .title)
        sheet.merge(0, 0, toRow: 0, column: 5)
        sheet.rowHeights[0] = 24
        sheet.text(1, 0, c.label(.recheckLine, (report.file as NSString).lastPathComponent, report.rules), .note)
        sheet.merge(1, 0, toRow: 1, column: 5, style: .note)
        var row = 2
        for (column, head) in [Label.project, .rowCount, .reportedTotal, .recomputedTotal, .reportedGrade, .recomputedGrade].enumerated() { sheet.text(row, column, c.label(head), .header) }
        for project in report.projects {
            row += 1
            sheet.text(row, 0, project.name, .wrapped)
            sheet.number(row, 1, Decimal(project.rows), .centered)
            if let total = project.reportedTotal { sheet.number(row, 2, total) } else { sheet.text(row, 2, "—", .centered) }
            sheet.number(row, 3, project.recomputedTotal)
            sheet.text(row, 4, project.reportedGrade ?? "—", .centered)
            sheet.text(row, 5, project.recomputedGrade, .centered)
        }
        row += 2
        sheet.text(row, 0, report.follows ? c.label(.everyScoreTotalAnd) : c.label(.figuresThatDoNot, String(report.discrepancies.count)), .bold)
        sheet.merge(row, 0, toRow: row, column: 5)
        row += 1
        for (column, head) in [Label.project, .indicatorShort, .reported, .recomputed, .basis, .place].enumerated() { sheet.text(row, column, c.label(head), .header) }
        if report.discrepancies.isEmpty {
            // Heads over nothing read as a table that failed to fill: say that nothing was found.
            row += 1
            sheet.text(row, 0, c.label(.noDiscrepancyFound), .centered)
            sheet.merge(row, 0, toRow: row, column: 5)
        }
        for item in report.discrepancies {
            row += 1
            sheet.text(row, 0, item.project, .wrapped)
            sheet.text(row, 1, item.indicator, .wrapped)
            sheet.text(row, 2, item.reported, .centered)
            sheet.text(row, 3, item.recomputed, .centered)
            sheet.text(row, 4, item.basis, .wrapped)
            sheet.text(row, 5, (item.location as NSString).lastPathComponent, .wrapped)
        }
        // The audit's findings are on their own sheet; here, how many.
        row += 2
        sheet.text(row, 0, findingsLine(report, c), .bold)
        sheet.merge(row, 0, toRow: row, column: 5)
        sheet.columnWidths = [30, 30, 12, 12, 44, 24]
        sheet.footer = c.label(.pagePOfN)
        sheet.fitRowHeights()
        let audit = ReviewNotes.sheet(report.findings, name: c.label(.reviewNotes), c, note: findingsLine(report, c))
        return WorkbookWriter.xlsx([sheet, audit], title: c.label(.reCheckOfA), subject: report.file)
    }
}
