import Foundation

extension UserFile {
    /// An actuals table (a CSV, or a workbook's first sheet, whose header names the project, the
    /// indicator and the actual): whether anything is typed, and whether it is a progress file or
    /// a scorecard jixiao wrote as a list (its 状态 and 计算 columns).
    struct ActualsTable {
        var isFilled: Bool
        var isProgress: Bool
        var isResult: Bool

        init?(data: Data, file: String) {
            let read = ActualsReader.read(data: data, file: file)
            guard read.isUsable, let heads = Self.header(data) else { return nil }
            let typed: [ActualsColumn] = [.actual, .reason, .remedy, .judged, .forecast, .likelihood]
            isFilled = read.rows.contains { row in typed.contains { row.value($0) != nil } }
            isProgress = heads.contains { head in
                head.hasSuffix("月完成值") || [ActualsColumn.forecast, .likelihood].contains { ActualsColumn.named(head) == $0 }
            }
            isResult = heads.contains { ["状态", "status"].contains($0.lowercased()) }
                && heads.contains { ["计算", "计算过程", "working"].contains($0.lowercased()) }
        }

        /// The header row's cells, compacted: the first row that is not blank.
        static func header(_ data: Data) -> [String]? {
            let records: [CSVRecord]
            if ZipReader.looksLikeZip(data) {
                guard case .success(let read) = WorkbookReader.records(data) else { return nil }
                records = read
            } else {
                guard case .success(let (text, _)) = TextFileDecoder.decode(data) else { return nil }
                records = CSVReader.read(text).records
            }
            return records.first { !ActualsReader.isBlank($0) }?.fields.map { PrintedText.compact(PrintedText.foldWidth($0)) }
        }
    }
}
