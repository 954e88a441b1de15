import XCTest
@testable import Jixiao

/// `MessageCatalog.fill` reads the template's bytes: these are the cases its one pass must keep.
final class MessageFillTests: XCTestCase {
    let catalog = MessageCatalog.for(.zh)

    func testPlaceholdersAreFilledInOrderAndOnce() {
        XCTAssertEqual(catalog.fill("项目“{0}”的“{1}”得分 {2}", ["甲", "率", "3.12"]), "项目“甲”的“率”得分 3.12")
        XCTAssertEqual(catalog.fill("{1}{0}{1}", ["a", "b"]), "bab")
        // An argument that itself looks like a placeholder is not filled again.
        XCTAssertEqual(catalog.fill("[{0}]", ["{1}", "x"]), "[{1}]")
    }

    func testBracesThatAreNotPlaceholdersStayAsWritten() {
        XCTAssertEqual(catalog.fill("{x} {} { {0", ["a"]), "{x} {} { {0")
        XCTAssertEqual(catalog.fill("{{0}}", ["a"]), "{a}")
        XCTAssertEqual(catalog.fill("{5} of {0}", ["a"]), "{5} of a")
        XCTAssertEqual(catalog.fill("没有花括号", ["a"]), "没有花括号")
        XCTAssertEqual(catalog.fill("{0}", []), "{0}")
    }

    func testArgumentsAreShownOnOneLineAndCut() {
        XCTAssertEqual(catalog.fill("“{0}”", ["a\nb\tc\u{200B}"]), "“a\\nb\\tc\\u{200b}”")
        let long = String(repeating: "长", count: 130)
        XCTAssertEqual(catalog.fill("{0}", [long]), String(repeating: "长", count: 120) + "…")
        let exact = String(repeating: "长", count: 120)
        XCTAssertEqual(catalog.fill("{0}", [exact]), exact)
        // Phrases are filled as they are (not escaped).
        XCTAssertEqual(catalog.fill("{0}", ["a\nb"], escaped: false), "a\nb")
    }
}
