import Foundation

/// The benchmark's input: the bundled sample repeated N times, written to a temporary folder as a
/// declaration text and a matching actuals CSV. Real data does not repeat one unit's names, so
/// every copy `k` renames its projects (`name-k`) and its indicators (`name k号`, in the
/// declaration's table cells and in the actuals alike); a name the PDF wrapped over two lines is
/// left as it is in both files.
struct BenchInput {
    let folder: URL
    let declaration: URL
    let actuals: URL
    let copies: Int

    var bytes: Int {
        [declaration, actuals].reduce(0) { total, url in
            total + ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    static func make(copies: Int, sampleFolder: URL, in root: URL) throws -> BenchInput {
        let folder = root.appendingPathComponent("n\(copies)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seed = try String(contentsOf: sampleFolder.appendingPathComponent("declaration.txt"), encoding: .utf8)
        let actualsText = try String(contentsOf: sampleFolder.appendingPathComponent("actuals.csv"), encoding: .utf8)
        let seedLines = seed.components(separatedBy: "\n")
        let actualLines = actualsText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = actualLines[0]
        let body = actualLines.dropFirst().map { $0.components(separatedBy: ",") }
        // 三级指标 is the fourth column of the sample's actuals; names there have no comma or quote.
        // Rows without a 一级指标 are the project's own lines (全年执行数, 年度总体目标): not renamed.
        // A name the PDF wrapped is not one cell of the declaration: it keeps its spelling.
        let declarationCells = Set(seedLines.flatMap { $0.components(separatedBy: "\t") })
        let indicatorNames = Set(body.compactMap { $0.count > 3 && !$0[1].isEmpty ? $0[3] : nil })
            .filter { !$0.isEmpty && declarationCells.contains($0) }

        let declaration = folder.appendingPathComponent("declaration.txt")
        let actuals = folder.appendingPathComponent("actuals.csv")
        FileManager.default.createFile(atPath: declaration.path, contents: nil)
        FileManager.default.createFile(atPath: actuals.path, contents: nil)
        let declarationHandle = try FileHandle(forWritingTo: declaration)
        let actualsHandle = try FileHandle(forWritingTo: actuals)
        try actualsHandle.write(contentsOf: Data((header + "\r\n").utf8))
        let firstForm = seedLines.firstIndex { $0.hasPrefix("财政项目支出绩效目标申报表") } ?? 0
        for k in 1...copies {
            var text = ""
            // The document's title line comes once, before the first copy's forms.
            for line in k == 1 ? seedLines[...] : seedLines[firstForm...] {
                var cells = line.components(separatedBy: "\t")
                if cells.first == "项目名称", cells.count > 1 {
                    cells[1] += "-\(k)"
                } else {
                    for index in cells.indices where indicatorNames.contains(cells[index]) { cells[index] += " \(k)号" }
                }
                text += cells.joined(separator: "\t") + "\n"
            }
            try declarationHandle.write(contentsOf: Data(text.utf8))
            var rows = ""
            for fields in body {
                var fields = fields
                fields[0] += "-\(k)"
                if fields.count > 3, indicatorNames.contains(fields[3]) { fields[3] += " \(k)号" }
                rows += fields.joined(separator: ",") + "\r\n"
            }
            try actualsHandle.write(contentsOf: Data(rows.utf8))
        }
        try declarationHandle.close()
        try actualsHandle.close()
        return BenchInput(folder: folder, declaration: declaration, actuals: actuals, copies: copies)
    }
}
