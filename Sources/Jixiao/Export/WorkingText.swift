import Foundation

/// A row's working in one line (`3.13 × 92/100 = 2.88`, `无实际值 → 0.00`), rendered from the facts
/// the scorer returned (`Working`) in the chosen language. The arithmetic reads the same in every
/// language; the words come from the message catalog. A row read back from a scorecard file has
/// no facts, only the text it was written with, and shows that.
enum WorkingText {
    static func render(_ row: IndicatorScore, _ catalog: MessageCatalog) -> String {
        guard let working = row.working else { return row.basis }
        var text = arithmetic(row, working, catalog)
        if case .approximate(let word, _)? = row.reading { text += catalog.phrase(.workingApproximate, word) }
        if let strict = working.strictMissed {
            text += catalog.phrase(.workingStrictMissed, strict.rawValue, working.target.map { "\($0)" } ?? "",
                                   strict.nonStrict.rawValue)
        }
        guard let assumed = working.assumed else { return text }
        return text + catalog.phrase(assumed.cost ? .workingAssumedCost : .workingAssumed, assumed.op.rawValue)
    }

    static func arithmetic(_ row: IndicatorScore, _ working: Working, _ catalog: MessageCatalog) -> String {
        let w = working.points.fixedText()
        let s = Rounding.fixed(row.score)
        // A deadline's values are day numbers: shown as dates.
        // A month written without a day is shown as written (`2026年9月`), not as its last day.
        let shown: (Fixed, String?) -> String = { value, text in
            working.timeUnit.map { TimePoint.describe(value.decimal, unit: $0, asWritten: text) } ?? "\(value)"
        }
        let t = working.target.map { shown($0, row.target) } ?? ""
        let a = working.actual.map { shown($0, row.actual) } ?? ""
        switch working.rule {
        case .noTarget: return catalog.phrase(.workingNoTarget)
        case .noTargetFull: return catalog.phrase(.workingNoTargetFull, w)
        case .missingActual: return catalog.phrase(.workingNoActual)
        case .invalidActual: return catalog.phrase(.workingInvalidActual)
        case .numberForQualitative: return catalog.phrase(.workingNumberForQualitative)
        case .noBlock: return catalog.phrase(.workingNoBlock, row.category)
        case .outOfBand(let level, let percent, let band):
            return catalog.phrase(.workingOutOfBand, level.rawValue, "\(percent)", band)
        case .zeroTarget:
            return working.actual?.isZero == true ? catalog.phrase(.workingZeroMet, w) : catalog.phrase(.workingZeroMissed, a)
        case .reached(let reach):
            if reach == .within { return "\(t) ≤ \(a) ≤ \(working.upper.map { "\($0)" } ?? t) → \(w)" }
            return "\(a) \(reach.sign) \(t) → \(w)"
        case .overAchievementDeducted(let deduct):
            return catalog.phrase(.workingOverDeducted, a, t, w, "\(deduct)", s)
        case .withinTolerance(_, let percent):
            return catalog.phrase(.workingWithinTolerance, a, t, "\(percent)", w)
        case .late:
            return "\(a) > \(t) → 0.00"
        case .strictNotPassed(let op):
            return catalog.phrase(.workingStrictZero, a, op.rawValue, t)
        case .nonPositiveTarget:
            let higher = (working.actual ?? .zero) < (working.target ?? .zero)
            return catalog.phrase(.workingNonPositive, a, higher ? "<" : ">", t)
        case .proportional:
            return "\(w) × \(max(working.actual ?? .zero, .zero))/\(t) = \(s)"
        case .reverseRatio:
            return "\(w) × \(t)/\(a) = \(s)"
        case .reverseLinear:
            return "\(w) × (2×\(t) − \(a))/\(t) = \(s)"
        case .judged:
            return catalog.phrase(.workingJudged, s)
        case .judgedOutOfRange(let given, let band):
            return catalog.phrase(.workingJudgedOut, "\(given)", band)
        case .level(let level, let percent, _):
            return "\(level.rawValue) \(percent)% × \(w) = \(s)"
        }
    }
}
