import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads an input file whole, after checking its size: a file larger than the limit is refused
/// with a diagnostic instead of exhausting memory.
///
/// Limits (also in README): declarations, actuals and scorecards up to 1 GiB
/// (`InputFile.maxBytes`); rule files up to 1 MiB (`InputFile.maxRuleBytes`); one CSV cell up to
/// 4 MiB (`CSVReader.maxCellBytes`); one part of an XLSX file up to 256 MiB once inflated
/// (`ZipReader.entryLimit`).
public enum InputFile {
    public static let maxBytes = 1 << 30
    public static let maxRuleBytes = 1 << 20

    /// The path that stands for standard input (and, for `-o`, standard output).
    public static let standardStream = "-"

    public static func read(_ path: String, limit: Int = maxBytes) -> Result<Data, Diagnostic> {
        let location = SourceLocation(file: path, line: 0)
        if path == standardStream {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > limit { return .failure(Diagnostic(.fileTooLarge, at: location, megabytes(data.count), megabytes(limit))) }
            return .success(data)
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let size = (attributes[.size] as? NSNumber)?.intValue, size > limit,
           (attributes[.type] as? FileAttributeType) == .typeRegular {
            return .failure(Diagnostic(.fileTooLarge, at: location, megabytes(size), megabytes(limit)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(FileProblem.diagnostic(path))
        }
        if data.count > limit { return .failure(Diagnostic(.fileTooLarge, at: location, megabytes(data.count), megabytes(limit))) }
        return .success(data)
    }

    /// The file's bytes, read with one read(2) loop into the array the readers keep (no `Data` in
    /// between); the same limits and diagnostics as `read`.
    public static func readBytes(_ path: String, limit: Int = maxBytes) -> Result<[UInt8], Diagnostic> {
        if path == standardStream { return read(path, limit: limit).map { [UInt8]($0) } }
        let location = SourceLocation(file: path, line: 0)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(FileProblem.diagnostic(path)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(FileProblem.diagnostic(path)) }
        if info.st_mode & S_IFMT == S_IFDIR { return .failure(FileProblem.diagnostic(path)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return read(path, limit: limit).map { [UInt8]($0) } }
        let size = Int(info.st_size)
        if size > limit { return .failure(Diagnostic(.fileTooLarge, at: location, megabytes(size), megabytes(limit))) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        let failed = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while done < size {
                let count = Glibc.read(descriptor, buffer.baseAddress! + done, size - done)
                if count < 0 { if errno == EINTR { continue }; return true }
                if count == 0 { break }
                done += count
            }
            return false
        }
        if failed { return .failure(FileProblem.diagnostic(path)) }
        if done < size { bytes.removeLast(size - done) }
        return .success(bytes)
    }

    static func megabytes(_ bytes: Int) -> String {
        Rounding.fixed(Decimal(bytes) / Decimal(1 << 20), places: bytes < (1 << 20) ? 3 : 0)
    }
}
