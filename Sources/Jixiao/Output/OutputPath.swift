#if canImport(Glibc)
import Glibc
#endif

/// What an output path (`-o PATH`) leads to, which decides how it is written:
///
/// - a spelling of a standard stream (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`,
///   `/proc/self/fd/N`): the descriptor itself, written straight into;
/// - a device, a FIFO or a socket (`/dev/null`, a named pipe): written straight into, never
///   replaced by a regular file;
/// - a folder: refused;
/// - anything else: the regular file the path leads to once every symbolic link is followed (a
///   link, a link to a link, a link to a file that does not exist yet), written atomically beside
///   that file, so that the links stay links. `existing` is that file's mode and owner, kept by the
///   new file.
enum OutputPath: Equatable {
    case stream(Int32)
    case special(String)
    case folder(String)
    case file(String, existing: Owner?)
    /// The links could not be followed (a loop, or a link that cannot be read): the errno.
    case unreachable(Int32)

    struct Owner: Equatable {
        var mode: mode_t
        var user: uid_t
        var group: gid_t
    }

    /// How many links are followed before the path counts as a loop (as Linux's `ELOOP`).
    static let maxLinks = 40

    static func resolve(_ path: String) -> OutputPath {
        if let descriptor = streamDescriptor(path) { return .stream(descriptor) }
        var current = path
        var hops = 0
        while true {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                // Nothing there (yet): the file is made here.
                return errno == ENOENT ? .file(current, existing: nil) : .unreachable(errno)
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                hops += 1
                guard hops <= maxLinks, let destination = link(current) else { return .unreachable(hops > maxLinks ? ELOOP : errno) }
                current = destination.hasPrefix("/") ? destination : folder(of: current) + destination
            case S_IFREG:
                return .file(current, existing: Owner(mode: info.st_mode & 0o7777, user: info.st_uid, group: info.st_gid))
            case S_IFDIR:
                return .folder(path)
            default:
                return .special(path)
            }
        }
    }

    /// `/dev/stdout` → 1, `/dev/stderr` → 2, `/dev/fd/N` and `/proc/self/fd/N` → N.
    static func streamDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// The folder part of a path, with its trailing `/` (`./` when there is none).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "./" }
        return String(path[...slash])
    }

    /// Where a symbolic link points, as written in it.
    private static func link(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
