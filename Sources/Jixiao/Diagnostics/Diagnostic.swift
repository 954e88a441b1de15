/// A finding about the input: a stable code, a severity, where it was found, and the values that
/// fill the message template. The text itself lives in the message catalogs (`MessageCatalog`),
/// so the library never chooses a language.
public struct Diagnostic: Hashable, Sendable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var location: SourceLocation
    /// Values substituted for `{0}`, `{1}`, … in the catalog's template, in order.
    public var arguments: [String]
    /// The project and indicator the finding concerns, when it concerns one.
    public var project: String?
    public var indicator: String?
    /// Names the input may have meant ("did you mean"), nearest first; empty when none is near.
    public var suggestions: [String] = []
    /// For a finding of the 自评失真 checks (`Auditor`): how urgently a reviewer should look.
    public var auditLevel: AuditLevel? = nil

    public init(_ code: DiagnosticCode, _ severity: Severity? = nil, at location: SourceLocation,
                _ arguments: String...) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = location
        self.arguments = arguments
    }

    public init(code: DiagnosticCode, severity: Severity, location: SourceLocation, arguments: [String]) {
        self.code = code
        self.severity = severity
        self.location = location
        self.arguments = arguments
    }

    /// The message in the given language, with its arguments filled in.
    public func message(in language: Language) -> String {
        let catalog = MessageCatalog.for(language)
        let text = catalog.render(code, arguments)
        guard !suggestions.isEmpty else { return text }
        return text + catalog.phrase(.didYouMean, catalog.list(suggestions.map { catalog.quoted($0) }))
    }

    /// The one-line fix hint for this code, if the catalog has one, with the finding's own values
    /// filled in (`{0}` … as in the message).
    public func hint(in language: Language) -> String? {
        let catalog = MessageCatalog.for(language)
        return catalog.hint(code).map { catalog.fill($0, arguments) }
    }

    /// The same diagnostic, suggesting `usage` (the command that was run, as `Wording.commandLine`
    /// gives it) where it tells how to run a command: a file given in another's place (JX005,
    /// JX006). Others come back as they are.
    public func naming(usage: String) -> Diagnostic {
        guard code == .actualsAsDeclaration || code == .declarationAsActuals, !arguments.isEmpty else { return self }
        var copy = self
        copy.arguments = [arguments[0], usage]
        return copy
    }

    /// The same diagnostic, naming the project and indicator it concerns.
    public func about(project: String?, indicator: String? = nil) -> Diagnostic {
        var copy = self
        copy.project = project
        copy.indicator = indicator
        return copy
    }

    /// `FILE:LINE: warning|error: message [code]`, the form every command prints, and the fix
    /// hint on a second line (`    hint: …`) where the catalog has one.
    public func rendered(in language: Language) -> String {
        let word = MessageCatalog.for(language).phrase(severity == .error ? .errorWord : .warningWord)
        let line = "\(location.description): \(word): \(message(in: language)) [\(code.rawValue)]"
        guard let hint = hint(in: language) else { return line }
        return line + "\n    " + MessageCatalog.for(language).phrase(.hint) + hint
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Diagnostics ordered by file, line, column, then code: the order every output uses.
    public func sortedForOutput() -> [Diagnostic] { outputOrder().map { self[$0] } }

    /// The indices in output order: sorted on small keys (the file's rank among the files named,
    /// line, column, position), so that the diagnostics themselves are neither moved nor copied.
    /// The files are few: each diagnostic's file is compared with the one before it before any
    /// hashing.
    func outputOrder() -> [Int] {
        var files: Set<String> = []
        var previous: String?
        for index in indices where self[index].location.file != previous {
            previous = self[index].location.file
            files.insert(self[index].location.file)
        }
        var rankOf: [String: Int] = [:]
        for file in files.sorted() { rankOf[file] = rankOf.count }
        var lastFile: String?
        var lastRank = 0
        var keys: [(Int, Int, Int, Int)] = []
        keys.reserveCapacity(count)
        for offset in indices {
            if self[offset].location.file != lastFile {
                lastFile = self[offset].location.file
                lastRank = rankOf[self[offset].location.file] ?? 0
            }
            keys.append((lastRank, self[offset].location.line, self[offset].location.column ?? 0, offset))
        }
        keys.sort { $0 < $1 }
        return keys.map(\.3)
    }
}

extension Array where Element == Diagnostic {
    /// How many findings of one code the terminal shows (`cappedPerCode`).
    public static var shownPerCode: Int { 200 }

    /// The findings in output order with at most `limit` of each code; after the last one shown of
    /// a code that had more, one JX012 says how many more there are (with the code's severity, so
    /// that the exit status is the same). For the terminal: a file with a million bad cells prints
    /// a page, not a gigabyte. The JSON output keeps every finding.
    public func cappedPerCode(_ limit: Int = shownPerCode) -> [Diagnostic] {
        let order = outputOrder()
        var counts: [DiagnosticCode: Int] = [:]
        for index in indices { counts[self[index].code, default: 0] += 1 }
        guard counts.values.contains(where: { $0 > limit }) else { return order.map { self[$0] } }
        var shown: [DiagnosticCode: Int] = [:]
        var result: [Diagnostic] = []
        for index in order {
            let code = self[index].code
            let seen = shown[code, default: 0] + 1
            shown[code] = seen
            guard seen <= limit else { continue }
            result.append(self[index])
            if seen == limit, let total = counts[code], total > limit {
                result.append(Diagnostic(code: .moreFindings, severity: self[index].severity,
                                         location: SourceLocation(file: self[index].location.file, line: 0),
                                         arguments: [String(total - limit), code.rawValue]))
            }
        }
        return result
    }
}

/// A diagnostic can be thrown or returned as a `Result` failure where one finding ends the work.
extension Diagnostic: Error {}
