import Foundation
import XCTest
@testable import Jixiao

/// `-o` onto what is not a plain file: a device, a FIFO or a standard stream is written into, never
/// replaced; a symbolic link is followed and stays a link.
final class OutputPathTests: XCTestCase {
    let declaration = Fixtures.path("samples/shanghai-hpf-2026/declaration.txt")
    let actuals = Fixtures.path("samples/shanghai-hpf-2026/actuals.csv")

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        XCTAssertEqual(lstat(path, &info), 0, path)
        return info.st_mode & S_IFMT
    }

    func testDevNullStaysADevice() throws {
        XCTAssertEqual(fileType("/dev/null"), S_IFCHR)
        let outcome = try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", "/dev/null", "-q"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(fileType("/dev/null"), S_IFCHR, "/dev/null is still the device")
        XCTAssertTrue(outcome.stdout.isEmpty)
    }

    func testAFIFOIsWrittenIntoAndStaysAFIFO() throws {
        let folder = try Fixtures.temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let received = ChunkBox()
        let reader = Thread {
            // open(2) waits for the writer; read(2) then runs until it closes.
            let descriptor = open(fifo, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while descriptor >= 0 {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                received.data.append(contentsOf: buffer[0..<count])
            }
            close(descriptor)
        }
        reader.start()
        let outcome = try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", fifo, "-q"])
        while !reader.isFinished { usleep(1_000) }
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(fileType(fifo), S_IFIFO, "the FIFO is still a FIFO")
        let card = try JSONSerialization.jsonObject(with: received.data) as? [String: Any]
        XCTAssertEqual((card?["projects"] as? [Any])?.count, 11, "the reader got the whole scorecard")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["pipe"], "no temporary file beside it")
    }

    func testALinkAndALinkToALinkStayLinksAndTheirTargetIsReplaced() throws {
        let folder = try Fixtures.temporaryFolder()
        let target = folder.appendingPathComponent("unit.json").path
        try Data("yesterday".utf8).write(to: URL(fileURLWithPath: target))
        XCTAssertEqual(chmod(target, 0o640), 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.json").path, withDestinationPath: "unit.json")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link2.json").path, withDestinationPath: "link.json")
        for name in ["link.json", "link2.json"] {
            try Data("yesterday".utf8).write(to: URL(fileURLWithPath: target))
            let outcome = try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", name, "-q"], in: folder)
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertEqual(fileType(folder.appendingPathComponent("link.json").path), S_IFLNK, "\(name): link.json is still a link")
            XCTAssertEqual(fileType(folder.appendingPathComponent("link2.json").path), S_IFLNK, "\(name): link2.json is still a link")
            let written = try Data(contentsOf: URL(fileURLWithPath: target))
            XCTAssertNotNil(try? JSONSerialization.jsonObject(with: written), "\(name): the file the links lead to holds the scorecard")
            var info = stat()
            XCTAssertEqual(stat(target, &info), 0)
            XCTAssertEqual(info.st_mode & 0o777, 0o640, "\(name): the file keeps its permissions")
        }
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)), ["unit.json", "link.json", "link2.json"])
    }

    func testADanglingLinkGetsItsFileAndALoopOrAFolderIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("new.json").path, withDestinationPath: "made.json")
        let made = try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", "new.json", "-q"], in: folder)
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(fileType(folder.appendingPathComponent("new.json").path), S_IFLNK)
        XCTAssertEqual(fileType(folder.appendingPathComponent("made.json").path), S_IFREG)

        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a").path, withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b").path, withDestinationPath: "a")
        let loop = try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", "a", "--lang", "zh"], in: folder)
        XCTAssertEqual(loop.status, 1)
        XCTAssertTrue(loop.stderr.contains("a: 错误: 无法写入文件（路径中符号链接过多）；原有文件（如有）保持不变 [JX004]"), loop.stderr)
        let intoFolder = try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", folder.path], in: folder)
        XCTAssertEqual(intoFolder.status, 1)
        XCTAssertTrue(intoFolder.stderr.contains("could not write the file (it is a folder)"), intoFolder.stderr)
    }

    func testDevStdoutIsStandardOutput() throws {
        let outcome = try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", "/dev/stdout", "-q"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: outcome.stdoutData))
        XCTAssertEqual(OutputPath.resolve("/dev/stdout"), .stream(1))
        XCTAssertEqual(OutputPath.resolve("/proc/self/fd/2"), .stream(2))
    }
}

/// Data handed from a reader thread to the test.
private final class ChunkBox: @unchecked Sendable {
    var data = Data()
}
