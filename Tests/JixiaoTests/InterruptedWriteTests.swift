import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A run stopped while it writes `-o FILE` leaves neither a hidden temporary file nor a changed
/// output behind (issue 22, point 7): SIGINT and SIGTERM remove the file being written; one left by
/// a run killed outright (SIGKILL) is removed by the next run that writes the same output.
final class InterruptedWriteTests: XCTestCase {
    private func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".jixiao-") }
    }

    /// Starts `score … -o out.json` with every chunk delayed, waits for its temporary file, sends
    /// `signalNumber`, and returns the folder once the process has ended.
    private func interrupt(with signalNumber: Int32) throws -> (URL, Process) {
        let folder = try Fixtures.temporaryFolder()
        try Data("previous".utf8).write(to: folder.appendingPathComponent("out.json"))
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["score", Fixtures.path("samples/shanghai-hpf-2026/declaration.txt"),
                             Fixtures.path("samples/shanghai-hpf-2026/actuals.csv"), "--format", "json", "-o", "out.json"]
        process.environment = ["LANG": "C", "JIXIAO_TEST_WRITE_DELAY_MS": "20000"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while try leftovers(in: folder).isEmpty && Date() < deadline { usleep(20_000) }
        XCTAssertEqual(try leftovers(in: folder).count, 1, "the write is under way")
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        return (folder, process)
    }

    func testInterruptAndTerminateRemoveTheTemporaryFile() throws {
        for signalNumber in [SIGINT, SIGTERM] {
            let (folder, process) = try interrupt(with: signalNumber)
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, "ends as the signal would have")
            XCTAssertEqual(process.terminationStatus, signalNumber)
            XCTAssertEqual(try leftovers(in: folder), [], "no temporary file is left")
            XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8), "previous")
        }
    }

    func testTheNextRunRemovesWhatAKilledRunLeft() throws {
        let (folder, _) = try interrupt(with: SIGKILL)
        XCTAssertEqual(try leftovers(in: folder).count, 1, "SIGKILL cannot be caught")
        let outcome = try CLIRunner.run(["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv",
                                         "--format", "json", "-o", folder.appendingPathComponent("out.json").path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(try leftovers(in: folder), [])
    }
}
