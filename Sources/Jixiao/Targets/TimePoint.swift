import Foundation

/// A point in time to finish by: a target such as `2023年12月`, `2023年12月15日前`, `12月底前`, `≤11月`,
/// and an actual such as `2023年11月20日`, `2023-11`, `11月底`, `按时` or `提前`.
///
/// A target reads as the operator `by`, its value a day number (year × 372 + (month − 1) × 31 + day:
/// months of 31 days, enough to order dates) with the unit `年月日`, or without the year (unit
/// `月日`) when none is written; a month without a day (and 底, 末, 下旬) means its last day: 30 for
/// September, 28 or 29 for February by its year (29 when no year is written, so that a leap day is
/// never late). The row is met when the actual is not later and scores 0 when it is (a deadline is
/// kept or missed). An actual month without a day counts as the month's end (不早于所写); 初/上旬 as
/// its 1st/10th, 中旬 20th. A day the calendar does not have (`11月31日`, `2023-02-29`) is no date:
/// `impossibleDay` names it, for an error at its cell. A month with a bracketed unit, `≤11(月)`,
/// stays a duration of months.
/// Actual words: 按时, 提前, 如期, 按期, 准时, 及时 (on time); 逾期, 延期, 推迟, 未按时, 滞后 (late).
enum TimePoint {
    static let dateUnit = "年月日"
    static let dayUnit = "月日"

    static let onTimeWords = ["按时", "提前", "如期", "按期", "准时", "及时"]
    static let lateWords = ["逾期", "延期", "推迟", "未按时", "滞后"]

    struct Point {
        var year: Int?
        var month: Int
        var day: Int
        /// False for a day the month does not have (`11月31日`).
        var exists = true
    }

    /// The target `text` as a deadline, or nil.
    static func target(_ text: String) -> Target? {
        guard let (point, marked, s) = deadline(text), point.exists else { return nil }
        // A month alone is a deadline only with an operator or a 前/底 word: `11月` could be a count.
        if point.year == nil && !marked && !s.hasSuffix("底") && !s.hasSuffix("末") { return nil }
        return Target(text: text, kind: .quantitative, operator: .by, value: Decimal(number(point)),
                      unit: point.year == nil ? dayUnit : dateUnit)
    }

    /// The day a target or an actual names when the calendar does not have it (`11月31日`), written
    /// back as `11月31日` or `2023年2月29日`; nil for a real day or for text that is no date.
    static func impossibleDay(_ text: String) -> String? {
        guard let (point, _, _) = deadline(text), !point.exists else { return nil }
        return (point.year.map { "\($0)年" } ?? "") + "\(point.month)月\(point.day)日"
    }

