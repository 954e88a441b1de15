import Foundation

/// Reasons that say nothing (`audit.boilerplateReason`): a set phrase (无, 同上 …), a text shorter
/// than the rule file's length, or one text repeated word for word on many rows of the unit.
enum ReasonAudit {
    struct Repeated: Hashable {
        var text: String
        var count: Int
        /// Where it first appears: the project's index and the row's index in its indicators.
        var project: Int
        var row: Int
    }

    /// Why a reason says nothing (a set phrase, too short: a `Wording` argument), or nil when it may
    /// say something.
    /// A set phrase is recognised with the stop a hurried hand puts after it (`无。`, `同上；`).
    static func saysNothing(_ reason: String, rules: AuditRules) -> String? {
        var compact = PrintedText.compact(PrintedText.foldWidth(reason))
        while let last = compact.last, compact.count > 1, "。.;；,，、!！".contains(last) { compact.removeLast() }
        if rules.boilerplateWords.contains(where: { PrintedText.compact(PrintedText.foldWidth($0)) == compact }) { return Wording(.auditSetPhrase).argument }
        if compact.count < rules.shorterThan { return Wording(.auditTooShort, String(rules.shorterThan)).argument }
        return nil
    }

    /// The reasons of rows below full points that appear `repeatedOn` times or more, in the order
    /// of their first row; a set phrase is reported on its own row instead.
    static func repeated(_ projects: [ProjectScore], rules: AuditRules) -> [Repeated] {
        var order: [String] = []
        var found: [String: Repeated] = [:]
        for (p, project) in projects.enumerated() {
            for (r, row) in project.indicators.enumerated() where row.score < row.points {
                guard let reason = row.reason.map(PrintedText.trimmed), !reason.isEmpty, saysNothing(reason, rules: rules) == nil else { continue }
                if found[reason] == nil {
                    order.append(reason)
                    found[reason] = Repeated(text: reason, count: 0, project: p, row: r)
                }
                found[reason]?.count += 1
            }
        }
        return order.compactMap { found[$0] }.filter { $0.count >= rules.repeatedOn }
    }
}
