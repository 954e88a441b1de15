import Foundation

/// The sentences of `Explanation`, from the message catalog's `explain…` phrases: the numbers are
/// the scorecard's own, the words the chosen language's.
struct ExplanationWords {
    let language: Language
    /// How the rule file rounds row scores (the sentence says "rounded half-up" or "cut").
    var rounding: RuleSet.ScoreRounding = .standard
    var catalog: MessageCatalog { MessageCatalog.for(language) }

    func f(_ value: Decimal) -> String { Rounding.fixed(value) }
    func f(_ value: Fixed) -> String { value.fixedText() }
    func say(_ phrase: Phrase, _ arguments: String...) -> String { catalog.phrase(phrase, arguments) }
    func say(_ phrase: Phrase, _ arguments: [String]) -> String { catalog.phrase(phrase, arguments) }

    /// An exact value to six decimals, marked `…` when it goes on.
    func exact(_ value: Fixed) -> String {
        let six = value.rounded(6, .halfUp)
        return "\(six)" + (six == value ? "" : "…")
    }

    func projectHeading(_ p: ProjectScore, rules: String) -> String { say(.explainProject, p.name, p.unit, rules) }

    /// 预算执行 as `ScoringCore.execution` scored it: the rule, its numbers and the rounding it used.
    func execution(_ p: ProjectScore) -> String {
        guard let facts = p.execution, let spent = p.spent, let rate = facts.ratePercent else {
            return say(.explainNoExecution, f(p.executionPoints))
        }
        let money = [Rounding.grouped(p.budget), Rounding.grouped(spent), f(rate), f(facts.points)]
        switch facts.rule {
        case .noSpending, .zeroBudget:
            return say(.explainNoExecution, f(facts.points))
        case .proportional(let raw):
            if facts.rounding == .standard { return say(.explainExecution, money + [exact(raw), f(facts.score)]) }
            return say(.explainExecutionRounded, money + [rounded(raw, score: facts.score, points: facts.points, facts.rounding)])
        case .overDeducted(let raw):
            return say(.explainExecutionOverDeducted, money + [rounded(raw, score: facts.score, points: facts.points, facts.rounding)])
        case .steps(let fullFrom, let perPoint, let percent, let raw):
            if percent >= fullFrom { return say(.explainExecutionStepsFull, money + ["\(fullFrom)"]) }
            return say(.explainExecutionSteps, money + ["\(fullFrom)", "\(perPoint)", exact(percent),
                                                        rounded(raw, score: facts.score, points: facts.points, facts.rounding)])
        }
    }

    /// ` = exact, rounded half-up to score (never above the points).` in the rounding given.
    func rounded(_ exact: Fixed, score: Fixed, points: Fixed, _ rounding: RuleSet.ScoreRounding) -> String {
        say(rounding.mode == .truncate ? .explainCut : .explainRounding, self.exact(exact), f(score), f(points), String(rounding.places))
    }

    func emptyBlock(_ name: String, points: Decimal) -> String { say(.explainEmptyBlock, name, f(points)) }

    func block(_ name: String, declared: Decimal, held: Decimal, rows: Int, high: Decimal, highCount: Int, low: Decimal,
               equalSplit: Bool) -> String {
        let moved = held == declared ? "" : say(.explainBlockMoved, f(declared))
        let split: String
        if !equalSplit {
            split = say(.explainSplitGiven)
        } else if high == low {
            split = say(.explainSplitEach, f(high))
        } else {
            split = say(.explainSplitCents, String(highCount), f(high), f(low))
        }
        return say(rows == 1 ? .explainBlockOneRow : .explainBlock, name, f(held), moved, String(rows), split)
    }

    var rowsHeading: String { say(.explainRowsHeading) }

    func rowLine(_ r: IndicatorScore) -> String {
        say(.explainRowLine, r.name, WorkingText.render(r, catalog), catalog.status(of: r))
    }

    func total(_ p: ProjectScore, cutoffs: [GradeCutoff]) -> String {
        let rows = p.totals?.rowScores ?? .zero
        let cutoffText = cutoffs.map { $0.minimum > 0 ? "\($0.grade) ≥ \($0.minimum)" : "\($0.grade) < \(cutoffs.dropLast().last?.minimum ?? 0)" }
            .joined(separator: catalog.phrase(.listSeparator))
        let reached = cutoffs.cutoff(for: p.total)
        let because = reached.map { $0.minimum > 0 ? "\(f(p.total)) ≥ \($0.minimum)" : "\(f(p.total)) < \(cutoffs.dropLast().last?.minimum ?? 0)" } ?? ""
        if let totals = p.totals, totals.rescaled {
            let rescale = rounded(Fixed.ratio(totals.sum, .hundred, totals.points) ?? .zero, score: totals.total, points: .hundred, rounding)
            return say(.explainTotalRescaled, f(p.executionScore), f(rows), f(totals.sum), f(totals.points), p.grade, because,
                       rescale, cutoffText)
        }
        return say(.explainTotal, f(p.executionScore), f(rows), f(p.total), p.grade, because, cutoffText)
    }

    func rowPlace(_ r: IndicatorScore, project: String) -> String {
        say(.explainRowPlace, r.name, project, r.category, r.subcategory, r.block ?? say(.explainNoBlockName), f(r.points))
    }

