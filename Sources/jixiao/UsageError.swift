import Jixiao

/// A command line that does not fit its command: printed with the usage line, exit status 64.
/// The text is a phrase of the message catalogs, rendered in the chosen language when printed.
struct UsageError: Error {
    var phrase: Phrase
    var arguments: [String]
    var command: String?
    /// What the user may have meant ("did you mean"), nearest first.
    var suggestions: [String] = []

    init(_ phrase: Phrase, _ arguments: String..., command: String? = nil, suggestions: [String] = []) {
        self.phrase = phrase
        self.arguments = arguments
        self.command = command
        self.suggestions = suggestions
    }

    /// Whether the usage line follows the message: not when the command line was right and the
    /// output file is the problem.
    var showsUsage: Bool { phrase != .usageOutputHoldsData }

    func message(_ catalog: MessageCatalog) -> String {
        let text = catalog.phrase(phrase, arguments)
        guard !suggestions.isEmpty else { return text }
        return text + catalog.phrase(.didYouMean, catalog.list(suggestions.map { catalog.quoted($0) }))
    }
}
