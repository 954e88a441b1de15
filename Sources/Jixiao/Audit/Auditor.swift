import Foundation

/// The 自评失真 checks a reviewer runs (the rule file's `audit`, `AuditRules`): money and results
/// that disagree, reasons that say nothing, marks that are all full, rows that cannot score. Each
/// finding is a warning with a red or yellow `auditLevel`. The same checks run on a scorecard
/// (`score`) and on a submitted form recomputed (`verify`); only where a finding is placed differs.
/// The findings that are audit questions too (JX507 a row below full points without a reason,
/// JX514 no 实际完成情况, JX506 a budget of 0, JX508 spending above the budget) get their level here.
public enum Auditor {
    /// `score`: the checks' findings added to the scorecard's diagnostics, and the levels given.
    /// Findings on a row are placed at its actuals line; findings on a project at the actuals file.
    public static func audit(_ scorecard: inout Scorecard, actualsFile file: String) {
        // A 部门整体 form is audited as a project is, after the projects.
        let projects = scorecard.projects + (scorecard.department.map { [$0.asProject] } ?? [])
        let found = findings(projects, rules: scorecard.ruleSet.audit) { project, row in
            SourceLocation(file: file, line: row.flatMap { projects[project].indicators[$0].actualLine } ?? 0)
        }
        level(&scorecard.diagnostics, rules: scorecard.ruleSet.audit)
        scorecard.diagnostics += found
    }

    /// Every check's findings on `projects`, project by project in their order, then the reasons
    /// repeated across them. `place` gives a finding's location from the project's index and its
    /// row's index (nil: about the project).
    static func findings(_ projects: [ProjectScore], rules: AuditRules,
                         place: @escaping @Sendable (Int, Int?) -> SourceLocation) -> [Diagnostic] {
        // Projects are independent: audited in chunks on all cores, joined in project order.
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, projects.count / 64))
        let results = ChunkResults<[Diagnostic]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var part: [Diagnostic] = []
            for p in (projects.count * chunk / chunks)..<(projects.count * (chunk + 1) / chunks) {
                let project = projects[p]
                ProjectAudit(project: project, rules: rules).run { level, code, row, arguments in
                    if let level {
                        part.append(finding(level, code, at: place(p, row), arguments, project: project.name,
                                            indicator: row.map { project.indicators[$0].name }))
                    }
                }
            }
            results[chunk] = part
        }
        var found = results.values.flatMap { $0 }
        if let level = rules.boilerplateReason {
            for reason in ReasonAudit.repeated(projects, rules: rules) {
                let project = projects[reason.project].name
                let indicator = projects[reason.project].indicators[reason.row].name
                found.append(finding(level, .auditRepeatedReason, at: place(reason.project, reason.row),
                                     [reason.text, String(reason.count), project, indicator], project: project, indicator: indicator))
            }
        }
        return found
    }

    /// Gives the findings that are audit questions too their level from the rule file.
    static func level(_ diagnostics: inout [Diagnostic], rules: AuditRules) {
        for index in diagnostics.indices {
            if let level = level(of: diagnostics[index].code, rules: rules) { diagnostics[index].auditLevel = level }
        }
    }

    /// The level of a finding that is not one of the checks' own: nil for any other code, or when
    /// its check is off.
    static func level(of code: DiagnosticCode, rules: AuditRules) -> AuditLevel? {
        switch code {
        case .noDeviationReason: return rules.emptyReason
        case .noGoalOutcome: return rules.noGoalOutcome
        case .zeroBudget: return rules.zeroBudget
        case .overspent: return rules.overspent
        default: return nil
        }
    }

    /// One finding: a warning of `code` with its level.
    static func finding(_ level: AuditLevel, _ code: DiagnosticCode, at location: SourceLocation, _ arguments: [String],
                        project: String, indicator: String?) -> Diagnostic {
        var diagnostic = Diagnostic(code: code, severity: code.defaultSeverity, location: location, arguments: arguments)
            .about(project: project, indicator: indicator)
        diagnostic.auditLevel = level
        return diagnostic
    }
}
