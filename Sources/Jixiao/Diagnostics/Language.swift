/// The language of messages and reports: Chinese for finance officers, English for IT staff.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en

    /// `--lang` wins; otherwise a `LANG` (or `LC_ALL`) starting with `zh` picks Chinese; else English.
    public static func choose(flag: String?, environment: [String: String]) -> Language? {
        if let flag { return Language(rawValue: flag.lowercased()) }
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        return locale.lowercased().hasPrefix("zh") ? .zh : .en
    }
}
