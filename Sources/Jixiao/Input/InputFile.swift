import Foundation

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

    static func megabytes(_ bytes: Int) -> String {
        Rounding.fixed(Decimal(bytes) / Decimal(1 << 20), places: bytes < (1 << 20) ? 3 : 0)
    }
}
