import Foundation

/// Says in words why a path could not be read: missing, a folder, or not readable.
enum FileProblem {
    static func describe(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return "no such file: \(path)"
        }
        if isDirectory.boolValue { return "\(path) is a folder, not a file" }
        return "\(path) is not readable"
    }
}
