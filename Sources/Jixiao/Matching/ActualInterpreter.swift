import Foundation

/// Reads one actual cell against its indicator's target: a number converted into the target's
/// unit for a quantitative target; a level word of the rule file's vocabulary (optionally with a
/// percentage), a yes/no word, or the target's own text, for a qualitative one.
///
/// An actual that repeats the target's operator (`≥300米` against `≥300(米)`) is read as its number,
/// with a warning: it is a way of writing "done", but the number is what is scored.
enum ActualInterpreter {
    static func interpret(_ row: ActualRow, target: Target?, indicator: String, file: String,
                          vocabulary: LevelVocabulary = .standard, judged: Fixed? = nil,
                          diagnostics: inout [Diagnostic]) -> ActualInput {
        var reading: ActualReading?
        return interpret(row, target: target, indicator: indicator, file: file, vocabulary: vocabulary, judged: judged,
                         reading: &reading, diagnostics: &diagnostics)
    }

    /// As above, and `reading` says how a number was read against the target's unit.
    static func interpret(_ row: ActualRow, target: Target?, indicator: String, file: String,
                          vocabulary: LevelVocabulary = .standard, judged: Fixed? = nil,
                          reading: inout ActualReading?, diagnostics: inout [Diagnostic]) -> ActualInput {
        interpret(row.value(.actual), at: row.location(.actual, file: file), target: target, indicator: indicator,
                  vocabulary: vocabulary, judged: judged, reading: &reading, diagnostics: &diagnostics)
    }

    /// The cell's text (nil when blank) at `location`, against `target`.
    static func interpret(_ cell: String?, at location: @autoclosure () -> SourceLocation, target: Target?, indicator: String,
                          vocabulary: LevelVocabulary = .standard, judged: Fixed? = nil,
                          reading: inout ActualReading?, diagnostics: inout [Diagnostic]) -> ActualInput {
        guard let target else { return cell == nil ? .missing : .invalid }
        if target.kind == .qualitative, let judged {
            // The unit's own score decides; a level word beside it sets the band it must lie in.
            let written = cell.flatMap { readLevel($0, target: target, vocabulary: vocabulary)?.0 }
            return .judged(judged, level: written)
        }
        guard let text = cell else { return .missing }
        let location = location()
        if target.kind == .qualitative {
            return level(text, target: target, indicator: indicator, vocabulary: vocabulary, at: location, &diagnostics)
        }

        if target.operator == .by {
            if let day = TimePoint.impossibleDay(text) {
                diagnostics.append(Diagnostic(.actualImpossibleDate, at: location, text, indicator, day)
                    .about(project: nil, indicator: indicator))
                return .invalid
            }
            guard let value = TimePoint.actual(text, target: target) else {
                diagnostics.append(Diagnostic(.actualNotATime, at: location, text, indicator, target.text)
                    .about(project: nil, indicator: indicator))
                return .invalid
            }
            return .number(Fixed(value))
        }
        let unit = target.unit
        // An approximation word first: `300余人` would otherwise read as 300 of a unit 余人.
        var approximation: String?
        var quantity: Quantity?
        if let (read, words) = Quantity.parseApproximate(text) {
            quantity = read
            approximation = words
        } else {
            quantity = Quantity.parse(text)
        }
        if quantity == nil, let restated = restatedTarget(text) {
            quantity = restated
            diagnostics.append(Diagnostic(.actualWithOperator, at: location, text, indicator, "\(restated.value)\(restated.unit ?? "")")
                .about(project: nil, indicator: indicator))
        }
        if quantity == nil {
            switch Quantity.parseScientific(text) {
            case .some(.success(let read)): quantity = read
            case .some(.failure):
                diagnostics.append(Diagnostic(.actualOutOfRange, at: location, text, indicator).about(project: nil, indicator: indicator))
                return .invalid
            case nil: break
            }
        }
        if quantity == nil, NoneWords.meansNone(text) {
            diagnostics.append(Diagnostic(.actualReadAsZero, at: location, text, indicator, target.text).about(project: nil, indicator: indicator))
            reading = .meansNone
            return .number(.zero)
        }
        guard let quantity else {
            // The unit's own 自评得分 decides a row the rules cannot read, within [0, 分值], as on a
            // qualitative row.
            if let judged {
                diagnostics.append(Diagnostic(.actualUnreadableJudged, at: location, text, indicator, judged.fixedText())
                    .about(project: nil, indicator: indicator))
                return .judged(judged, level: nil)
            }
            let example = unit.map { Wording(.exampleOr, "98.5", "98.5" + $0).argument } ?? "98.5"
            diagnostics.append(Diagnostic(.actualUnreadable, at: location, text, indicator, example).about(project: nil, indicator: indicator))
            return .invalid
        }
        guard let value = quantity.value(inUnitOf: unit) else {
            diagnostics.append(Diagnostic(.actualUnitMismatch, at: location, text, indicator, quantity.unit ?? "-",
                                          unit ?? Wording(.noUnit).argument).about(project: nil, indicator: indicator))
            return .invalid
        }
        if value < 0, (target.value ?? 0) >= 0, !namesAChange(indicator) {
            diagnostics.append(Diagnostic(.actualNegative, at: location, text, indicator, target.text).about(project: nil, indicator: indicator))
            return .invalid
        }
        if let from = quantity.unit, from != unit.map(MeasureUnit.canonicalSpelling) {
            reading = .converted(from: from)
        } else {
            reading = quantity.unit == nil ? .noUnit : .targetUnit
        }
        if let approximation {
            reading = .approximate(word: approximation, from: quantity.unit != unit.map(MeasureUnit.canonicalSpelling) ? quantity.unit : nil)
            diagnostics.append(Diagnostic(.actualApproximate, at: location, text, indicator, approximation, "\(value)")
                .about(project: nil, indicator: indicator))
        }
        if quantity.unit == nil, unit.map(MeasureUnit.canonicalSpelling) == "%", let t = target.value, t > 1,
           value >= 0, value <= 1, value != 0 {
            diagnostics.append(Diagnostic(.actualLooksLikeFraction, at: location, text, indicator, target.text)
                .about(project: nil, indicator: indicator))
        }
        return .number(Fixed(value))
    }

