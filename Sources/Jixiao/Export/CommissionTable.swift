import Foundation

/// `rollup` (default format): a line per unit, the commission line, then a line per project.
public enum CommissionTable {
    /// `2026年度 上海市住房和城乡建设管理委员会 绩效自评汇总`: the year and the 主管部门 the units'
    /// projects name (`主管部门绩效自评汇总` when none does).
    static func title(_ summary: CommissionSummary, _ c: MessageCatalog) -> String {
        let heading = ScorecardHeading(years: summary.years, supervisors: summary.supervisors)
        guard !heading.supervisors.isEmpty else {
            return heading.year.map { c.label(.yearN, String($0)) + " " } .map { $0 + c.label(.supervisingDepartmentSelfAssessment) }
                ?? c.label(.supervisingDepartmentSelfAssessment)
        }
        return heading.title(.rollupTitle, unit: heading.supervisors.joined(separator: c.label(.listSeparator)), c)
    }

    public static func render(_ summary: CommissionSummary, language: Language) -> String {
        let c = MessageCatalog.for(language)
        // A unit that handed in a 部门整体 form has its projects' average beside its score (a column
        // only when one did).
        let averages = summary.hasProjectAverages
        var heads: [Label] = [.unit, .projects, .budgetYuan, .spentYuan, .executionRate, .score, .grade]
        if averages { heads.append(.projectsAverageShort) }
        var units = TextTable(headers: (heads + [.auditRed, .auditYellow]).map { c.label($0) },
                              alignments: [.left, .right, .right, .right, .right, .right, .left] + (averages ? [.right] : []) + [.right, .right])
        for unit in summary.units {
            units.add([unit.name, String(unit.projects), Rounding.grouped(unit.budget), Rounding.grouped(unit.spent),
                       unit.executionRate.map { Rounding.fixed($0) + "%" } ?? "-", Rounding.fixed(unit.score), c.gradeName(unit.grade)]
                      + (averages ? [unit.projectAverage.map { Rounding.fixed($0) } ?? "-"] : []) + [String(unit.red), String(unit.yellow)])
        }
        units.add([c.label(.commissionBudgetWeighted), String(summary.projects.count),
                   Rounding.grouped(summary.budget), Rounding.grouped(summary.spent),
                   summary.executionRate.map { Rounding.fixed($0) + "%" } ?? "-", Rounding.fixed(summary.score), c.gradeName(summary.grade)]
                  + (averages ? [""] : [])
                  + [String(summary.units.reduce(0) { $0 + $1.red }), String(summary.units.reduce(0) { $0 + $1.yellow })])
        var projects = TextTable(headers: [.unit, .project, .budgetYuan, .total, .grade].map { c.label($0) },
                                 alignments: [.left, .left, .right, .right, .left])
        for project in summary.projects {
            projects.add([project.unit, project.name, Rounding.grouped(project.budget), Rounding.fixed(project.total), c.gradeName(project.grade)])
        }
        let grades = summary.gradeOrder.map { "\($0) \(summary.grades[$0] ?? 0)" }.joined(separator: ", ")
        var sample = TextTable(headers: [.unit, .project, .auditRed, .auditYellow, .budgetYuan, .recheckReason].map { c.label($0) },
                               alignments: [.left, .left, .right, .right, .right, .left])
        for line in summary.recheck {
            sample.add([line.unit, line.project, String(line.red), String(line.yellow), Rounding.grouped(line.budget), line.reason(c)])
        }
        return units.render() + "\n" + c.label(.projectGrades) + grades + "\n"
            + c.label(.rowsBelowFullPointsLine) + "\(summary.belowFull.count)\n\n" + projects.render()
            + "\n" + c.label(.recheckSample) + c.label(.bracketed, c.label(.recheckSampleNote, String(summary.recheck.count))) + "\n" + sample.render()
    }

    public static func json(_ summary: CommissionSummary, diagnostics: [Diagnostic], language: Language) -> Data {
        JSONDocument.encode(summary, as: "commission", diagnostics: diagnostics, language: language)
    }
}
