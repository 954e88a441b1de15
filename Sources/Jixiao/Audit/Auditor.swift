import Foundation

/// The 自评失真 checks a reviewer runs on a scorecard (the rule file's `audit`, `AuditRules`): money
/// and results that disagree, reasons that say nothing, marks that are all full, rows that cannot
/// score. Each finding is a warning with a red or yellow `auditLevel`; the existing findings that
/// are audit questions too (JX507 a row below full points without a reason, JX514 no
/// 实际完成情况, JX506 a budget of 0, JX508 spending above the budget) get their level here. Findings on a row are placed at its actuals line; findings
/// on a project at the actuals file.
public enum Auditor {
    public static func audit(_ scorecard: inout Scorecard, actualsFile file: String) {
        let rules = scorecard.ruleSet.audit
        var found: [Diagnostic] = []
        func add(_ level: AuditLevel?, _ code: DiagnosticCode, project: String, indicator: String? = nil, line: Int? = nil,
                 _ arguments: String...) {
            if let level { found.append(finding(level, code, file: file, line: line, arguments, project: project, indicator: indicator)) }
        }
        // Projects are independent: audited in chunks on all cores, joined in project order.
        let projects = scorecard.projects
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, projects.count / 64))
        let results = ChunkResults<[Diagnostic]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var part: [Diagnostic] = []
            for project in projects[(projects.count * chunk / chunks)..<(projects.count * (chunk + 1) / chunks)] {
                ProjectAudit(project: project, rules: rules).run { level, code, indicator, line, arguments in
                    if let level { part.append(finding(level, code, file: file, line: line, arguments, project: project.name, indicator: indicator)) }
                }
            }
            results[chunk] = part
        }
        found += results.values.flatMap { $0 }
        for reason in ReasonAudit.repeated(scorecard.projects, rules: rules) {
            add(rules.boilerplateReason, .auditRepeatedReason, project: reason.project, indicator: reason.indicator, line: reason.line,
                reason.text, String(reason.count), reason.project, reason.indicator)
        }
        for deviation in scorecard.deviations where deviation.kind == .overAchievement && !deviation.explained {
            add(rules.overAchievementNoReason, .auditOverAchievementNoReason, project: deviation.project, indicator: deviation.indicator,
                line: deviation.actualLine, deviation.project, deviation.indicator, deviation.actual ?? "", deviation.target ?? "")
        }
        for index in scorecard.diagnostics.indices {
            switch scorecard.diagnostics[index].code {
            case .noDeviationReason: scorecard.diagnostics[index].auditLevel = rules.emptyReason
            case .noGoalOutcome: scorecard.diagnostics[index].auditLevel = rules.noGoalOutcome
            case .zeroBudget: scorecard.diagnostics[index].auditLevel = rules.zeroBudget
            case .overspent: scorecard.diagnostics[index].auditLevel = rules.overspent
            default: break
            }
        }
        scorecard.diagnostics += found
    }

    /// One finding: a warning of `code` with its level, at the actuals line (or the file).
    static func finding(_ level: AuditLevel, _ code: DiagnosticCode, file: String, line: Int?, _ arguments: [String],
                        project: String, indicator: String?) -> Diagnostic {
        var diagnostic = Diagnostic(code: code, severity: code.defaultSeverity, location: SourceLocation(file: file, line: line ?? 0),
                                    arguments: arguments).about(project: project, indicator: indicator)
        diagnostic.auditLevel = level
        return diagnostic
    }
}
