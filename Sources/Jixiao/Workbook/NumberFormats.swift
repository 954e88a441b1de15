import Foundation

/// How a workbook shows its numbers, as far as reading its cells needs to know: which cell styles
/// show a percentage (0.985 is shown 98.5%) and which a date or a time (45280 is shown 2023-12-20),
/// and whether its dates count from 1904 (Excel for Mac's old default) instead of 1900.
///
/// A style is a date when its number format is one of Excel's built-in date formats (14–17, 22,
/// and the East Asian 27–31, 34–36, 50–58) or a custom format with a year, day or month part
/// (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, `[$-804]yyyy/m/d`); a time when it has only hours, minutes
/// or seconds (18–21, 32, 33, 45–47, `h:mm`). Text in quotes, `[…]` sections and `\`-escaped
/// characters are not parts.
struct NumberFormats: Sendable {
    enum Kind: Sendable, Equatable {
        case percent
        case date
        case dateTime
        case time
    }

    /// Cell style index (`s` of a cell, an index into `cellXfs`) → how it shows a number.
    var kinds: [Int: Kind] = [:]
    /// `<workbookPr date1904="1"/>`: serial 0 is 1904-01-01.
    var date1904 = false

    static let builtIn: [Int: Kind] = {
        var kinds: [Int: Kind] = [9: .percent, 10: .percent, 22: .dateTime]
        for id in [14, 15, 16, 17, 27, 28, 29, 30, 31, 34, 35, 36] + Array(50...58) { kinds[id] = .date }
        for id in [18, 19, 20, 21, 32, 33, 45, 46, 47] { kinds[id] = .time }
        return kinds
    }()

    /// The formats of `styles.xml`, with the date system of `workbook.xml`.
    init(styles: [UInt8]?, workbook: [UInt8]?) {
        if let workbook {
            var scanner = XMLScanner(workbook)
            while let event = scanner.next() {
                if case .start("workbookPr", let attributes, _) = event {
                    date1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
                    break
                }
            }
        }
        guard let styles else { return }
        var formats = Self.builtIn
        var scanner = XMLScanner(styles)
        var inCellXfs = false
        var index = 0
        while let event = scanner.next() {
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                    formats[id] = Self.kind(of: code)
                }
            case .start("cellXfs", _, false): inCellXfs = true
            case .end("cellXfs"): inCellXfs = false
            case .start("xf", let attributes, _) where inCellXfs:
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let kind = formats[id] { kinds[index] = kind }
                index += 1
            default: break
            }
        }
    }

    init() {}

    /// What a custom format code shows a number as; nil for a plain number.
    static func kind(of code: String) -> Kind? {
        // The first section (positive numbers) only, without quoted text, brackets and escapes.
        var parts = ""
        var inQuote = false
        var inBracket = false
        var bracket = ""
        var escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": inQuote.toggle()
            case "\\", "_", "*": if !inQuote { escaped = true }   // \x, a space as wide as x, x repeated
            case "[" where !inQuote: inBracket = true; bracket = ""
            case "]" where !inQuote:
                inBracket = false
                // [h]:mm and [mm]:ss count elapsed time; [Red] and [$-804] are not parts.
                if !bracket.isEmpty, bracket.lowercased().allSatisfy({ "hms".contains($0) }) { parts += bracket }
            case _ where inBracket && !inQuote: bracket.append(character)
            case ";" where !inQuote && !inBracket: return classify(parts)
            default: if !inQuote && !inBracket { parts.append(character) }
            }
        }
        return classify(parts)
    }

    private static func classify(_ parts: String) -> Kind? {
        let lower = parts.lowercased()
        if lower == "general" || lower.isEmpty { return nil }
        let hasDate = lower.contains("y") || lower.contains("d")
            || (lower.contains("m") && !lower.contains("h") && !lower.contains("s"))
        let hasTime = lower.contains("h") || lower.contains("s")
        if hasDate { return hasTime ? .dateTime : .date }
        if hasTime { return .time }
        return lower.contains("%") ? .percent : nil
    }

    /// A serial number as the date (`2023-12-20`), date and time (`2023-12-20 10:30`) or time
    /// (`10:30`, `10:30:15`) it stands for; nil when it is out of Excel's range (negative, or
    /// after 9999-12-31).
    func text(ofSerial serial: Double, _ kind: Kind) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds == 86_400 { days += 1; seconds = 0 }
        let time = seconds % 60 == 0 ? String(format: "%02d:%02d", seconds / 3600, seconds / 60 % 60)
                                     : String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        if kind == .time { return time }
        let date: (year: Int, month: Int, day: Int)
        if date1904 {
            date = Self.civil(fromDays: days + Self.days(1904, 1, 1))
        } else if days == 60 {
            date = (1900, 2, 29)   // Excel's day that never was, kept as Excel shows it
        } else {
            date = Self.civil(fromDays: days + Self.days(1899, 12, days < 60 ? 31 : 30))
        }
        let text = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        return kind == .dateTime && seconds > 0 ? text + " " + time : text
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
