import XCTest
@testable import Jixiao

final class MessageCatalogTests: XCTestCase {
    /// Every code has a message and a hint in every language, and each message uses the same placeholders.
    func testCatalogsAreComplete() {
        for code in DiagnosticCode.allCases {
            let en = MessageCatalog.for(.en).template(code)
            let zh = MessageCatalog.for(.zh).template(code)
            XCTAssertNotNil(en, "\(code) has no English text")
            XCTAssertNotNil(zh, "\(code) has no Chinese text")
            XCTAssertEqual(placeholders(en ?? ""), placeholders(zh ?? ""), "\(code)")
            // 审核提示's 建议 column is never empty: every code says what to do.
            XCTAssertNotNil(MessageCatalog.for(.en).hint(code), "\(code) has no English hint")
            XCTAssertNotNil(MessageCatalog.for(.zh).hint(code), "\(code) has no Chinese hint")
        }
    }

    func testCodesAreUnique() {
        XCTAssertEqual(Set(DiagnosticCode.allCases.map(\.rawValue)).count, DiagnosticCode.allCases.count)
    }

    func testRendering() {
        let d = Diagnostic(.repeatedIndicator, at: SourceLocation(file: "a.txt", line: 7), "甲", "乙", Wording.line(3).argument)
        XCTAssertEqual(d.rendered(in: .en),
                       "a.txt:7: warning: indicator '甲' appears again in project '乙' (first at line 3); both rows are kept [JX103]\n"
                       + "    hint: remove one of the rows, or rename one so that each says what it measures")
        XCTAssertEqual(d.rendered(in: .zh), "a.txt:7: 警告: 项目“乙”中指标“甲”重复出现（首次在第 3 行）；两行均保留 [JX103]\n"
                       + "    建议：删除其中一行，或改名使每一行说明各自衡量的内容")
    }

    func testLanguageChoice() {
        XCTAssertEqual(Language.choose(flag: nil, environment: ["LANG": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(Language.choose(flag: nil, environment: ["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(Language.choose(flag: "en", environment: ["LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertNil(Language.choose(flag: "fr", environment: [:]))
    }

    private func placeholders(_ text: String) -> Set<String> {
        var found: Set<String> = []
        for n in 0..<10 where text.contains("{\(n)}") { found.insert("{\(n)}") }
        return found
    }
}
