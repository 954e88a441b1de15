import Foundation

/// Walks a rule file's JSON value key by key, checking each against what `RuleSet` needs and
/// collecting diagnostics that name the key path and its line.
struct RuleFileReader {
    let text: String
    let file: String
    var diagnostics: [Diagnostic] = []
    private var suppressed: Set<String> = []

    init(text: String, file: String) {
        self.text = text
        self.file = file
    }

    mutating func ruleSet(_ root: JSONValue) -> RuleSet {
        let top = object(root, path: "", keys: ["name", "title", "source", "execution", "blocks", "quantitative",
                                                "qualitative", "grades", "rollup", "rounding", "noTarget", "totals", "monitoring",
                                                "comparison", "audit", "department"])
        let name = string(top["name"], path: "name") ?? ""
        let title = string(top["title"], path: "title", required: false) ?? ""
        _ = string(top["source"], path: "source", required: false)

        let execution = object(top["execution"], path: "execution", keys: ["points", "scoring", "fullFrom", "perPercentPoint"])
        let executionPoints = number(execution["points"], path: "execution.points", range: 0...100)

        var blocks: [RuleSet.Block] = []
        var pointsUnreadable = false
        for (index, item) in array(top["blocks"], path: "blocks").enumerated() {
            let path = "blocks[\(index)]"
            let block = object(item, path: path, keys: ["name", "points", "categories"])
            let blockName = string(block["name"], path: path + ".name") ?? ""
            let points = number(block["points"], path: path + ".points", range: 0...100)
            if points == nil { pointsUnreadable = true }
            let categories = array(block["categories"], path: path + ".categories").enumerated().compactMap {
                string($0.element, path: path + ".categories[\($0.offset)]")
            }
            blocks.append(RuleSet.Block(name: blockName, points: points ?? 0, categories: categories))
        }
        // Points already reported as unreadable would only make the sum wrong again.
        if !pointsUnreadable && executionPoints != nil { checkBlocks(blocks, executionPoints: executionPoints ?? 0) }

        let quantitative = object(top["quantitative"], path: "quantitative", keys: ["reverse", "overAchievementRatio", "bareNumber",
                                                                                               "overAchievementDeduct", "strictBound", "tolerance"])
        let reverse = choice(quantitative["reverse"], path: "quantitative.reverse", RuleSet.ReverseFormula.self) ?? .ratio
        var ratio: Decimal?
        if quantitative["overAchievementRatio"] != JSONValue.null {
            ratio = number(quantitative["overAchievementRatio"], path: "quantitative.overAchievementRatio", range: 1...100)
        }

        let qualitative = readQualitative(top["qualitative"])
        let grades = readGrades(top["grades"])
        let rollup = object(top["rollup"], path: "rollup", keys: ["weighting"])
        let weighting = choice(rollup["weighting"], path: "rollup.weighting", RuleSet.RollupWeighting.self) ?? .budget

        var rules = RuleSet(name: name, title: title, executionPoints: executionPoints ?? 0, blocks: blocks, reverse: reverse,
                            overAchievementRatio: ratio, qualitative: qualitative, grades: grades, rollup: weighting)
        readConventions(top, execution: execution, quantitative: quantitative, into: &rules)
        return rules
    }

    private mutating func checkBlocks(_ blocks: [RuleSet.Block], executionPoints: Decimal) {
        guard !blocks.isEmpty else {
            fail(.ruleBadValue, at: "blocks", "blocks", Wording(.ruleEmptyList).argument, Wording(.ruleAtLeastOneBlock).argument)
            return
        }
        let sum = blocks.reduce(executionPoints) { $0 + $1.points }
        if sum != 100 {
            warn(.ruleWeights, at: "blocks", "\(sum)", blocks.map { "\($0.name) \($0.points)" }.joined(separator: " + ")
                 + " + " + Wording(.ruleExecution).argument + " \(executionPoints)")
        }
        var seen: Set<String> = []
        for (index, block) in blocks.enumerated() {
            for category in block.categories where !seen.insert(category).inserted {
                fail(.ruleBadValue, at: "blocks[\(index)].categories", "blocks[\(index)].categories",
                     Wording(.ruleAgain, Wording(.jsonFoundCharacter, category).argument).argument, Wording(.ruleOneBlockEach).argument)
            }
        }
    }