    func target(_ t: Target?) -> String {
        guard let t else { return say(.explainNoTarget) }
        guard t.kind == .quantitative, let op = t.operator, let v = t.value else {
            return say(.explainQualitativeTarget, t.text)
        }
        let unit = t.unit.map { " " + $0 } ?? ""
        let meaning: String
        switch op {
        case .atLeast, .greater: meaning = say(.explainAtLeast, "\(v)\(unit)")
        case .atMost, .less: meaning = say(.explainAtMost, "\(v)\(unit)")
        case .equal: meaning = v == 0 ? say(.explainExactlyZero, unit) : say(.explainReaching, "\(v)\(unit)")
        case .range: meaning = say(.explainBetween, "\(v)", "\(t.upper ?? v)\(unit)")
        case .by: meaning = say(.explainBy, TimePoint.describe(v, unit: t.unit))
        }
        let strict = op == .less || op == .greater ? say(.explainStrict) : ""
        return say(.explainTarget, t.text, meaning, strict)
    }

    func actual(_ r: IndicatorScore, target: Target?) -> String {
        guard let text = r.actual else { return say(.explainNoActual) }
        guard let a = r.working?.actual else { return say(.explainActualText, text) }
        if let timeUnit = r.working?.timeUnit { return say(.explainActualDate, text, TimePoint.describe(a.decimal, unit: timeUnit)) }
        // The unit's own score on a row whose actual is not a number: the text is all there is.
        if case .judged? = r.working?.rule, target?.kind == .quantitative { return say(.explainActualText, text) }
        let unit = target?.unit ?? ""
        let amount = { (value: String) in unit.isEmpty ? value : value + " " + unit }
        switch r.reading {
        case .converted: return say(.explainActualConverted, text, amount("\(a)"))
        case .approximate(let word, _): return say(.explainActualApproximate, text, word, amount("\(a)"))
        case .meansNone: return say(.explainActualNone, text, amount("0"))
        case .noUnit, nil: return say(.explainActualNoUnit, text, amount("\(a)"))
        case .targetUnit: return say(.explainActual, text, amount("\(a)"))
        }
    }

    /// The rule sentence, and what was assumed for a target without an operator.
    func rule(_ w: Working, score: Decimal) -> String {
        if let strict = w.strictMissed, case .reached = w.rule {
            return say(.explainStrictAtBound, w.actual.map { "\($0)" } ?? "", strict.rawValue, w.target.map { "\($0)" } ?? "",
                       strict.nonStrict.rawValue, f(score))
        }
        return ruleSentence(w, score: score)
            + (w.strictMissed.map { say(.explainStrictMissed, $0.rawValue, w.target.map { "\($0)" } ?? "",
                                        $0.nonStrict.rawValue) } ?? "")
            + (w.assumed.map { say($0.cost ? .explainAssumedCost : .explainAssumed, $0.op.rawValue) } ?? "")
    }

    func ruleSentence(_ w: Working, score: Decimal) -> String {
        let W = f(w.points)
        let shown: (Fixed) -> String = { value in w.timeUnit.map { TimePoint.describe(value.decimal, unit: $0) } ?? "\(value)" }
        let t = w.target.map(shown) ?? ""
        let a = w.actual.map(shown) ?? ""
        let rounding = (w.exact.map {
            say(self.rounding.mode == .truncate ? .explainCut : .explainRounding, exact($0), f(score), W, String(self.rounding.places))
        } ?? "")
        switch w.rule {
        case .reached(let reach):
            return say(.explainReached, reach == .within ? say(.explainWithin, a) : "\(a) \(reach.sign) \(t)", f(score))
        case .withinTolerance(_, let percent):
            return say(.explainWithinTolerance, a, t, "\(percent)", f(score))
        case .proportional:
            return say(.explainProportional, W, "\(max(w.actual ?? .zero, .zero))", t) + rounding
        case .reverseRatio:
            return say(.explainReverseRatio, W, t, a) + rounding
        case .reverseLinear:
            return say(.explainReverseLinear, W, t, a) + rounding
        case .zeroTarget:
            return say(.explainZeroTarget, a, f(score))
        case .nonPositiveTarget:
            return say(.explainNonPositive)
        case .late:
            return say(.explainLate)
        case .strictNotPassed(let op):
            return say(.explainStrictZero, a, op.rawValue, t)
        case .overAchievementDeducted(let deduct):
            return say(.explainOverDeducted, a, t, "\(deduct)", W, f(score))
        case .level(let level, let percent, let written):
            return say(.explainLevel, level.rawValue, say(written ? .explainShareWritten : .explainShareRules), "\(percent)", W)
                + rounding
        case .outOfBand(let level, let percent, let band):
            return say(.explainOutOfBand, "\(percent)", level.rawValue, band)
        case .judged(let level):
            let band = level.map { say(.explainJudgedBand, $0.rawValue) } ?? ""
            return say(.explainJudged, f(score), W, band)
        case .judgedOutOfRange(let given, let band):
            return say(.explainJudgedOut, "\(given)", band)
        case .missingActual: return say(.explainRuleMissing)
        case .invalidActual: return say(.explainRuleInvalid)
        case .noTarget: return say(.explainRuleNoTarget)
        case .noTargetFull: return say(.explainRuleNoTargetFull, f(score))
        case .numberForQualitative: return say(.explainRuleNumber)
        case .noBlock: return say(.explainRuleNoBlock)
        }
    }

    func status(_ r: IndicatorScore) -> String {
        let reason = r.reason.map { say(.explainReason, $0) } ?? (r.score < r.points ? say(.explainNoReason) : "")
        return say(.explainStatus, catalog.status(of: r)) + (reason.isEmpty ? "" : " " + reason)
    }
}
