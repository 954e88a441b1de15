import Foundation
import Jixiao

// jixiao-bench: times each phase of `score` on the bundled sample repeated N times.
//   swift run -c release jixiao-bench [N …] [--previous OLD-JIXIAO]   (default: 1 100 1000 5000)
// Prints, per N: the whole `jixiao score DECL ACTUALS --format json -o OUT` as a process (and the
// same with OLD-JIXIAO, a previous release build, with the ratio), then each phase in this process:
// wall time, indicators per second, MB/s of input, the phase's peak resident memory and how far it
// rose above what the phase started with; then the scaling between sizes. Generated files live in
// a temporary folder that is removed at the end.

var arguments = Array(CommandLine.arguments.dropFirst())
var previous: String?
if let flag = arguments.firstIndex(of: "--previous"), flag + 1 < arguments.count {
    previous = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
// Increasing sizes, so that a child process never starts from a larger high-water mark than its own.
let sizes = (arguments.isEmpty ? [1, 100, 1000, 5000] : arguments.compactMap { Int($0) }).sorted()
let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let sample = package.appendingPathComponent("samples/shanghai-hpf-2026")
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jixiao").path
let root = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: root) }
let (rules, ruleDiagnostics) = RuleSetLoader.load(path: package.appendingPathComponent(RuleSetLoader.defaultPath).path)
guard let rules else { fatalError("rules: \(ruleDiagnostics.map { $0.rendered(in: .en) })") }

func row(_ cells: [String]) -> String {
    let widths = [22, 7, 10, 12, 14, 10, 10, 10]
    return zip(cells, widths).enumerated().map { i, pair in
        i == 0 ? pair.0.padding(toLength: pair.1, withPad: " ", startingAt: 0)
               : String(repeating: " ", count: max(0, pair.1 - pair.0.count)) + pair.0
    }.joined(separator: " ")
}
func f(_ value: Double, _ places: Int = 2) -> String { String(format: "%.\(places)f", value) }

print("jixiao-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores; sizes \(sizes.map(String.init).joined(separator: ", "))")
print(row(["phase", "N", "indicators", "wall s", "indicators/s", "MB/s", "peak MB", "+MB"]))
var processSeconds: [Int: Double] = [:]
for n in sizes {
    let input = try BenchInput.make(copies: n, sampleFolder: sample, in: root)
    let megabytes = Double(input.bytes) / 1_048_576
    // The whole process first: on Linux a spawned child's peak memory starts from this process's
    // own high-water mark (the exec inherits it), so it is measured before this process grows.
    let expected = 174 * n
    let out = input.folder.appendingPathComponent("out.json").path
    let scoreArguments = ["score", input.declaration.path, input.actuals.path, "--format", "json",
                          "-o", out, "--rules", package.appendingPathComponent(RuleSetLoader.defaultPath).path]
    let (status, whole) = Measure.process(binary, scoreArguments)
    print(row(["jixiao score (process)", "\(n)", "\(expected)", f(whole.seconds, 3), f(Double(expected) / whole.seconds, 0),
               f(megabytes / whole.seconds, 1), f(whole.peakMB, 0), ""]) + "   exit \(status), input \(f(megabytes, 1)) MB, peak/input \(f(whole.peakMB / max(megabytes, 0.001), 1))×")
    processSeconds[n] = whole.seconds
    if let previous {
        let (oldStatus, old) = Measure.process(previous, scoreArguments)
        print(row(["previous build", "\(n)", "\(expected)", f(old.seconds, 3), f(Double(expected) / old.seconds, 0),
                   f(megabytes / old.seconds, 1), f(old.peakMB, 0), ""])
              + "   exit \(oldStatus); this build takes ×\(f(whole.seconds / old.seconds, 2)) the time and ×\(f(whole.peakMB / old.peakMB, 2)) the memory")
    }
    let (loaded, importTime) = Measure.phase { DeclarationLoader.load(path: input.declaration.path) }
    let indicators = loaded.declaration.indicatorCount
    func line(_ name: String, _ m: Measure, bytes: Double?) {
        print(row([name, "\(n)", "\(indicators)", f(m.seconds, 3), f(Double(indicators) / m.seconds, 0),
                   bytes.map { f($0 / m.seconds, 1) } ?? "-", f(m.peakMB, 0), m.ownMB.map { f($0, 0) } ?? "-"]))
    }
    line("import declaration", importTime, bytes: Double(try Data(contentsOf: input.declaration).count) / 1_048_576)
    let (actuals, actualsTime) = Measure.phase { ActualsReader.load(path: input.actuals.path) }
    line("read actuals", actualsTime, bytes: Double(try Data(contentsOf: input.actuals).count) / 1_048_576)
    let ((assessed, diagnostics), scoreTime) = Measure.phase {
        Assessment.assess(declaration: loaded, actuals: actuals, rules: rules, rulesFile: "r",
                          declarationPath: input.declaration.path, actualsPath: input.actuals.path)
    }
    // Every renamed row must have found its indicator, or the benchmark measures a different job.
    let errors = diagnostics.filter { $0.severity == .error }
    guard let scorecard = assessed, errors.isEmpty else {
        FileHandle.standardError.write(Data("the generated input did not score cleanly: \(errors.prefix(3).map { $0.rendered(in: .en) })\n".utf8))
        exit(1)
    }
    line("match, score, roll up", scoreTime, bytes: nil)
    let (json, jsonTime) = Measure.phase { ScorecardJSON.encode(scorecard, language: .en) }
    line("JSON export", jsonTime, bytes: nil)
    let (_, xlsxTime) = Measure.phase { ScorecardWorkbook.xlsx(scorecard, language: .zh) }
    line("XLSX export", xlsxTime, bytes: nil)
    _ = json
    precondition(indicators == expected, "the generated declaration has \(indicators) indicators, not \(expected)")
    try? FileManager.default.removeItem(at: input.folder)
}
let sorted = sizes.sorted()
for (a, b) in zip(sorted, sorted.dropFirst()) {
    if let ta = processSeconds[a], let tb = processSeconds[b] {
        print("scaling N=\(a) → N=\(b): time ×\(f(tb / ta, 2)) for size ×\(f(Double(b) / Double(a), 0))")
    }
}
