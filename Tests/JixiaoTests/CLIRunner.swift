import Foundation
import XCTest

/// Runs the built `jixiao` binary, as a user would, and captures what it printed and its status.
struct CLIRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    /// The executable built beside the test bundle.
    static var binary: URL {
        let folder = Bundle.main.bundleURL
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("jixiao")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return folder.appendingPathComponent("jixiao")
    }

    static func run(_ arguments: [String], environment: [String: String] = ["LANG": "C"],
                    in folder: URL? = nil, input: Data? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = folder ?? Fixtures.root
        // Standard error goes to a file, so that a large output on either stream cannot block the child.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errFile)
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(input ?? Data())
        try? stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = FileManager.default.contents(atPath: errFile.path) ?? Data()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }
}
