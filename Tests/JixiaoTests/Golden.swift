import Foundation
import XCTest

/// Golden files under `Tests/JixiaoTests/Golden/`. Compare by default; with
/// `JIXIAO_RECORD_GOLDEN=1` in the environment, write the file and fail, so a recording is always
/// a deliberate, reviewed change (`git diff` shows it).
enum Golden {
    static let folder = Fixtures.root.appendingPathComponent("Tests/JixiaoTests/Golden")

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
