/// The exit statuses of `jixiao`, in one place.
enum ExitStatus: Int32 {
    /// Done; warnings may have been printed.
    case success = 0
    /// An input error was found (the output, if any, was still written), or a file could not be
    /// read or written.
    case inputError = 1
    /// The command line was wrong (as BSD sysexits EX_USAGE).
    case usage = 64
}
