import Foundation
import Jixiao
#if canImport(Glibc)
import Glibc
#endif

/// Where the CLI's text goes: results to standard output or `-o FILE`, diagnostics to standard
/// error. The only place that writes. A closed stream (a reader gone, `2>&-`) is ignored: the
/// output file is written first and never depends on anyone reading the messages.
struct Console {
    var language: Language
    /// `-q`: no `wrote FILE` line.
    var quiet = false
    /// `--force`: an output file holding the user's own data may be replaced.
    var force = false
    /// The command that was run, as a message suggests it (`CommandSpec.commandLine`).
    var commandLine = Wording.scoreCommandLine

    var catalog: MessageCatalog { MessageCatalog.for(language) }

    func out(_ text: String) { Self.write(Data(text.utf8), to: STDOUT_FILENO) }

    func err(_ text: String) { Self.write(Data(text.utf8), to: STDERR_FILENO) }

    /// Prints each diagnostic as `FILE:LINE: severity: message [code]`, in file and line order.
    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        err(diagnostics.sortedForOutput().map { $0.naming(usage: commandLine).rendered(in: language) + "\n" }.joined())
    }

    /// Writes `data` to `path` (complete or not at all, see `AtomicFileWriter`), or to standard
    /// output when `path` is nil or `-`. Returns false, having said why, when the file cannot be
    /// written. A file holding the user's own data (`UserFile`) is not replaced without `--force`:
    /// a usage error (exit 64) says what it holds.
    func write(_ data: Data, to path: String?) throws(UsageError) -> Bool {
        guard let path, path != InputFile.standardStream else {
            Self.write(data, to: STDOUT_FILENO)
            return true
        }
        if !force, let held = UserFile.held(at: path, replacing: data) {
            throw UsageError(.usageOutputHoldsData, path, Wording(held.phrase).argument)
        }
        switch AtomicFileWriter.write(data, to: path) {
        case .success:
            return true
        case .failure(let diagnostic):
            report([diagnostic])
            return false
        }
    }

    /// The order every command keeps: the output first (so that no message can cost it), then the
    /// diagnostics, then `wrote FILE`. False when the file could not be written.
    func deliver(_ data: Data, to path: String?, diagnostics: [Diagnostic]) throws(UsageError) -> Bool {
        let written = try write(data, to: path)
        report(diagnostics)
        if written { confirm(path) }
        return written
    }

    /// The `wrote FILE` line, after the diagnostics, for an output written to a file.
    func confirm(_ path: String?) {
        guard let path, path != InputFile.standardStream, !quiet else { return }
        err(catalog.phrase(.wroteFile, path) + "\n")
    }

    /// write(2) until done; gives up silently on an error (EPIPE when the reader has gone).
    private static func write(_ data: Data, to descriptor: Int32) {
        try? AtomicFileWriter.writeAll(descriptor, data)
    }
}
