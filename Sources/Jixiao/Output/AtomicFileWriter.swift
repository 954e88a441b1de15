import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file completely or not at all: the bytes go to a temporary file in the same folder,
/// are flushed to disk, and only then is the temporary file renamed over the target (rename is
/// atomic within one file system). A failure part-way — disk full, an unwritable folder, a killed
/// process — leaves the previous file as it was; the temporary file is removed where the process
/// is still alive to do so.
public enum AtomicFileWriter {
    /// Writes one chunk; tests replace it to simulate a failing disk.
    public typealias ChunkWriter = (FileHandle, Data) throws -> Void

    public static let chunkSize = 1 << 20

    public static func write(_ data: Data, to path: String,
                             writeChunk: ChunkWriter = { try $0.write(contentsOf: $1) }) -> Result<Void, Diagnostic> {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).jixiao-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        func failure(_ reason: String) -> Result<Void, Diagnostic> {
            try? FileManager.default.removeItem(at: temporary)
            return .failure(Diagnostic(.outputUnwritable, at: SourceLocation(file: path, line: 0), reason))
        }
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary) else {
            return failure("cannot create a file in \(folder.path)")
        }
        do {
            var offset = 0
            while offset < data.count {
                let end = min(offset + chunkSize, data.count)
                try writeChunk(handle, data.subdata(in: offset..<end))
                offset = end
            }
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            return failure((error as NSError).localizedDescription)
        }
        if rename(temporary.path, target.path) != 0 {
            return failure(String(cString: strerror(errno)))
        }
        return .success(())
    }
}
