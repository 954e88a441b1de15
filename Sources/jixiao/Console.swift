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

    func out(_ text: String) { writeStandardOutput(Data(text.utf8)) }

    func err(_ text: String) { Self.write(Data(text.utf8), to: STDERR_FILENO) }

    /// Prints each diagnostic as `FILE:LINE: severity: message [code]`, in file and line order, at
    /// most 200 of one code (then one line says how many more; see `cappedPerCode`).
    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        err(diagnostics.cappedPerCode().map { $0.naming(usage: commandLine).rendered(in: language) + "\n" }.joined())
    }

    /// Writes `data` to `path` (complete or not at all, see `AtomicFileWriter`), or to standard
    /// output when `path` is nil or `-`. Returns false, having said why, when the file cannot be
    /// written. A file holding the user's own data (`UserFile`) is not replaced without `--force`:
    /// a usage error (exit 64) says what it holds.
    func write(_ data: Data, to path: String?) throws(UsageError) -> Bool {
        try write(to: path, replacing: data) { emit in data.withUnsafeBytes(emit) }
    }

    /// As `write(_:to:)` for an output made piece by piece: each piece goes into the file's
    /// temporary file, or to standard output, as `produce` hands it over. `replacing`: the new
    /// bytes when they are known (a file that already holds them is replaced whatever it is).
    func write(to path: String?, replacing: Data? = nil,
               producing produce: (@escaping (UnsafeRawBufferPointer) -> Void) -> Void) throws(UsageError) -> Bool {
        guard let path, path != InputFile.standardStream else {
            var ok = true
            produce { bytes in
                guard ok, let base = bytes.baseAddress, bytes.count > 0 else { return }
                ok = writeStandardOutput(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count,
                                              deallocator: .none))
            }
            return ok
        }
        if !force, let held = UserFile.held(at: path, replacing: replacing) {
            throw UsageError(.usageOutputHoldsData, path, Wording(held.phrase).argument)
        }
        switch AtomicFileWriter.write(to: path, writeChunk: Self.chunkWriter, producing: { sink in produce { sink.write($0) } }) {
        case .success:
            return true
        case .failure(let diagnostic):
            report([diagnostic])
            return false
        }
    }

    /// How chunks reach a file. `JIXIAO_TEST_WRITE_DELAY_MS` (for the tests only) waits that long
    /// before each chunk, so that a test can interrupt a write while it is under way.
    static var chunkWriter: AtomicFileWriter.ChunkWriter {
        guard let text = ProcessInfo.processInfo.environment["JIXIAO_TEST_WRITE_DELAY_MS"], let delay = UInt32(text) else {
            return AtomicFileWriter.writeAll
        }
        return { descriptor, data in
            usleep(delay * 1000)
            try AtomicFileWriter.writeAll(descriptor, data)
        }
    }

    /// As `deliver`, for an output made piece by piece (`ScorecardJSON.stream`): the whole
    /// document is never held in memory.
    func deliver(to path: String?, diagnostics: [Diagnostic],
                 streaming produce: (@escaping (UnsafeRawBufferPointer) -> Void) -> Void) throws(UsageError) -> Bool {
        let written = try write(to: path, producing: produce)
        report(diagnostics)
        if written { confirm(path) }
        return written
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

    /// write(2) until done; gives up silently on an error (standard error has nowhere to say it).
    private static func write(_ data: Data, to descriptor: Int32) {
        try? AtomicFileWriter.writeAll(descriptor, data)
    }

    /// Writes to standard output. A reader that has gone (EPIPE: `| head`) is not an error; any
    /// other failure (a full disk, `> /dev/full`, an I/O error) is JX011 on standard error, and the
    /// run exits 1 (`Console.standardOutputFailed`, which `main.swift` checks with the close).
    @discardableResult
    func writeStandardOutput(_ data: Data) -> Bool {
        do {
            try AtomicFileWriter.writeAll(STDOUT_FILENO, data)
            return true
        } catch let failure as AtomicFileWriter.WriteFailure where failure.code == EPIPE {
            return true
        } catch {
            let code = (error as? AtomicFileWriter.WriteFailure)?.code ?? EIO
            reportStandardOutputFailure(code)
            return false
        }
    }

    /// Says once that standard output failed, and marks the run failed.
    func reportStandardOutputFailure(_ code: Int32) {
        guard !Console.standardOutputFailed else { return }
        Console.standardOutputFailed = true
        Self.write(Data((Diagnostic(.standardOutputFailed, at: SourceLocation(file: catalog.phrase(.standardOutputName), line: 0),
                                    Wording.system(code).argument).rendered(in: language) + "\n").utf8), to: STDERR_FILENO)
    }

    /// Set when a write to standard output failed: the process exits 1 whatever the command returned.
    nonisolated(unsafe) static var standardOutputFailed = false
}
