import Foundation
import XCTest
@testable import Jixiao

final class AtomicFileWriterTests: XCTestCase {
    func testAFailurePartWayLeavesThePreviousFileIntact() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("scorecard.xlsx").path
        try Data("the previous scorecard".utf8).write(to: URL(fileURLWithPath: path))
        var chunks = 0
        let big = Data(repeating: 0x41, count: AtomicFileWriter.chunkSize * 3)
        let result = AtomicFileWriter.write(big, to: path) { descriptor, chunk in
            chunks += 1
            if chunks == 2 { throw AtomicFileWriter.WriteFailure(code: ENOSPC) } // the disk fills after the first megabyte
            try AtomicFileWriter.writeAll(descriptor, chunk)
        }
        guard case .failure(let diagnostic) = result else { return XCTFail("the write should fail") }
        XCTAssertEqual(diagnostic.code, .outputUnwritable)
        XCTAssertEqual(diagnostic.message(in: .en), "could not write the file (no space left on the disk); the previous file, if any, is unchanged")
        XCTAssertEqual(diagnostic.message(in: .zh), "无法写入文件（磁盘空间不足）；原有文件（如有）保持不变")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "the previous scorecard")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["scorecard.xlsx"], "no temporary file left")
    }

    func testASuccessfulWriteReplacesTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("out.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertNoThrow(try AtomicFileWriter.write(Data("new".utf8), to: path).get())
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.json"])
    }

    func testAnUnwritableFolderIsReportedByTheCommand() throws {
        let outcome = try CLIRunner.run(["import", "samples/shanghai-hpf-2026/declaration.txt", "-o", "/no/such/folder/out.json"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("/no/such/folder/out.json: error: could not write the file (cannot create a file in /no/such/folder: no such file or folder)"),
                      outcome.stderr)
    }

    /// A real `jixiao score` process, killed (SIGKILL) as soon as its temporary output file appears:
    /// the previous file is still whole, and only the temporary file is left beside it.
    func testAKilledWriterLeavesThePreviousFileWhole() throws {
        let folder = try Fixtures.temporaryFolder()
        let (declaration, actuals) = try Self.largeInput(copies: 60, in: folder)
        let output = folder.appendingPathComponent("unit.json")
        let previous = Data("yesterday's good scorecard".utf8)
        var caughtMidWrite = false
        for _ in 0..<5 where !caughtMidWrite {
            try previous.write(to: output)
            let process = Process()
            process.executableURL = CLIRunner.binary
            process.arguments = ["score", declaration, actuals, "--format", "json", "-o", output.path, "-q"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            var temporary: String?
            while process.isRunning && temporary == nil {
                temporary = try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".tmp") }
                if temporary == nil { usleep(500) }
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try Data(contentsOf: output)
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
            if left.isEmpty {
                // The rename happened before the kill: then the new file must be complete JSON.
                XCTAssertTrue(now == previous || (try? JSONSerialization.jsonObject(with: now)) != nil, "never half a file")
            } else {
                caughtMidWrite = true
                XCTAssertEqual(now, previous, "killed mid-write: the previous file is whole")
                XCTAssertEqual(left.count, 1)
                XCTAssertTrue(left[0].hasPrefix(".unit.json.jixiao-"), left[0])
                for name in left { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
            }
        }
        XCTAssertTrue(caughtMidWrite, "in five tries the process was never killed while writing")
    }

    /// The sample repeated `copies` times with unique project names (as the benchmark makes it).
    static func largeInput(copies: Int, in folder: URL) throws -> (String, String) {
        let seed = try Fixtures.text("samples/shanghai-hpf-2026/declaration.txt")
        let rows = try Fixtures.text("samples/shanghai-hpf-2026/actuals.csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        var declaration = ""
        var actuals = rows[0] + "\r\n"
        for k in 1...copies {
            for line in seed.components(separatedBy: "\n") {
                declaration += line.hasPrefix("项目名称\t") ? line.replacingFirstCell(suffix: "-\(k)") + "\n"
                                                       : line + "\n"
            }
            for row in rows.dropFirst() {
                guard let comma = row.firstIndex(of: ",") else { continue }
                actuals += row[..<comma] + "-\(k)" + row[comma...] + "\r\n"
            }
        }
        let d = folder.appendingPathComponent("big.txt")
        let a = folder.appendingPathComponent("big.csv")
        try Data(declaration.utf8).write(to: d)
        try Data(actuals.utf8).write(to: a)
        return (d.path, a.path)
    }
}

private extension String {
    /// `项目名称\tNAME\t…` with `suffix` after NAME.
    func replacingFirstCell(suffix: String) -> String {
        var cells = components(separatedBy: "\t")
        if cells.count > 1 { cells[1] += suffix }
        return cells.joined(separator: "\t")
    }
}
