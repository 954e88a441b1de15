import Foundation
import XCTest
@testable import Jixiao

/// Every label a document asks for by its Chinese key (`c.label("…")`, `money.head("…")`,
/// `heading.title("…")`) has an English text in the catalog, and no English text is left unused:
/// deleting an English label, or adding a Chinese one without its English, fails here — whatever
/// the sample happens to print.
final class LabelCatalogTests: XCTestCase {
    /// The string literals passed as label keys in the library's sources.
    static func keysInSources() throws -> Set<String> {
        let root = URL(fileURLWithPath: Fixtures.path("Sources/Jixiao"))
        var keys = Set<String>()
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" && !file.lastPathComponent.hasPrefix("MessageCatalog+English") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: /(?:label|\.head|\.title|monthHead)\("((?:[^"\\]|\\.)*)"/) {
                let key = String(match.output.1).replacingOccurrences(of: "\\\"", with: "\"")
                // Keys are Chinese text; an interpolated or Latin-only literal is not a catalog key.
                guard key.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }), !key.contains("\\(") else { continue }
                keys.insert(key)
            }
        }
        return keys
    }

    func testEveryLabelHasItsEnglish() throws {
        let keys = try Self.keysInSources()
        XCTAssertGreaterThan(keys.count, 150)
        let english = MessageCatalog.englishLabels
        XCTAssertEqual(keys.filter { $0.contains("<") }.sorted(), [], "keys are words; the markup is written by the documents")
        XCTAssertEqual(keys.filter { english[$0] == nil }.sorted(), [], "labels without English")
    }

    func testNoEnglishLabelIsLeftOver() throws {
        let keys = try Self.keysInSources()
        // Keys used by name elsewhere: table heads taken from arrays of keys, statuses and 万元 heads.
        let sources = try FileManager.default.enumerator(at: URL(fileURLWithPath: Fixtures.path("Sources")), includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !$0.lastPathComponent.hasPrefix("MessageCatalog+English") }
            .map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        let unused = MessageCatalog.englishLabels.keys.filter { !keys.contains($0) && !sources.contains("\"" + $0 + "\"") }
        XCTAssertEqual(unused.sorted(), [], "English labels no source asks for")
    }
}
