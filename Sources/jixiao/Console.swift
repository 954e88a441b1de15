import Foundation
import Jixiao

/// Where the CLI's text goes: results to standard output or `-o FILE`, diagnostics to standard
/// error. The only place that writes.
struct Console {
    var language: Language

    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints each diagnostic as `FILE:LINE: severity: message [code]`, in file and line order.
    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sortedForOutput() {
            err(diagnostic.rendered(in: language) + "\n")
        }
    }

    /// Writes `data` to `path` (complete or not at all, see `AtomicFileWriter`), or to standard
    /// output when `path` is nil. Returns false, having said why, when the file cannot be written.
    func write(_ data: Data, to path: String?) -> Bool {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return true
        }
        switch AtomicFileWriter.write(data, to: path) {
        case .success: return true
        case .failure(let diagnostic):
            report([diagnostic])
            return false
        }
    }
}
