import Foundation

/// Reads one actual cell against its indicator's target: a number converted into the target's
/// unit for a quantitative target; 达成 / 部分达成 / 未达成 (optionally with a percentage), or the
/// target's own text, for a qualitative one.
enum ActualInterpreter {
    static func interpret(_ row: ActualRow, target: Target?, indicator: String, file: String,
                          diagnostics: inout [Diagnostic]) -> ActualInput {
        guard let text = row.value(.actual) else { return .missing }
        let location = row.location(.actual, file: file)
        guard let target else { return .invalid }
        if target.kind == .qualitative { return level(text, target: target, indicator: indicator, at: location, &diagnostics) }

        let unit = target.unit
        guard let quantity = Quantity.parse(text) else {
            let example = unit.map { "98.5 or 98.5\($0)" } ?? "98.5"
            diagnostics.append(Diagnostic(.actualUnreadable, at: location, text, indicator, example).about(project: nil, indicator: indicator))
            return .invalid
        }
        guard let value = quantity.value(inUnitOf: unit) else {
            diagnostics.append(Diagnostic(.actualUnitMismatch, at: location, text, indicator, quantity.unit ?? "-",
                                          unit ?? "(none)").about(project: nil, indicator: indicator))
            return .invalid
        }
        if quantity.unit == nil, unit.map(Unit.canonicalSpelling) == "%", let t = target.value, t > 1,
           value >= 0, value <= 1, value != 0 {
            diagnostics.append(Diagnostic(.actualLooksLikeFraction, at: location, text, indicator, target.text)
                .about(project: nil, indicator: indicator))
        }
        return .number(value)
    }

    static func level(_ text: String, target: Target, indicator: String, at location: SourceLocation,
                      _ diagnostics: inout [Diagnostic]) -> ActualInput {
        let compact = PrintedText.compact(PrintedText.foldWidth(text))
        for level in [QualitativeLevel.unmet, .partial, .met] where compact.hasPrefix(level.rawValue) {
            let rest = String(compact.dropFirst(level.rawValue.count))
            if rest.isEmpty { return .level(level, percent: nil) }
            if let quantity = Quantity.parse(rest), quantity.unit == nil || quantity.unit == "%" {
                return .level(level, percent: quantity.value)
            }
            break
        }
        if compact == PrintedText.compact(PrintedText.foldWidth(target.text)) { return .level(.met, percent: nil) }
        diagnostics.append(Diagnostic(.actualLevelUnreadable, at: location, text, indicator, target.text)
            .about(project: nil, indicator: indicator))
        return .invalid
    }
}
