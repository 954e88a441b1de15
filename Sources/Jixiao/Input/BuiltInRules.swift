import Foundation

/// The rule files of `scoring-rules/`, compiled into the binary so that an installed `jixiao` works
/// from any folder. The files stay the documented source; `.ci/embed-rules` copies them into
/// `BuiltInRules+Texts.swift`, and a test checks that the copies are byte-identical.
///
/// A rule argument (`--rules X`, `--lint X`) names a file when one exists at that path; otherwise a
/// built-in file by name (`mof-2020`, `province-20-80-70-60`, `lint`, with or without `.json5`, or as
/// `scoring-rules/NAME.json5`). Without the option, the built-in default is used, not a file in the
/// current folder.
public enum BuiltInRules {
    /// A built-in file: its name and where it lives in the repository (what outputs show as its file).
    public struct File: Sendable {
        public var name: String
        public var text: String
        public var path: String { "scoring-rules/\(name).json5" }
        public var data: Data { Data(text.utf8) }
    }

    public static let defaultScoring = "mof-2020"
    public static let defaultLint = "lint"

    /// Every built-in file, by name.
    public static var files: [File] { texts.map { File(name: $0.name, text: $0.text) } }

    /// The built-in file `argument` names, or nil.
    public static func named(_ argument: String) -> File? {
        var name = argument
        if name.hasPrefix("./") { name.removeFirst(2) }
        if name.hasPrefix("scoring-rules/") { name.removeFirst("scoring-rules/".count) }
        if name.hasSuffix(".json5") { name.removeLast(".json5".count) }
        return files.first { $0.name == name }
    }

    /// What a rule argument stands for: the bytes and the name to show for them, or a diagnostic.
    /// nil means the built-in `fallback`; a path to an existing file (or `-`) is read; else a
    /// built-in name.
    static func resolve(_ argument: String?, fallback: String, limit: Int) -> Result<(Data, String), Diagnostic> {
        guard let argument else {
            let file = named(fallback)!
            return .success((file.data, file.path))
        }
        if argument != "-", !FileManager.default.fileExists(atPath: argument), let file = named(argument) {
            return .success((file.data, file.path))
        }
        return InputFile.read(argument, limit: limit).map { ($0, argument) }.mapError { failure in
            // `--rules mof2020`: the built-in file it was meant to name.
            var diagnostic = failure
            if failure.code == .fileUnreadable {
                diagnostic.suggestions = EditDistance.nearest(to: (argument as NSString).lastPathComponent, among: files.map(\.name))
            }
            return diagnostic
        }
    }
}
