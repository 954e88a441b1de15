import Foundation

/// The rule file's `audit` section (`AuditRules`): per check `{ level: "red" | "yellow" | "off", … }`
/// with its threshold. A check left out keeps its default.
extension RuleFileReader {
    mutating func readAudit(_ value: JSONValue) -> AuditRules {
        var audit = AuditRules()
        let checks = ["scoreAboveExecution", "unspent", "zeroBudget", "overspent", "costAboveSpent", "emptyReason", "boilerplateReason", "qualitativeAllFull",
                      "allMetLowExecution", "cannotScore", "noGoalOutcome", "overAchievementNoReason"]
        let section = object(value, path: "audit", keys: Set(checks))
        func check(_ name: String, keys: Set<String> = [], default level: AuditLevel?) -> (AuditLevel?, [String: JSONValue]) {
            guard let item = section[name] else { return (level, [:]) }
            let path = "audit." + name
            let fields = object(item, path: path, keys: keys.union(["level"]))
            guard let text = string(fields["level"], path: path + ".level", required: false) else { return (level, fields) }
            if text == "off" { return (nil, fields) }
            guard let parsed = AuditLevel(rawValue: text) else {
                fail(.ruleBadValue, at: path + ".level", path + ".level", "\"\(text)\"", Wording(.jsonValues, "red", "yellow", "off").argument)
                return (level, fields)
            }
            return (parsed, fields)
        }
        var fields: [String: JSONValue]
        (audit.scoreAboveExecution, fields) = check("scoreAboveExecution", keys: ["gap"], default: audit.scoreAboveExecution)
        audit.scoreAboveExecutionGap = optional(fields["gap"], path: "audit.scoreAboveExecution.gap", range: 0...1000) ?? audit.scoreAboveExecutionGap
        (audit.unspent, fields) = check("unspent", keys: ["share"], default: audit.unspent)
        audit.unspentShare = optional(fields["share"], path: "audit.unspent.share", range: 0...100) ?? audit.unspentShare
        (audit.zeroBudget, _) = check("zeroBudget", default: audit.zeroBudget)
        (audit.overspent, _) = check("overspent", default: audit.overspent)
        (audit.costAboveSpent, fields) = check("costAboveSpent", keys: ["tolerance"], default: audit.costAboveSpent)
        audit.costTolerance = optional(fields["tolerance"], path: "audit.costAboveSpent.tolerance", range: 0...1_000_000_000) ?? audit.costTolerance
        (audit.emptyReason, _) = check("emptyReason", default: audit.emptyReason)
        (audit.boilerplateReason, fields) = check("boilerplateReason", keys: ["words", "repeatedOn", "shorterThan"], default: audit.boilerplateReason)
        if fields["words"] != nil { audit.boilerplateWords = strings(fields["words"], path: "audit.boilerplateReason.words") }
        audit.repeatedOn = count(fields["repeatedOn"], path: "audit.boilerplateReason.repeatedOn") ?? audit.repeatedOn
        audit.shorterThan = count(fields["shorterThan"], path: "audit.boilerplateReason.shorterThan") ?? audit.shorterThan
        (audit.qualitativeAllFull, fields) = check("qualitativeAllFull", keys: ["rows"], default: audit.qualitativeAllFull)
        audit.qualitativeRows = count(fields["rows"], path: "audit.qualitativeAllFull.rows") ?? audit.qualitativeRows
        (audit.allMetLowExecution, fields) = check("allMetLowExecution", keys: ["executionBelow"], default: audit.allMetLowExecution)
        audit.executionBelow = optional(fields["executionBelow"], path: "audit.allMetLowExecution.executionBelow", range: 0...100) ?? audit.executionBelow
        (audit.cannotScore, _) = check("cannotScore", default: audit.cannotScore)
        (audit.noGoalOutcome, _) = check("noGoalOutcome", default: audit.noGoalOutcome)
        (audit.overAchievementNoReason, _) = check("overAchievementNoReason", default: audit.overAchievementNoReason)
        return audit
    }

    /// A number when the key is there; nil (the default stands) when it is not.
    private mutating func optional(_ value: JSONValue?, path: String, range: ClosedRange<Decimal>) -> Decimal? {
        guard let value else { return nil }
        return number(value, path: path, range: range)
    }

    /// A whole number 1…1000 (a count of rows or characters), or nil when absent or unreadable.
    private mutating func count(_ value: JSONValue?, path: String) -> Int? {
        guard let value, let number = number(value, path: path, range: 1...1000) else { return nil }
        return NSDecimalNumber(decimal: number).intValue
    }
}
