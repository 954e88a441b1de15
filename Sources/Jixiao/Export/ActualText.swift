import Foundation

/// 实际完成值 as the 自评表 documents show it (XLSX and HTML): a number in the target's unit,
/// written once after it, with thousands separators, and two decimals for money
/// (`861.24万元`, `32,000人`, `98.5%`). Where that is not what was typed — the unit was converted
/// (`8,612,360.00元` against a target in 万元) or money was rounded to the 分 — what was typed follows
/// in small type (`861.24万元（填报 8,612,360.00元）`, `300人（填报 300余人）`, `0次（填报 无投诉）`), and
/// `verify` reads it back from there. Levels,
/// dates, judged rows and unreadable cells are shown as typed; CSV and JSON keep what was typed.
enum ActualText {
    struct Shown: Hashable {
        var text: String
        /// What was typed, when it differs from `text` in more than its form; nil otherwise.
        var typed: String?
    }

    static func shown(_ row: IndicatorScore) -> Shown? {
        guard let typed = row.actual else { return nil }
        guard row.judged != true, let value = row.actualValue, let target = row.declared, target.kind == .quantitative else {
            return Shown(text: typed, typed: nil)
        }
        let unit = target.unit.map(MeasureUnit.canonicalSpelling) ?? ""
        if unit == TimePoint.dateUnit || unit == TimePoint.dayUnit { return Shown(text: typed, typed: nil) }
        let money = unit.isEmpty ? false : isMoney(MeasureUnit(unit)?.dimension)
        let number = money ? Rounding.halfUp(value, places: 2) : value
        let text = Rounding.grouped(number, places: money ? 2 : fractionDigits(value)) + unit
        // Converted, approximate (`300余人`) or words read as 0 (`无投诉`): what was typed follows.
        var converted = false
        switch row.reading {
        case .converted?, .approximate?, .meansNone?: converted = true
        default: break
        }
        let differs = (converted || number != value) && PrintedText.compact(typed) != text
        return Shown(text: text, typed: differs ? PrintedText.trimmed(typed) : nil)
    }

    /// The HTML of a shown actual: the note as `<small class="typed">`; — when nothing was given.
    static func html(_ row: IndicatorScore, _ c: MessageCatalog) -> String {
        guard let shown = shown(row) else { return "—" }
        return XMLText.escape(shown.text)
            + (shown.typed.map { "<small class=\"typed\">" + XMLText.escape(note($0, c)) + "</small>" } ?? "")
    }

    /// `（填报 8,612,360.00元）`: the note after a shown actual.
    static func note(_ typed: String, _ c: MessageCatalog) -> String { c.label(.typedNote, typed) }

    /// Money, or money per something (元/m², 元/人·月).
    static func isMoney(_ dimension: Dimension?) -> Bool {
        switch dimension {
        case .money?: return true
        case .ratio(let top, _)?: return top == .money
        default: return false
        }
    }

    /// The digits after the point that a value has (`402.6` → 1, `8` → 0).
    static func fractionDigits(_ value: Decimal) -> Int {
        let text = DecimalText.string(value)
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: point, to: text.endIndex) - 1
    }
}
