/// A command line that does not fit its command: printed with the usage line, exit status 64.
struct UsageError: Error {
    var message: String
    var command: String?

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }
}
