/// The words that say a qualitative indicator's level in a 实际完成值 cell (`qualitative.words` and
/// `qualitative.yesNo` in the rule file).
///
/// A cell reads as the level of the longest phrase it starts with, when the phrase stands alone, is
/// followed by a percentage (`部分达成 75%`), or by punctuation and a description
/// (`达成年度指标，群众满意度明显提高`). Yes/no targets (`是`, `有`, `否`, `无`) are met by an actual of
/// the same polarity and unmet by the other.
struct LevelVocabulary: Hashable, Sendable {
    /// Phrases per level, compared after white space is removed.
    var words: [QualitativeLevel: [String]]
    var yes: [String]
    var no: [String]

    /// The vocabulary when a rule file names none: 财预〔2020〕10号's phrases (达成年度指标 /
    /// 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差), the older 预期 forms seen on published
    /// 自评表, and the short forms.
    static let standard = LevelVocabulary(
        words: [
            .met: ["达成年度指标", "达成预期指标", "达成预期目标", "达成年度目标", "达成预期", "达成"],
            .partial: ["部分达成年度指标并具有一定效果", "部分达成预期指标并具有一定效果", "部分达成年度指标", "部分达成预期指标",
                       "部分达成预期", "部分达成"],
            .unmet: ["未达成年度指标且效果较差", "未达成预期指标且效果较差", "未达成年度指标", "未达成预期指标", "未达成预期", "未达成"],
        ],
        yes: ["是", "有"], no: ["否", "无"])

    init(words: [QualitativeLevel: [String]], yes: [String], no: [String]) {
        self.words = words.mapValues { $0.map(PrintedText.compact) }
        self.yes = yes.map(PrintedText.compact)
        self.no = no.map(PrintedText.compact)
    }

    /// What follows a level phrase in a cell.
    enum Rest: Hashable, Sendable {
        case nothing
        case description(String)
        case other(String)
    }

    /// The level of the longest phrase `compact` starts with, and what follows it.
    func level(of compact: String) -> (QualitativeLevel, Rest)? {
        var best: (level: QualitativeLevel, phrase: String)?
        for level in QualitativeLevel.allCases {
            for phrase in words[level] ?? [] where compact.hasPrefix(phrase) && phrase.count > (best?.phrase.count ?? 0) {
                best = (level, phrase)
            }
        }
        guard let best else { return nil }
        let rest = String(compact.dropFirst(best.phrase.count))
        if rest.isEmpty { return (best.level, .nothing) }
        if let first = rest.unicodeScalars.first, "，,。;；:：、".unicodeScalars.contains(first) {
            return (best.level, .description(String(rest.dropFirst())))
        }
        return (best.level, .other(rest))
    }

    /// Met or unmet for a yes/no target, or nil when either side is not a yes/no word.
    func yesNo(target: String, actual: String) -> QualitativeLevel? {
        func polarity(_ text: String) -> Bool? { yes.contains(text) ? true : no.contains(text) ? false : nil }
        guard let wanted = polarity(target), let given = polarity(actual) else { return nil }
        return wanted == given ? .met : .unmet
    }
}
