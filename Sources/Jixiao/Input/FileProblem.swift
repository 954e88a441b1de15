import Foundation

/// Why a path could not be read — missing, a folder, or not readable — as a diagnostic whose words
/// the message catalogs give in either language.
enum FileProblem {
    static func diagnostic(_ path: String) -> Diagnostic {
        let location = SourceLocation(file: path, line: 0)
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return Diagnostic(.fileUnreadable, at: location, path)
        }
        if isDirectory.boolValue { return Diagnostic(.fileIsFolder, at: location, path) }
        return Diagnostic(.fileNotReadable, at: location, path)
    }
}
