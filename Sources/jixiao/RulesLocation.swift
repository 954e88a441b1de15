import Foundation

/// Finds the default rule file when `--rules` is not given: `scoring-rules/mof-2020.json5` in the
/// current folder, else beside the executable's package (so `swift run` works from any folder).
enum RulesLocation {
    static func defaultPath() -> String {
        let relative = "scoring-rules/mof-2020.json5"
        if FileManager.default.fileExists(atPath: relative) { return relative }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return relative
    }
}
