import Foundation
import XCTest
@testable import Jixiao

/// Golden files under `Tests/JixiaoTests/Golden/`. Compare by default; with
/// `JIXIAO_RECORD_GOLDEN=1` in the environment, write the file and fail, so a recording is always
/// a deliberate, reviewed change (`git diff` shows it).
enum Golden {
    static let folder = Fixtures.root.appendingPathComponent("Tests/JixiaoTests/Golden")

    /// Compares an XLSX (or any ZIP) part by part with the files under `Golden/NAME/`, each part
    /// read back with jixiao's own ZIP reader; the list of parts must match too.
    static func assertArchiveMatches(_ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let zip = try? ZipReader(data) else {
            XCTFail("\(name): not a ZIP archive", file: file, line: line)
            return
        }
        let folderURL = folder.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["JIXIAO_RECORD_GOLDEN"] == "1"
        if recording { try? FileManager.default.removeItem(at: folderURL) }
        var expectedParts = (try? FileManager.default.subpathsOfDirectory(atPath: folderURL.path)) ?? []
        expectedParts = expectedParts.filter { !isFolder(folderURL.appendingPathComponent($0)) }.sorted()
        if !recording {
            XCTAssertEqual(zip.names.sorted(), expectedParts, "\(name): parts", file: file, line: line)
        }
        for part in zip.names {
            guard let bytes = try? zip.data(part) else {
                XCTFail("\(name): part \(part) does not read back", file: file, line: line)
                continue
            }
            if recording {
                let url = folderURL.appendingPathComponent(part)
                try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? Data(bytes).write(to: url)
            } else {
                assertMatches(Data(bytes), name + "/" + part, file: file, line: line)
            }
        }
        if recording { XCTFail("recorded \(name); run again without JIXIAO_RECORD_GOLDEN to compare", file: file, line: line) }
    }

    private static func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }

    static func assertMatches(_ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["JIXIAO_RECORD_GOLDEN"] == "1" {
            try? data.write(to: url)
            XCTFail("recorded \(name); run again without JIXIAO_RECORD_GOLDEN to compare", file: file, line: line)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            XCTFail("no golden file \(name): record it with JIXIAO_RECORD_GOLDEN=1 swift test", file: file, line: line)
            return
        }
        if expected != data {
            let got = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
            let where_ = first.map { "line \($0.offset + 1):\n  got:  \($0.element.0)\n  want: \($0.element.1)" }
                ?? "lengths differ (\(got.count) vs \(want.count) lines)"
            XCTFail("\(name) differs from the golden file at \(where_)", file: file, line: line)
        }
    }
}
