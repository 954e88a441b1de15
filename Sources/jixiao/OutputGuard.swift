import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Refuses an output path that is one of the command's inputs, before anything is read or
/// written: `score D A -o A` would otherwise replace the filled-in actuals with the score table.
///
/// The same file however spelled: the same device and inode (a symlink, `./`, `..`, a hard link),
/// or the same folder and a name that differs only in case (one file on Windows and macOS file
/// systems and on most USB sticks, where these files travel). `-` (standard output) is never an input.
enum OutputGuard {
    /// The input (its role and path) that `output` would overwrite, or nil.
    static func clash(output: String?, inputs: [(role: String, path: String)]) -> (role: String, path: String)? {
        guard let output, output != "-" else { return nil }
        let outputID = identity(output)
        let outputName = folded(output)
        for input in inputs where input.path != "-" {
            if let outputID, let inputID = identity(input.path), outputID == inputID { return input }
            if let outputName, let inputName = folded(input.path), outputName == inputName { return input }
        }
        return nil
    }

    /// Device and inode of the file a path leads to (after symlinks), when it exists.
    static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    /// The real path of the folder plus the file name, lower-cased: how two spellings of one name
    /// compare on a file system that ignores case.
    static func folded(_ path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL.path
        return (folder + "/" + url.lastPathComponent).lowercased()
    }
}