    private mutating func readQualitative(_ value: JSONValue?) -> RuleSet.Qualitative {
        let q = object(value, path: "qualitative", keys: ["met", "partial", "unmet", "bands", "words", "yesNo"])
        let met = number(q["met"], path: "qualitative.met", range: 0...100) ?? 100
        let partial = number(q["partial"], path: "qualitative.partial", range: 0...100) ?? 70
        let unmet = number(q["unmet"], path: "qualitative.unmet", range: 0...100) ?? 30
        let bands = object(q["bands"], path: "qualitative.bands", keys: ["met", "partial"])
        let metMinimum = number(bands["met"], path: "qualitative.bands.met", range: 0...100) ?? 80
        let partialMinimum = number(bands["partial"], path: "qualitative.bands.partial", range: 0...100) ?? 60
        if partialMinimum >= metMinimum {
            fail(.ruleBadValue, at: "qualitative.bands", "qualitative.bands", Wording(.ruleBandsFound, "\(metMinimum)", "\(partialMinimum)").argument,
                 Wording(.ruleBandsOrder).argument)
        }
        if met < metMinimum {
            fail(.ruleBadValue, at: "qualitative.met", "qualitative.met", "\(met)", Wording(.ruleShareInBand, "达成", "[\(metMinimum), 100]").argument)
        }
        if partial < partialMinimum || partial >= metMinimum {
            fail(.ruleBadValue, at: "qualitative.partial", "qualitative.partial", "\(partial)",
                 Wording(.ruleShareInBand, "部分达成", "[\(partialMinimum), \(metMinimum))").argument)
        }
        if unmet >= partialMinimum {
            fail(.ruleBadValue, at: "qualitative.unmet", "qualitative.unmet", "\(unmet)",
                 Wording(.ruleShareInBand, "未达成", "[0, \(partialMinimum))").argument)
        }
        var vocabulary = LevelVocabulary.standard
        if let words = q["words"] {
            let levels = object(words, path: "qualitative.words", keys: ["met", "partial", "unmet"])
            var table: [QualitativeLevel: [String]] = [:]
            for (key, level) in [("met", QualitativeLevel.met), ("partial", .partial), ("unmet", .unmet)] {
                table[level] = strings(levels[key], path: "qualitative.words." + key)
            }
            vocabulary = LevelVocabulary(words: table, yes: vocabulary.yes, no: vocabulary.no)
            checkLevelWords(table)
        }
        if let yesNo = q["yesNo"] {
            let sides = object(yesNo, path: "qualitative.yesNo", keys: ["yes", "no"])
            let yes = strings(sides["yes"], path: "qualitative.yesNo.yes")
            let no = strings(sides["no"], path: "qualitative.yesNo.no")
            vocabulary = LevelVocabulary(words: vocabulary.words, yes: yes, no: no)
            for word in no where yes.map(PrintedText.compact).contains(PrintedText.compact(word)) {
                fail(.ruleBadValue, at: "qualitative.yesNo.no", "qualitative.yesNo.no", "\"\(word)\"",
                     Wording(.ruleWordOneLevel, word, "是").argument)
            }
        }
        return RuleSet.Qualitative(met: met, partial: partial, unmet: unmet, metMinimum: metMinimum,
                                   partialMinimum: partialMinimum, vocabulary: vocabulary)
    }

    /// A level's words may not say another level: a word listed under two levels, or a word of
    /// 财预〔2020〕10号's table for another level (`未达成` among the met words), is an error at the
    /// level that lists it, so that no cell is scored as the opposite of what it says.
    private mutating func checkLevelWords(_ table: [QualitativeLevel: [String]]) {
        let keys: [(QualitativeLevel, String)] = [(.met, "met"), (.partial, "partial"), (.unmet, "unmet")]
        var reported: Set<String> = []
        // First the words that say another level in the standard table, then words listed twice
        // (reported where they are listed the second time): each word once.
        for standardOnly in [true, false] {
            for (index, (level, key)) in keys.enumerated() {
                let path = "qualitative.words." + key
                for word in table[level] ?? [] where !reported.contains(PrintedText.compact(word)) {
                    let compact = PrintedText.compact(word)
                    let other = keys.enumerated().first { otherIndex, other in
                        guard other.0 != level else { return false }
                        return standardOnly ? (LevelVocabulary.standard.words[other.0] ?? []).contains(compact)
                                            : otherIndex < index && (table[other.0] ?? []).map(PrintedText.compact).contains(compact)
                    }
                    if let other {
                        reported.insert(compact)
                        fail(.ruleBadValue, at: path, path, "\"\(word)\"", Wording(.ruleWordOneLevel, word, other.element.0.rawValue).argument)
                    }
                }
            }
        }
    }

    private mutating func readGrades(_ value: JSONValue?) -> [GradeCutoff] {
        var grades: [GradeCutoff] = []
        for (index, item) in array(value, path: "grades").enumerated() {
            let path = "grades[\(index)]"
            let entry = object(item, path: path, keys: ["grade", "min"])
            let grade = string(entry["grade"], path: path + ".grade") ?? ""
            guard let minimum = number(entry["min"], path: path + ".min", range: 0...100) else { continue }
            if let previous = grades.last, minimum >= previous.minimum {
                fail(.ruleBadValue, at: path + ".min", path + ".min", "\(minimum)", Wording(.ruleGradesOrder, "\(previous.minimum)").argument)
            }
            grades.append(GradeCutoff(grade: grade, minimum: minimum))
        }
        if let last = grades.last, last.minimum != 0 {
            fail(.ruleBadValue, at: "grades", "grades", Wording(.ruleLowestCutoff, "\(last.minimum)").argument,
                 Wording(.ruleLastGradeZero).argument)
        } else if grades.isEmpty {
            fail(.ruleBadValue, at: "grades", "grades", Wording(.ruleEmptyList).argument, Wording(.ruleGradesNeeded).argument)
        }
        return grades
    }

