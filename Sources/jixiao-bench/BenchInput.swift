import Foundation

/// The benchmark's input: the bundled sample repeated N times, project names made unique with a
/// suffix `-k`, written to a temporary folder as a declaration text and a matching actuals CSV.
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
        let body = actualLines.dropFirst()

        let declaration = folder.appendingPathComponent("declaration.txt")
        let actuals = folder.appendingPathComponent("actuals.csv")
        FileManager.default.createFile(atPath: declaration.path, contents: nil)
        FileManager.default.createFile(atPath: actuals.path, contents: nil)
        let declarationHandle = try FileHandle(forWritingTo: declaration)
        let actualsHandle = try FileHandle(forWritingTo: actuals)
        try actualsHandle.write(contentsOf: Data((header + "\r\n").utf8))
        for k in 1...copies {
            var text = ""
            // The document's title line comes once, before the first copy's forms.
            let firstForm = seedLines.firstIndex { $0.hasPrefix("财政项目支出绩效目标申报表") } ?? 0
            for line in k == 1 ? seedLines[...] : seedLines[firstForm...] {
                if line.hasPrefix("项目名称\t") {
                    var cells = line.components(separatedBy: "\t")
                    cells[1] += "-\(k)"
                    text += cells.joined(separator: "\t") + "\n"
                } else {
                    text += line + "\n"
                }
            }
            try declarationHandle.write(contentsOf: Data(text.utf8))
            var rows = ""
            for line in body {
                // The project name is the first cell, never quoted in the sample.
                guard let comma = line.firstIndex(of: ",") else { continue }
                rows += line[..<comma] + "-\(k)" + line[comma...] + "\r\n"
            }
            try actualsHandle.write(contentsOf: Data(rows.utf8))
        }
        try declarationHandle.close()
        try actualsHandle.close()
        return BenchInput(folder: folder, declaration: declaration, actuals: actuals, copies: copies)
    }
}
