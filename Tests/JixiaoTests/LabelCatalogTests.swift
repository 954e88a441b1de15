import Foundation
import XCTest
@testable import Jixiao

/// The documents ask for their labels by typed key (`Label`), so a misspelt key does not compile.
/// Here: every key has its English, every key is asked for by some source, and keys are words (the
/// documents write their own markup).
final class LabelCatalogTests: XCTestCase {
    func testEveryLabelHasItsEnglish() {
        let english = MessageCatalog.englishLabels
        XCTAssertEqual(Label.allCases.filter { english[$0] == nil }.map(\.rawValue), [], "labels without English")
        XCTAssertEqual(Label.allCases.filter { $0.rawValue.contains("<") }.map(\.rawValue), [], "keys are words, not markup")
        // Two cases with the same Chinese would be one key; the raw values are unique by the enum's rules.
        XCTAssertEqual(Set(Label.allCases.map(\.rawValue)).count, Label.allCases.count)
        XCTAssertGreaterThan(Label.allCases.count, 150)
    }

    func testEveryLabelIsAskedFor() throws {
        let sources = try FileManager.default.enumerator(at: URL(fileURLWithPath: Fixtures.path("Sources")), includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" && !$0.lastPathComponent.hasPrefix("MessageCatalog+English") && $0.lastPathComponent != "Label.swift" }
            .map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        // A label is asked for by its case (`.projectName`), or by its Chinese through `text(_:)`
        // (category names and likelihood words that are also data).
        let unused = Label.allCases.filter { label in
            sources.range(of: "." + String(describing: label) + "\\b", options: .regularExpression) == nil
                && !sources.contains("\"" + label.rawValue + "\"")
        }
        XCTAssertEqual(unused.map(\.rawValue), [], "labels no source asks for")
    }

    func testTextTranslatesOnlyLabels() {
        let en = MessageCatalog.for(.en)
        XCTAssertEqual(en.text("预算执行"), "Budget execution")
        XCTAssertEqual(en.text("上海市公积金管理中心"), "上海市公积金管理中心", "data stays as written")
        XCTAssertEqual(MessageCatalog.for(.zh).label(.projectName), "项目名称")
    }
}
