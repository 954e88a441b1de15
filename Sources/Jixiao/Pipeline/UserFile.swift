import Foundation

/// What an existing output file holds of the user's own work, which `-o` must not replace
/// without `--force`:
///
/// - a declaration, in any form jixiao reads (text, JSON, the form as a workbook, an indicator list);
/// - an actuals table with anything typed in 实际完成值, 偏差原因, 改进措施 or 自评得分 (the
///   全年执行数 row's amount is its 实际完成值); an empty template (nothing typed) may be replaced;
/// - a progress file for `monitor` (a 1-M月完成值, 全年预计完成值 or 完成目标可能性 column) with
///   anything typed;
/// - a workbook holding a filled 自评表 that jixiao did not write as it stands (one written by
///   another program, or jixiao's saved again from Excel or WPS: its 偏差原因 may have been typed);
/// - a rule file.
///
/// jixiao's results — scorecards, reports, documents, empty templates — are none of these and may
/// be replaced, as may a file that already holds exactly the new bytes.
public enum UserFile: String, Sendable, CaseIterable {
    case declaration
    case filledActuals
    case progress
    case filledForm
    case rules

    /// The word for what the file holds, as messages show it (`Phrase` in every catalog).
    public var phrase: Phrase {
        switch self {
        case .declaration: return .userFileDeclaration
        case .filledActuals: return .userFileActuals
        case .progress: return .userFileProgress
        case .filledForm: return .userFileForm
        case .rules: return .userFileRules
        }
    }

    /// What the file `path` would lead `-o` to replace holds of the user's own, or nil when it may be
    /// replaced by `replacement`: no such file, not a regular file (a device or a FIFO is written into,
    /// not replaced), the same bytes, or none of the kinds above.
    /// `replacement` nil: the new bytes are not known yet (a streamed output).
    public static func held(at path: String, replacing replacement: Data?) -> UserFile? {
        guard path != InputFile.standardStream, case .file(let target, let existing) = OutputPath.resolve(path), existing != nil,
              !isScorecardJSON(target),
              case .success(let data) = InputFile.read(target), !data.isEmpty, data != replacement else { return nil }
        return kind(of: data, file: target)
    }

    /// What `data` holds of the user's own, or nil.
    static func kind(of data: Data, file: String) -> UserFile? {
        if let table = ActualsTable(data: data, file: file) {
            guard !table.isResult, table.isFilled else { return nil }
            return table.isProgress ? .progress : .filledActuals
        }
        // A scorecard's JSON (hundreds of MB for a large unit) is not decoded to find that out:
        // a declaration's JSON names each project's 项目性质.
        if !startsLikeJSON(data) || data.range(of: Data("\"nature\"".utf8)) != nil,
           DeclarationLoader.load(data: data, file: file).isUsable { return .declaration }
        if ZipReader.looksLikeZip(data) {
            let form = SubmittedReader.read(data, file: file).form
            return !form.projects.isEmpty && !writtenByJixiao(data) ? .filledForm : nil
        }
        guard data.count <= InputFile.maxRuleBytes else { return nil }
        let (rules, _) = RuleSetLoader.load(data: data, file: file)
        return rules != nil ? .rules : nil
    }

    /// True when the file begins as `score --format json` writes a scorecard (`{` and the key
    /// `audit` first, or `deviations` in a scorecard written before audits): jixiao's own result,
    /// told from its first bytes, so that rewriting a
    /// province's scorecard does not first read hundreds of megabytes back.
    static func isScorecardJSON(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 64) else { return false }
        return head.starts(with: Data("{\n  \"audit\" : [".utf8)) || head.starts(with: Data("{\n  \"deviations\" : [".utf8))
    }

    /// True when the first byte after a BOM and white space is `{`.
    static func startsLikeJSON(_ data: Data) -> Bool {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    }

    /// True when a workbook's `docProps/app.xml` names jixiao as the program that saved it last.
    static func writtenByJixiao(_ data: Data) -> Bool {
        guard let zip = try? ZipReader(data), zip.contains("docProps/app.xml"),
              let bytes = try? zip.data("docProps/app.xml") else { return false }
        return String(decoding: bytes, as: UTF8.self).contains("<Application>jixiao</Application>")
    }
}
