import Foundation
import XCTest
@testable import Jixiao

final class AtomicFileWriterTests: XCTestCase {
    struct DiskFull: Error {}

    func testAFailurePartWayLeavesThePreviousFileIntact() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("scorecard.xlsx").path
        try Data("the previous scorecard".utf8).write(to: URL(fileURLWithPath: path))
        var chunks = 0
        let big = Data(repeating: 0x41, count: AtomicFileWriter.chunkSize * 3)
        let result = AtomicFileWriter.write(big, to: path) { handle, chunk in
            chunks += 1
            if chunks == 2 { throw DiskFull() } // the disk fills after the first megabyte
            try handle.write(contentsOf: chunk)
        }
        guard case .failure(let diagnostic) = result else { return XCTFail("the write should fail") }
        XCTAssertEqual(diagnostic.code, .outputUnwritable)
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
        XCTAssertTrue(outcome.stderr.contains("/no/such/folder/out.json: error: could not write the file (cannot create a file in /no/such/folder)"),
                      outcome.stderr)
    }

    func testAKilledWriterLeavesOnlyATemporaryFile() throws {
        // A process killed mid-write leaves its temporary file, never a half target.
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("report.html").path
        try Data("complete report".utf8).write(to: URL(fileURLWithPath: path))
        let stale = folder.appendingPathComponent(".report.html.jixiao-1-1.tmp")
        try Data("half a rep".utf8).write(to: stale)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "complete report")
        XCTAssertNoThrow(try AtomicFileWriter.write(Data("next report".utf8), to: path).get())
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "next report")
    }
}
