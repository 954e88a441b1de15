import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The hidden temporary files `AtomicFileWriter` writes beside an output
/// (`.NAME.jixiao-PID-RANDOM.tmp`): the one being written is removed when the process is
/// interrupted or terminated (SIGINT, SIGTERM, SIGHUP), and any left behind by a run that was
/// killed outright (SIGKILL, a power cut) is removed by the next run that writes the same output,
/// once its process is gone.
public enum TemporaryFiles {
    /// The path being written, as a C string a signal handler may read; nil between writes.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?

    /// Installs the handlers that remove the pending file and then end the process as the signal
    /// would have (the exit status a shell reports stays 128 + the signal).
    public static func removeOnSignals() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if let path = TemporaryFiles.pending { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Marks `path` as the file being written (nil: none).
    static func begin(_ path: String) {
        let copy = strdup(path)
        let old = pending
        pending = copy
        free(old)
    }

    static func end() {
        let old = pending
        pending = nil
        free(old)
    }

    /// The temporary name for `name` in `folder` (which ends in `/`).
    static func name(for name: String, in folder: String) -> String {
        folder + ".\(name).jixiao-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Removes the temporary files of `name` in `folder` whose process no longer runs.
    static func removeLeftovers(of name: String, in folder: String) {
        let prefix = ".\(name).jixiao-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder == "./" ? "." : folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let parts = entry.dropFirst(prefix.count).dropLast(4).split(separator: "-")
            guard parts.count == 2, let pid = Int32(parts[0]), UInt32(parts[1]) != nil, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + entry) }
        }
    }
}
