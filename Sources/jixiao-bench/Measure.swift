import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wall time and peak resident memory, for a phase in this process or for a child process.
struct Measure {
    var seconds: Double
    var peakMB: Double
    /// For a phase: how far its peak rose above the resident memory it started with, in MB.
    var ownMB: Double? = nil

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// This process's peak resident set so far, in MB.
    static func selfPeakMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// A field of /proc/self/status in MB (`VmRSS`, `VmHWM`), or nil where there is none.
    static func status(_ field: String) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
            return Double(digits).map { $0 / 1024 }
        }
        return nil
    }

    /// Resets this process's peak resident set to its current one (Linux: `5` into
    /// /proc/self/clear_refs), so that the next phase's peak is its own.
    static func resetPeak() {
        guard let file = fopen("/proc/self/clear_refs", "w") else { return }
        fputs("5", file)
        fclose(file)
    }

    static func phase<T>(_ body: () throws -> T) rethrows -> (T, Measure) {
        resetPeak()
        let before = status("VmRSS") ?? 0
        let start = now()
        let value = try body()
        let seconds = now() - start
        let peak = status("VmHWM") ?? selfPeakMB()
        return (value, Measure(seconds: seconds, peakMB: peak, ownMB: max(0, peak - before)))
    }

    /// Runs a program to the end; its wall time and its own peak resident set (from wait4).
    static func process(_ executable: String, _ arguments: [String]) -> (status: Int32, Measure) {
        let start = now()
        var pid: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The child's diagnostics go to /dev/null: the benchmark measures, it does not read them.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return (-1, Measure(seconds: 0, peakMB: 0)) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        return ((status >> 8) & 0xFF, Measure(seconds: now() - start, peakMB: Double(usage.ru_maxrss) / 1024))
    }
}
