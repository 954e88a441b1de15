// libFuzzer entry point for jixiao's readers. Compiled together with the library's sources by
// Tests/Fuzz/fuzz.sh (not part of the SwiftPM package). The reader under test is chosen by the
// environment variable JIXIAO_FUZZ_TARGET: target, declaration, list, csv, xlsx, rules, scorecard or
// score.
import Foundation

private let fuzzTarget = ProcessInfo.processInfo.environment["JIXIAO_FUZZ_TARGET"] ?? "target"
private let fuzzRules: RuleSet = RuleSetLoader.load(data: BuiltInRules.named("mof-2020")!.data, file: "mof-2020.json5").0!

@_cdecl("LLVMFuzzerTestOneInput")
public func jixiaoFuzzOne(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    switch fuzzTarget {
    case "target":
        let text = String(decoding: data, as: UTF8.self)
        let parsed = TargetParser.parse(text)
        // A quantitative target always has an operator and a value; a range has an upper bound.
        if parsed.target.kind == .quantitative {
            precondition(parsed.target.operator != nil && parsed.target.value != nil)
            if parsed.target.operator == .range { precondition(parsed.target.upper != nil) }
        }
        _ = Quantity.parse(text)
    case "declaration":
        let loaded = DeclarationLoader.load(data: data, file: "fuzz.txt")
        // Nothing lost: every non-blank line is consumed or reported.
        // The loader reads text starting (after white space) with `{` as JSON, the rest as the PDF export.
        // A file refused as a whole (an actuals table given as the declaration, JX005) is one error
        // for the file: none of its lines is read, so none is lost.
        if case .success(let (text, _)) = TextFileDecoder.decode(data),
           text.unicodeScalars.first(where: { !PrintedText.isWhitespace($0) }) != "{",
           !loaded.diagnostics.contains(where: { $0.code == .actualsAsDeclaration }) {
            let reported = Set(loaded.diagnostics.map(\.location.line))
            for (index, line) in DeclarationText.lines(of: text).enumerated()
            where !DeclarationText.isBlank(line) {
                precondition(loaded.consumedLines.contains(index + 1) || reported.contains(index + 1), "line \(index + 1) lost")
            }
        }
        _ = DeclarationDocument(declaration: loaded.declaration, diagnostics: loaded.diagnostics, language: .en).encoded()
    case "csv":
        let result = ActualsReader.read(data: data, file: "fuzz.csv")
        let declaration = Declaration(projects: [Project(name: "甲", indicators: [
            Indicator(category: "产出指标", subcategory: "数量指标", name: "率", target: TargetParser.parse("≥90%").target, line: 1),
        ])])
        _ = ActualsMatcher.match(declaration, rows: result.rows, file: "fuzz.csv")
    case "xlsx":
        _ = WorkbookReader.records(data)
        _ = ActualsReader.read(data: data, file: "fuzz.xlsx")
        // The same bytes as a declaration: a workbook form or an indicator list. Every finding that
        // points into the workbook names a cell of a sheet.
        let loaded = DeclarationLoader.load(data: data, file: "fuzz.xlsx")
        if loaded.sheetMap != nil {
            for diagnostic in loaded.diagnostics where diagnostic.location.line > 0 {
                precondition(diagnostic.location.cell?.contains("!") == true, "\(diagnostic.code.rawValue) at \(diagnostic.location.description)")
            }
        }
        _ = DeclarationDocument(declaration: loaded.declaration, diagnostics: loaded.diagnostics, language: .en).encoded()
        // And as a submitted 自评表 for `verify`, recomputed under the default rules.
        let submitted = SubmittedReader.read(data, file: "fuzz.xlsx")
        _ = Verifier.verify(submitted.form, rules: fuzzRules, file: "fuzz.xlsx", language: .en)
    case "list":
        // An indicator list as CSV: every record under the head row is used or reported.
        guard case .success(let (text, _)) = TextFileDecoder.decode(data) else { break }
        let loaded = DeclarationLoader.load(data: data, file: "fuzz.csv")
        if DeclarationLoader.looksLikeList(text) {
            let reported = Set(loaded.diagnostics.map(\.location.line))
            let records = CSVReader.read(text).records
            if let head = IndicatorList.headerIndex(records) {
                for record in records[(head + 1)...] where record.fields.contains(where: { !PrintedText.trimmed($0).isEmpty }) {
                    precondition(loaded.consumedLines.contains(record.line) || reported.contains(record.line)
                                 || reported.contains(0), "list line \(record.line) lost")
                }
            }
        }
    case "rules":
        _ = RuleSetLoader.load(data: data, file: "fuzz.json5")
        _ = LintRules.load(data: data, file: "fuzz.json5")
    case "scorecard":
        // A scorecard for `rollup`: checked, then decoded; a problem found has its place.
        let bytes = Array(data)
        if let problem = JSON5Locator.firstProblem(in: bytes, json5: false) {
            precondition(problem.line >= 1 && problem.column >= 1)
        }
        if case .success(let card) = JSONErrorText.decode(ScorecardFile.self, from: bytes, json5: false) {
            _ = ScorecardFigures.check(card, bytes: bytes, file: "fuzz.json")
        }
    case "score":
        // Lines: a target, an actual, points, and a byte choosing the rounding. The row must score
        // the same in Fixed (the data path's integers) as in the Decimal oracle.
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 3, let points = Fixed.parseWhole(lines[2]), points >= 0, points < 1_000_000,
              let actual = Fixed.parseWhole(lines[1]) else { break }
        let target = TargetParser.parse(lines[0]).target
        var rules = fuzzRules
        let choice = Int(data.last ?? 0)
        rules.rounding = RuleSet.ScoreRounding(mode: choice % 2 == 0 ? .halfUp : .truncate, places: choice % 3)
        rules.reverse = choice % 5 == 0 ? .linear : .ratio
        let fast = IndicatorScorer.score(target: ScoredTarget(target), actual: .number(actual), points: points,
                                         context: ScoringContext(rules))
        let oracle = DecimalScorer.score(target: target, actual: .number(actual.decimal), points: points.decimal, rules: rules)
        precondition(fast.score.decimal == oracle.0 && fast.status == oracle.1 && fast.score.description == oracle.0.description,
                     "Fixed \(fast.score) ≠ Decimal \(oracle.0) for \(lines[0]) / \(actual) / \(points)")
    default:
        fatalError("unknown JIXIAO_FUZZ_TARGET \(fuzzTarget)")
    }
    return 0
}
