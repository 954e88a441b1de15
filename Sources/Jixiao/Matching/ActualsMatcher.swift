import Foundation

/// Puts each actual row beside the declared indicator it names and reads its value against that
/// indicator's target, on the tables' bytes (`DeclarationTable`, `ActualsTable`).
///
/// - Names match by their match key (`PrintedText.matchKey`: NFKC, all white space removed; a
///   plain ASCII/CJK name is its own key, `ByteText.matchKey`), so a name typed without the PDF's
///   stray spaces, or with full-width digits, still finds its row. Two declared names with the
///   same key cannot be told apart: an error names both.
/// - A name a project declares k times takes the rows with that name in order; one row for k
///   occurrences is used for each, with a warning; rows beyond k are reported and not used.
/// - An unknown project or indicator is one error per name, listing its rows' lines and the
///   nearest declared names ("did you mean"); its rows are not used. Never dropped silently.
/// - A row with a blank 实际完成值 is reported at its cell; the indicator scores 0.
/// - Budget rows (三级指标 全年执行数, 全年预算数, 年度总体目标) fill the project's year-end figures.
/// - A plain number in the target's unit (most cells) is read straight from its bytes; any other
///   cell goes through `ActualInterpreter`.
struct ActualsMatcher {
    let declaration: DeclarationTable
    let actuals: ActualsTable
    let file: String
    let declarationFile: String
    let vocabulary: LevelVocabulary
    /// The name of the department whose 部门整体 form the declaration holds: its rows are kept
    /// apart (`Result.departmentRows`) for `DepartmentActuals`, not reported as an unknown project.
    var department: String? = nil

    /// The tables and what matching found; `projects` are the model's values of the match.
    struct Result: Sendable {
        var declaration: DeclarationTable
        var actuals: ActualsTable
        var match: ActualsMatch
        var diagnostics: [Diagnostic]
        /// The rows of the department's form, in file order.
        var departmentRows: [Int32] = []

        var projects: [MatchedProject] {
            declaration.projects.indices.map { match.project($0, declaration: declaration, actuals: actuals) }
        }
    }

    /// `vocabulary`: the rule file's words for qualitative levels (`RuleSet.Qualitative.vocabulary`).
    static func match(_ declaration: DeclarationTable, _ actuals: ActualsTable, file: String, declarationFile: String = "",
                      vocabulary: LevelVocabulary = .standard, department: String? = nil) -> Result {
        let matcher = ActualsMatcher(declaration: declaration, actuals: actuals, file: file, declarationFile: declarationFile,
                                     vocabulary: vocabulary, department: department)
        let (match, diagnostics, departmentRows) = matcher.run()
        return Result(declaration: declaration, actuals: actuals, match: match, diagnostics: diagnostics, departmentRows: departmentRows)
    }

    /// The same from the model's values (a declaration and rows made in code).
    static func match(_ declaration: Declaration, rows: [ActualRow], file: String, declarationFile: String = "",
                      vocabulary: LevelVocabulary = .standard) -> Result {
        match(DeclarationTable(declaration), ActualsTable(rows: rows), file: file, declarationFile: declarationFile,
              vocabulary: vocabulary)
    }

