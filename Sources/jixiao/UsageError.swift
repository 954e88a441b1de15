import Jixiao

/// A command line that does not fit its command: printed with the usage line, exit status 64.
/// The text is a phrase of the message catalogs, rendered in the chosen language when printed.
struct UsageError: Error {
    var phrase: Phrase
    var arguments: [String]
    var command: String?

    init(_ phrase: Phrase, _ arguments: String..., command: String? = nil) {
        self.phrase = phrase
        self.arguments = arguments
        self.command = command
    }

    func message(_ catalog: MessageCatalog) -> String {
        catalog.phrase(phrase, arguments)
    }
}
