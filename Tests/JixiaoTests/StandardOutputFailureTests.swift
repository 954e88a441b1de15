import Foundation
import XCTest

/// Output written to standard output is checked like a file: a full disk behind it (`> /dev/full`)
/// is an error that says so, and the run exits 1. A reader that goes away (`| head`) is not.
final class StandardOutputFailureTests: XCTestCase {
    let declaration = Fixtures.path("samples/shanghai-hpf-2026/declaration.txt")
    let actuals = Fixtures.path("samples/shanghai-hpf-2026/actuals.csv")

    func run(_ arguments: [String], stdout: FileHandle) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.environment = ["LANG": "C"]
        process.standardOutput = stdout
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    func testAFullDeviceFailsEveryCommandThatPrints() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here")
        let commands: [[String]] = [
            ["score", declaration, actuals, "--format", "json"], ["score", declaration, actuals],
            ["score", declaration, actuals, "--format", "csv"], ["score", declaration, actuals, "-o", "-"],
            ["template", declaration], ["import", declaration], ["rules"], ["--version"],
            ["check", declaration, "--lang", "zh"],
        ]
        for arguments in commands {
            let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
            let (status, errors) = try run(arguments, stdout: full)
            XCTAssertEqual(status, 1, "\(arguments)")
            XCTAssertEqual(errors.components(separatedBy: "[JX011]").count - 1, 1, "\(arguments): \(errors)")
            if arguments.contains("zh") {
                XCTAssertTrue(errors.contains("无法写入标准输出（磁盘空间不足）"), errors)
            } else {
                XCTAssertTrue(errors.contains("could not write to standard output (no space left on the disk)"), errors)
            }
        }
    }

    func testAReaderThatGoesAwayIsNotAnError() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let (status, errors) = try run(["score", declaration, actuals, "--format", "json"], stdout: pipe.fileHandleForWriting)
        XCTAssertEqual(status, 0, errors)
        XCTAssertFalse(errors.contains("JX011"), errors)
    }
}
