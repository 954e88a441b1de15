import Foundation

/// The rule-file keys for conventions seen in practice (all optional, defaults as in
/// `RuleSet+Conventions.swift`): `rounding`, `noTarget`, `execution.scoring` with `fullFrom` and
/// `perPercentPoint`, `totals.rescaleTo100`, `quantitative.bareNumber`, `quantitative.strictBound`, `quantitative.tolerance`, `monitoring` and
/// `comparison.lowMargin`.
extension RuleFileReader {
    mutating func readConventions(_ top: [String: JSONValue], execution: [String: JSONValue],
                                  quantitative: [String: JSONValue], into rules: inout RuleSet) {
        if quantitative["tolerance"] != nil {
            rules.tolerance = number(quantitative["tolerance"], path: "quantitative.tolerance", range: 0...50) ?? 0
        }
        if quantitative["overAchievementDeduct"] != nil {
            rules.overAchievementDeduct = number(quantitative["overAchievementDeduct"], path: "quantitative.overAchievementDeduct",
                                                 range: 0...100) ?? 0
        }
        if let value = quantitative["bareNumber"] {
            let bare = object(value, path: "quantitative.bareNumber", keys: ["assume", "cost"])
            func op(_ key: String) -> TargetOperator? {
                let path = "quantitative.bareNumber." + key
                guard let text = string(bare[key], path: path) else { return nil }
                guard let op = TargetOperator(rawValue: text), [.atLeast, .atMost, .equal].contains(op) else {
                    fail(.ruleBadValue, at: path, path, "\"\(text)\"", Wording(.jsonValues, "≥", "≤", "=").argument)
                    return nil
                }
                return op
            }
            rules.bareNumber = RuleSet.BareNumber(assume: op("assume") ?? .atLeast, cost: op("cost") ?? .atMost)
        }
        if let value = top["rounding"] {
            let rounding = object(value, path: "rounding", keys: ["mode", "places"])
            let mode = choice(rounding["mode"], path: "rounding.mode", RuleSet.ScoreRounding.Mode.self) ?? .halfUp
            let places = number(rounding["places"], path: "rounding.places", range: 0...2) ?? 2
            if places != places.rounded0 {
                fail(.ruleBadValue, at: "rounding.places", "rounding.places", "\(places)", Wording.list(["0", "1", "2"]).argument)
            }
            rules.rounding = RuleSet.ScoreRounding(mode: mode, places: NSDecimalNumber(decimal: places).intValue)
        }
        if quantitative["strictBound"] != nil {
            rules.strictBound = choice(quantitative["strictBound"], path: "quantitative.strictBound", RuleSet.StrictBound.self) ?? .asNonStrict
        }
        if top["noTarget"] != nil {
            rules.noTarget = choice(top["noTarget"], path: "noTarget", RuleSet.NoTargetScore.self) ?? .zero
        }
        if let value = top["monitoring"] {
            let monitoring = object(value, path: "monitoring", keys: ["executionTolerance", "progressTolerance"])
            rules.monitoring.executionTolerance = number(monitoring["executionTolerance"], path: "monitoring.executionTolerance",
                                                         range: 0...100) ?? 10
            rules.monitoring.progressTolerance = number(monitoring["progressTolerance"], path: "monitoring.progressTolerance",
                                                        range: 0...100) ?? 10
        }
        if let value = top["department"] {
            let department = object(value, path: "department", keys: ["executionPoints", "countBasic", "over100"])
            if department["executionPoints"] != nil {
                rules.department.executionPoints = number(department["executionPoints"], path: "department.executionPoints", range: 0...100)
            }
            rules.department.countBasic = bool(department["countBasic"], path: "department.countBasic") ?? true
            if department["over100"] != nil {
                rules.department.over100 = choice(department["over100"], path: "department.over100", DepartmentRules.Over100.self) ?? .cap
            }
        }
        if let value = top["comparison"] {
            let comparison = object(value, path: "comparison", keys: ["lowMargin"])
            rules.comparisonLowMargin = number(comparison["lowMargin"], path: "comparison.lowMargin", range: 0...1000) ?? 10
        }
        if let value = top["audit"] { rules.audit = readAudit(value) }
        if let value = top["totals"] {
            let totals = object(value, path: "totals", keys: ["rescaleTo100"])
            rules.rescaleTo100 = bool(totals["rescaleTo100"], path: "totals.rescaleTo100") ?? false
        }
        if execution["scoring"] != nil {
            switch string(execution["scoring"], path: "execution.scoring") {
            case "proportional":
                rules.executionScoring = .proportional
            case "steps":
                let fullFrom = number(execution["fullFrom"], path: "execution.fullFrom", range: 0...100) ?? 100
                let perPoint = number(execution["perPercentPoint"], path: "execution.perPercentPoint", range: 0...100) ?? 0
                rules.executionScoring = .steps(fullFrom: fullFrom, perPercentPoint: perPoint)
            case let other?:
                fail(.ruleBadValue, at: "execution.scoring", "execution.scoring", "\"\(other)\"", Wording(.jsonValues, "proportional", "steps").argument)
            case nil:
                break
            }
        }
    }

    mutating func bool(_ value: JSONValue?, path: String) -> Bool? {
        guard let value else { return nil }
        guard case .bool(let flag) = value else {
            fail(.ruleBadValue, at: path, path, value.shortDescription, Wording(.typeTrueFalse).argument)
            return nil
        }
        return flag
    }
}

private extension Decimal {
    /// The value without its fraction (toward zero).
    var rounded0: Decimal { Rounding.truncated(self, places: 0) }
}