    // MARK: typed access

    mutating func object(_ value: JSONValue?, path: String, keys: Set<String>) -> [String: JSONValue] {
        guard let value else {
            fail(.ruleMissingKey, at: path, path, Wording(.typeObject).argument)
            return [:]
        }
        guard case .object(let members) = value else {
            fail(.ruleBadValue, at: path, path.isEmpty ? Wording(.jsonTopLevel).argument : path, value.shortDescription,
                 Wording(.typeObject).argument)
            return [:]
        }
        for key in members.keys.sorted() where !keys.contains(key) {
            fail(.ruleUnknownKey, at: path.isEmpty ? key : path + "." + key, path.isEmpty ? key : path + "." + key, keys.sorted().joined(separator: ", "))
        }
        return members
    }

    mutating func array(_ value: JSONValue?, path: String) -> [JSONValue] {
        guard let value else {
            fail(.ruleMissingKey, at: path, path, Wording(.typeList).argument)
            return []
        }
        guard case .array(let items) = value else {
            fail(.ruleBadValue, at: path, path, value.shortDescription, Wording(.typeList).argument)
            return []
        }
        return items
    }

    mutating func string(_ value: JSONValue?, path: String, required: Bool = true) -> String? {
        guard let value else {
            if required { fail(.ruleMissingKey, at: path, path, Wording(.ruleAText).argument) }
            return nil
        }
        guard case .string(let text) = value else {
            fail(.ruleBadValue, at: path, path, value.shortDescription, Wording(.typeText).argument)
            return nil
        }
        return text
    }

    /// A list of texts (at least one).
    mutating func strings(_ value: JSONValue?, path: String) -> [String] {
        let items = array(value, path: path).enumerated().compactMap { string($0.element, path: path + "[\($0.offset)]") }
        if items.isEmpty && value != nil { fail(.ruleBadValue, at: path, path, Wording(.ruleEmptyList).argument, Wording(.ruleAtLeastOneWord).argument) }
        return items
    }

    mutating func number(_ value: JSONValue?, path: String, range: ClosedRange<Decimal>) -> Decimal? {
        guard let value else {
            fail(.ruleMissingKey, at: path, path, Wording(.ruleNumberRange, "\(range.lowerBound)", "\(range.upperBound)").argument)
            return nil
        }
        guard case .number(let number) = value, range.contains(number) else {
            fail(.ruleBadValue, at: path, path, value.shortDescription,
                 Wording(.ruleNumberRange, "\(range.lowerBound)", "\(range.upperBound)").argument)
            return nil
        }
        return number
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ value: JSONValue?, path: String, _ type: T.Type) -> T?
    where T.RawValue == String {
        let names = Wording(.jsonValues, arguments: T.allCases.map(\.rawValue)).argument
        guard let text = string(value, path: path) else { return nil }
        guard let result = T(rawValue: text) else {
            fail(.ruleBadValue, at: path, path, "\"\(text)\"", names)
            return nil
        }
        return result
    }

    /// A finding that does not stop the rule file from loading.
    mutating func warn(_ code: DiagnosticCode, at path: String, _ arguments: String...) {
        diagnostics.append(Diagnostic(code: code, severity: .warning,
                                      location: SourceLocation(file: file, line: line(ofPath: path)), arguments: arguments))
    }

    mutating func fail(_ code: DiagnosticCode, at path: String, _ arguments: String...) {
        // A key under one already reported (missing or of the wrong kind) is not reported again.
        if suppressed.contains(where: { path.hasPrefix($0 + ".") || path.hasPrefix($0 + "[") }) { return }
        if code == .ruleMissingKey || code == .ruleBadValue { suppressed.insert(path) }
        diagnostics.append(Diagnostic(code: code, severity: .error,
                                      location: SourceLocation(file: file, line: line(ofPath: path)), arguments: arguments))
    }

    /// The line of a key path such as `grades[2].min`: each component is looked for after the
    /// line of the one before it, and after an index `[k]` the next key's (k+1)-th occurrence is
    /// taken. 0 when the key is not spelled in the file (a missing key).
    private func line(ofPath path: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        }
        var from = 0
        var skip = 0
        var found = 0
        for component in path.split(separator: ".") {
            let parts = component.split(separator: "[")
            let key = String(parts[0])
            var occurrence = 0
            guard let index = lines.indices.dropFirst(from).first(where: { i in
                let line = lines[i]
                guard line.contains("\(key):") || line.contains("\"\(key)\"") || line.contains("'\(key)'") else { return false }
                occurrence += 1
                return occurrence > skip
            }) else { return found }
            found = index + 1
            from = index
            skip = parts.count > 1 ? Int(parts[1].dropLast()) ?? 0 : 0
        }
        return found
    }
}