    /// Words that make an indicator a change (增长率, 成本降低额, 结余): its actual may be below 0.
    /// Any other indicator with a target of 0 or more counts, measures or rates from 0, so a negative
    /// actual (`-5` against `=100(%)` or `≤5(件)`) is an error at the cell and scores 0, instead of
    /// passing a ceiling or failing a floor by arithmetic.
    static let changeWords = ["增长", "增幅", "增速", "增减", "增加", "下降", "降低", "减少", "变化", "变动", "差异", "偏差", "节约",
                              "结余", "盈余", "盈亏", "损益"]

    static func namesAChange(_ indicator: String) -> Bool {
        changeWords.contains { indicator.contains($0) }
    }

    /// `≥300米`, `≤5件`, `>=95%`: an operator, then a number and a unit, read by the target parser.
    static func restatedTarget(_ text: String) -> Quantity? {
        let parsed = TargetParser.parse(text)
        guard parsed.problem == nil, parsed.target.kind == .quantitative, let op = parsed.target.operator, op != .range,
              let value = parsed.target.value, Quantity.parse(text) == nil else { return nil }
        return Quantity(value, unit: parsed.target.unit)
    }

    static func level(_ text: String, target: Target, indicator: String, vocabulary: LevelVocabulary,
                      at location: SourceLocation, _ diagnostics: inout [Diagnostic]) -> ActualInput {
        if let (level, percent) = readLevel(text, target: target, vocabulary: vocabulary) {
            return .level(level, percent: percent.map(Fixed.init))
        }
        diagnostics.append(Diagnostic(.actualLevelUnreadable, at: location, text, indicator, target.text)
            .about(project: nil, indicator: indicator))
        return .invalid
    }

    /// The level a cell says (and the percentage written with it): a yes/no word against a yes/no
    /// target, a phrase of the vocabulary, or the target's own text (met). nil when none.
    static func readLevel(_ text: String, target: Target, vocabulary: LevelVocabulary) -> (QualitativeLevel, Decimal?)? {
        let compact = PrintedText.compact(PrintedText.foldWidth(text))
        let targetText = PrintedText.compact(PrintedText.foldWidth(target.text))
        if let level = vocabulary.yesNo(target: targetText, actual: compact) { return (level, nil) }
        if let (level, rest) = vocabulary.level(of: compact) {
            switch rest {
            case .nothing, .description:
                return (level, nil)
            case .other(let tail):
                if let quantity = Quantity.parse(tail), quantity.unit == nil || quantity.unit == "%" { return (level, quantity.value) }
            }
        }
        return compact == targetText ? (.met, nil) : nil
    }
}
