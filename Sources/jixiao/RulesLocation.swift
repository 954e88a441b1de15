import Foundation

/// Finds a bundled rule file when no option names one (`scoring-rules/mof-2020.json5` unless told
/// otherwise): in the current folder, else in the package the executable was built in (so
/// `swift run` works from any folder).
enum RulesLocation {
    static func defaultPath(_ relative: String = "scoring-rules/mof-2020.json5") -> String {
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