    /// A name's match key: its bytes, or the bytes `ByteText.matchKey` makes, kept in `storage`.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ storage: KeyStorage) -> SpanKey {
        guard let changed = ByteText.matchKey(bytes) else { return SpanKey(bytes) }
        return changed.withUnsafeBufferPointer { storage.keep($0) }
    }

    func run() -> (ActualsMatch, [Diagnostic], [Int32]) {
        var diagnostics: [Diagnostic] = []
        var departmentRows: [Int32] = []
        let projectCount = declaration.projects.count
        var rowsByProject = Array(repeating: [Int32](), count: projectCount)
        var unknown = UnknownNames()
        let storage = KeyStorage()
        declaration.text.withAllBytes { declared in
            actuals.text.withAllBytes { typed in
                var projectIndex: [SpanKey: Int32] = [:]
                for (index, project) in declaration.projects.enumerated() {
                    let key = Self.key(declared(project.name), storage)
                    if let first = projectIndex[key] {
                        let other = declaration.projects[Int(first)]
                        if !declared(other.name).elementsEqual(declared(project.name)) {
                            let name = declaration.string(project.name)
                            diagnostics.append(Diagnostic(.projectNamesCollide,
                                                          at: SourceLocation(file: declarationFile, line: Int(project.line)),
                                                          declaration.string(other.name), String(other.line), name).about(project: name))
                        }
                        continue
                    }
                    projectIndex[key] = Int32(index)
                }
                // The key's bytes are copied into `storage`: the name's own buffer does not outlive the call.
                let departmentKey: SpanKey? = department.map { name in
                    let bytes = Array(PrintedText.normalizeName(name).utf8)
                    let key = bytes.withUnsafeBufferPointer { ByteText.matchKey($0) } ?? bytes
                    return key.withUnsafeBufferPointer { storage.keep($0) }
                }
                for row in 0..<actuals.count {
                    let key = Self.key(typed(actuals.projectNames[row]), storage)
                    if let index = projectIndex[key] {
                        rowsByProject[Int(index)].append(Int32(row))
                    } else if key == departmentKey {
                        departmentRows.append(Int32(row))
                    } else {
                        unknown.add(key, name: actuals.projectNames[row], row: Int32(row))
                    }
                }
            }
        }
        if !unknown.groups.isEmpty {
            let suggester = NameSuggester(declaration.projects.map { declaration.string($0.name) })
            for group in unknown.groups {
                let name = actuals.text.string(group.name)
                var diagnostic = Diagnostic(.actualUnknownProject, at: actuals.location(Int(group.rows[0]), .project, file: file), name,
                                            String(group.rows.count), lineList(group.rows))
                diagnostic.suggestions = suggester.suggestions(for: name)
                diagnostics.append(diagnostic)
            }
        }
        // Projects are matched independently, on all cores; the parts are joined in project order,
        // so the output does not depend on the scheduling.
        let chunks = max(1, min(projectCount, ProcessInfo.processInfo.activeProcessorCount * 4))
        let results = ChunkResults<(ActualsMatch, [Diagnostic])>(count: chunks)
        let grouped = rowsByProject
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * projectCount / chunks)..<((chunk + 1) * projectCount / chunks)
            var part = ProjectMatcher(matcher: self)
            for index in range { part.match(project: index, rows: grouped[index]) }
            results[chunk] = (part.result, part.diagnostics)
        }
        var match = ActualsMatch(indicators: 0, projects: 0)
        for (part, found) in results.values {
            match.rows += part.rows
            match.inputs += part.inputs
            match.readings += part.readings
            match.judged += part.judged
            match.explicitPoints += part.explicitPoints
            match.spentRows += part.spentRows
            match.spent += part.spent
            match.executionPoints += part.executionPoints
            match.budgetOverrides += part.budgetOverrides
            match.goalOutcomes += part.goalOutcomes
            match.sources += part.sources
            diagnostics += found
        }
        return (match, diagnostics, departmentRows)
    }

    /// The lines of a group of rows, for a message: `12, 13, 40` (at most eight, then `…`).
    func lineList(_ rows: [Int32]) -> String {
        let shown = rows.prefix(8).map { String(actuals.lines[Int($0)]) }.joined(separator: ", ")
        return rows.count > 8 ? shown + ", …" : shown
    }

    /// Rows that named something undeclared, grouped by their key (the first spelling names the
    /// group), in the order the names first appear.
    struct UnknownNames {
        private var index: [SpanKey: Int] = [:]
        private(set) var groups: [(name: TextRef, rows: [Int32])] = []

        mutating func add(_ key: SpanKey, name: TextRef, row: Int32) {
            if let at = index[key] {
                groups[at].rows.append(row)
            } else {
                index[key] = groups.count
                groups.append((name, [row]))
            }
        }
    }
}