    /// The point a deadline's text names, whether an operator or a 前 word marks it, and the text
    /// without them.
    private static func deadline(_ text: String) -> (Point, Bool, String)? {
        let whole = PrintedText.compact(PrintedText.foldWidth(text))
        var s = whole
        for prefix in ["≤", "<=", "不晚于", "于", "在", "截至", "截止"] where s.hasPrefix(prefix) {
            s.removeFirst(prefix.count)
            break
        }
        var marked = whole.hasPrefix("≤") || whole.hasPrefix("<=") || whole.hasPrefix("不晚于")
        for suffix in ["以前", "之前", "前", "内"] where s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
            marked = true
            break
        }
        guard let point = point(s) else { return nil }
        return (point, marked, s)
    }

    /// An actual against a deadline target, on the target's scale, or nil when it is not a date.
    static func actual(_ text: String, target: Target) -> Decimal? {
        let s = PrintedText.compact(PrintedText.foldWidth(text))
        guard let deadline = target.value else { return nil }
        if onTimeWords.contains(where: { s.hasPrefix($0) }) { return deadline }
        if lateWords.contains(where: { s.hasPrefix($0) }) { return deadline + 1 }
        guard var given = point(s), given.exists else { return nil }
        if target.unit == dayUnit {
            given.year = nil
        } else if given.year == nil {
            given.year = NSDecimalNumber(decimal: deadline).intValue / 372   // a date without a year: the deadline's
            if given.day > lastDay(month: given.month, year: given.year) { given.day = lastDay(month: given.month, year: given.year) }
        }
        return Decimal(number(given))
    }

    static func number(_ p: Point) -> Int { (p.year ?? 0) * 372 + (p.month - 1) * 31 + p.day }

    /// A deadline value as text: `2023年12月31日` or `12月31日`.
    static func describe(_ value: Decimal, unit: String?) -> String {
        let n = NSDecimalNumber(decimal: value).intValue
        let day = (n - 1) % 31 + 1
        let month = ((n - day) % 372) / 31 + 1
        let year = (n - day - (month - 1) * 31) / 372
        return (unit == dayUnit ? "" : "\(year)年") + "\(month)月\(day)日"
    }

    /// The days of `month`: 28 or 29 for February by `year`, 29 when the year is not known.
    static func lastDay(month: Int, year: Int?) -> Int {
        switch month {
        case 4, 6, 9, 11: return 30
        case 2:
            guard let year else { return 29 }
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        default: return 31
        }
    }

    /// `2023年12月`, `2023年12月15日`, `12月底`, `2023-12`, `2023-12-15`, `2023/12`, `2023.12`; a month
    /// without a day is its last day.
    static func point(_ text: String) -> Point? {
        guard var point = written(text) else { return nil }
        let last = lastDay(month: point.month, year: point.year)
        if point.day == 0 { point.day = last } else if point.day > last { point.exists = false }
        return point
    }

    /// A deadline value as its text wrote it, when that was a month without a day: `2026年9月`,
    /// `9月底` (the working shows the month a unit wrote, not the last day it stands for); the day
    /// otherwise (`describe`). `text` is the target or the actual as typed.
    static func describe(_ value: Decimal, unit: String?, asWritten text: String?) -> String {
        let full = describe(value, unit: unit)
        guard let text else { return full }
        var s = PrintedText.compact(PrintedText.foldWidth(text))
        for prefix in ["≤", "<=", "不晚于", "于", "在", "截至", "截止"] where s.hasPrefix(prefix) {
            s.removeFirst(prefix.count)
            break
        }
        for suffix in ["以前", "之前", "前", "内"] where s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
            break
        }
        guard s.hasSuffix("月") || s.hasSuffix("底") || s.hasSuffix("末"), let point = written(s), point.day == 0 else { return full }
        let n = NSDecimalNumber(decimal: value).intValue
        let day = (n - 1) % 31 + 1
        guard day == lastDay(month: point.month, year: point.year) || day == 29 && point.month == 2 else { return full }
        let month = full.prefix { $0 != "月" } + "月"
        return String(month) + (s.hasSuffix("底") ? "底" : s.hasSuffix("末") ? "末" : "")
    }

    /// The year, month and day as written; day 0 for the month's end.
    private static func written(_ text: String) -> Point? {
        var s = text
        var day: Int?
        for (end, value) in [("底", 0), ("末", 0), ("初", 1), ("上旬", 10), ("中旬", 20), ("下旬", 0)] where s.hasSuffix(end) {
            s.removeLast(end.count)
            day = value
            break
        }
        if s.hasSuffix("日") || s.hasSuffix("号") {
            guard day == nil, let monthEnd = s.lastIndex(of: "月"), let d = Int(s[s.index(after: monthEnd)..<s.index(before: s.endIndex)]),
                  (1...31).contains(d) else { return nil }
            day = d
            s = String(s[...monthEnd])
        }
        if s.hasSuffix("月") {
            let body = s.dropLast()
            var year: Int?
            var monthText = body
            if let yearEnd = body.firstIndex(of: "年") {
                guard let y = Int(body[..<yearEnd]), (1900...2999).contains(y) else { return nil }
                year = y
                monthText = body[body.index(after: yearEnd)...]
            }
            guard let month = Int(monthText), (1...12).contains(month) else { return nil }
            return Point(year: year, month: month, day: day ?? 0)
        }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).count > 1
            ? s.split(separator: "-") : s.split(whereSeparator: { "/.".contains($0) })
        guard parts.count == 2 || parts.count == 3, day == nil, let year = Int(parts[0]), (1900...2999).contains(year),
              let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        if parts.count == 3 {
            guard let d = Int(parts[2]), (1...31).contains(d) else { return nil }
            return Point(year: year, month: month, day: d)
        }
        return Point(year: year, month: month, day: 0)
    }
}
