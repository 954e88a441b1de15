import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an output file completely or not at all, and never replaces what is not a regular file
/// (see `OutputPath`):
///
/// - a regular file (or a path where none is yet) gets the bytes through a temporary file in the
///   same folder, flushed to disk and then renamed over it (rename is atomic within one file
///   system). A failure part-way — disk full, an unwritable folder, a killed process — leaves the
///   previous file as it was; the temporary file is removed by the process, by its signal handler
///   (`TemporaryFiles`), or by the next run that writes the same output. The new file keeps the
///   old one's permissions and, where the system allows, its owner.
/// - a symbolic link is followed to the file it leads to, which is written as above beside itself:
///   the link stays a link.
/// - a device (`/dev/null`), a FIFO or a standard stream (`/dev/stdout`) is written straight into.
/// - a folder is refused.
public enum AtomicFileWriter {
    /// Writes one chunk to a descriptor; tests replace it to simulate a failing disk. Throw
    /// `WriteFailure` to name the system error.
    public typealias ChunkWriter = (Int32, Data) throws -> Void

    /// A failed write and its `errno`.
    public struct WriteFailure: Error {
        public var code: Int32
        public init(code: Int32) { self.code = code }
    }

    public static let chunkSize = 1 << 20

    public static func write(_ data: Data, to path: String, writeChunk: @escaping ChunkWriter = writeAll) -> Result<Void, Diagnostic> {
        write(to: path, writeChunk: writeChunk) { sink in sink.write(data) }
    }

    /// Where a streamed output's bytes go: each piece is written in chunks of at most `chunkSize`;
    /// after the first failure nothing more is written and the failure is kept.
    public final class Sink {
        let descriptor: Int32
        let writeChunk: ChunkWriter
        private(set) var problem: Wording?

        init(descriptor: Int32, writeChunk: @escaping ChunkWriter) {
            self.descriptor = descriptor
            self.writeChunk = writeChunk
        }

        public func write(_ data: Data) {
            guard problem == nil else { return }
            problem = AtomicFileWriter.straight(data, to: descriptor, writeChunk)
        }

        /// The bytes, not copied: they are written before this returns.
        public func write(_ bytes: UnsafeRawBufferPointer) {
            guard problem == nil, let base = bytes.baseAddress, bytes.count > 0 else { return }
            write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
        }
    }

    /// Writes what `produce` hands its sink, as `write(_:to:)` writes data: a regular file
    /// completely or not at all (a failure part-way leaves the previous file), a device or stream
    /// straight. The output is never held whole.
    public static func write(to path: String, writeChunk: @escaping ChunkWriter = writeAll,
                             producing produce: (Sink) -> Void) -> Result<Void, Diagnostic> {
        func failure(_ reason: Wording) -> Result<Void, Diagnostic> {
            .failure(Diagnostic(.outputUnwritable, at: SourceLocation(file: path, line: 0), reason.argument))
        }
        switch OutputPath.resolve(path) {
        case .stream(let descriptor):
            let sink = Sink(descriptor: descriptor, writeChunk: writeChunk)
            produce(sink)
            return sink.problem.map(failure) ?? .success(())
        case .special(let device):
            let descriptor = open(device, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { return failure(.system(errno)) }
            let sink = Sink(descriptor: descriptor, writeChunk: writeChunk)
            produce(sink)
            let closed = close(descriptor) == 0 ? nil : Wording.system(errno)
            return (sink.problem ?? closed).map(failure) ?? .success(())
        case .folder:
            return failure(.system(EISDIR))
        case .unreachable(let code):
            return failure(.system(code))
        case .file(let target, let existing):
            return replace(target, keeping: existing, writeChunk, produce).map(failure) ?? .success(())
        }
    }

    /// The default chunk writer: write(2) until done, again after an interruption.
    public static func writeAll(_ descriptor: Int32, _ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var pointer = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = Glibc.write(descriptor, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteFailure(code: errno)
                }
                pointer += written
                left -= written
            }
        }
    }

    /// The bytes in chunks; the problem, or nil.
    static func straight(_ data: Data, to descriptor: Int32, _ writeChunk: ChunkWriter) -> Wording? {
        var offset = 0
        while offset < data.count {
            let end = min(offset + chunkSize, data.count)
            do {
                try writeChunk(descriptor, data.subdata(in: offset..<end))
            } catch let failure as WriteFailure {
                return .system(failure.code)
            } catch {
                return .system(EIO)
            }
            offset = end
        }
        return nil
    }

    /// A temporary file beside `target`, filled, flushed, given the old file's mode and owner, then
    /// renamed onto it. The problem, or nil.
    private static func replace(_ target: String, keeping existing: OutputPath.Owner?,
                                _ writeChunk: @escaping ChunkWriter, _ produce: (Sink) -> Void) -> Wording? {
        let folder = OutputPath.folder(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        TemporaryFiles.removeLeftovers(of: name, in: folder)
        let temporary = TemporaryFiles.name(for: name, in: folder)
        TemporaryFiles.begin(temporary)
        defer { TemporaryFiles.end() }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            return Wording(.writeCannotCreate, folder == "./" ? "." : String(folder.dropLast()), Wording.system(errno).argument)
        }
        let sink = Sink(descriptor: descriptor, writeChunk: writeChunk)
        produce(sink)
        var problem = sink.problem
        if problem == nil, let existing {
            _ = fchmod(descriptor, existing.mode)
            _ = fchown(descriptor, existing.user, existing.group)   // allowed for root, or a no-op for the owner
        }
        if problem == nil, fsync(descriptor) != 0, errno != EINVAL { problem = .system(errno) }
        if close(descriptor) != 0, problem == nil { problem = .system(errno) }
        if problem == nil, rename(temporary, target) != 0 { problem = .system(errno) }
        if problem != nil { unlink(temporary) }
        return problem
    }
}
