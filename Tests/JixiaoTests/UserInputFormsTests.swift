import Foundation
import XCTest
@testable import Jixiao

/// What hurried users type: 万 for 万元, names without the PDF's spaces, line breaks inside a cell,
/// blank cells, spending above the budget.
final class UserInputFormsTests: XCTestCase {
    func testWanAndYiAfterANumber() throws {
        func value(_ text: String, _ unit: String?) -> Decimal? { Quantity.parse(text)?.value(inUnitOf: unit) }
        XCTAssertEqual(value("478.6万", "万元"), Decimal(string: "478.6"), "万 means 万元 against a 万元 target")
        XCTAssertEqual(value("478.6万", "元"), 4_786_000)
        XCTAssertEqual(value("1.2亿", "万元"), 12_000)
        XCTAssertEqual(value("3.2万人", "人"), 32_000, "a multiplier on a count")
        XCTAssertEqual(value("3.2万", "人"), 32_000)
        XCTAssertEqual(value("3.2万", nil), 32_000)
        XCTAssertEqual(value("15000人次", "万人次"), Decimal(string: "1.5"), "万人次 converts to 人次")
        XCTAssertNil(value("3.2万", "%"), "万 is no percentage")
        XCTAssertNil(value("3.2万人", "件"), "人 is not 件")
    }

    func testCSVQuotesLineBreaksWhateverTheGraphemes() {
        var writer = CSVWriter()
        writer.row(["原因第一行\r\n第二行", "a\rb", "=\u{301}x", "plain"])
        XCTAssertEqual(String(decoding: writer.data.dropFirst(3), as: UTF8.self),
                       "\"原因第一行\r\n第二行\",\"a\rb\",\u{200B}=\u{301}x,plain\r\n")
        let read = CSVReader.read(String(decoding: writer.data.dropFirst(3), as: UTF8.self)).records
        XCTAssertEqual(read.count, 1, "the CRLF inside the cell does not break the row")
        XCTAssertEqual(read.first?.fields.first, "原因第一行\n第二行", "the reader keeps the break (as LF)")
    }

    func testMatchKeyIgnoresSpacesAndWidth() {
        XCTAssertEqual(PrintedText.matchKey("17 个网点服务大厅保洁费实际支出"), PrintedText.matchKey("17个网点服务大厅保洁费实际支出"))
        XCTAssertEqual(PrintedText.matchKey("１７个 网点"), "17个网点")
        XCTAssertEqual(PrintedText.matchKey("满意度指 标"), "满意度指标")
        XCTAssertNotEqual(PrintedText.matchKey("完成率"), PrintedText.matchKey("完成量"))
    }

    func testSuggestionsAreTheNearestNames() {
        let suggester = NameSuggester(["专项业务费", "补充日常经费", "信息化建设项目", "信息化运维项目"])
        XCTAssertEqual(suggester.suggestions(for: "专项业务经费"), ["专项业务费"])
        XCTAssertEqual(suggester.suggestions(for: "信息化建设"), ["信息化建设项目"], "a shortened name")
        XCTAssertEqual(suggester.suggestions(for: "信息化建没项目"), ["信息化建设项目", "信息化运维项目"])
        XCTAssertEqual(suggester.suggestions(for: "完全不同的名字"), [])
        XCTAssertEqual(EditDistance.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars), cap: 9), 3)
    }

    let declaration = Fixtures.form("甲项目", total: "1,000,000.00", rows: """
    产出指标\t数量指标\t17 个网点完成率\t≥90(%)
    \t\t１７个网点完成率\t≥80(%)
    效益指标\t社会效益指标\t及时性\t及时
    满意度指标\t服务对象满意度指标\t满意度\t≥90(%)
    """)

    func score(_ actuals: String) throws -> Scorecard {
        let loaded = DeclarationLoader.load(data: Data(declaration.utf8), file: "d.txt")
        XCTAssertTrue(loaded.isUsable, "\(loaded.diagnostics)")
        let rows = ActualsReader.read(text: actuals, file: "a.csv")
        let (rules, _, _) = RuleSetLoader.load(argument: nil)
        let matched = ActualsMatcher.match(loaded.declaration, rows: rows.rows, file: "a.csv", declarationFile: "d.txt")
        var card = ScorecardBuilder.build(matched, rules: try XCTUnwrap(rules),
                                          rulesFile: "r", declarationFile: "d.txt", actualsFile: "a.csv")
        card.diagnostics = rows.diagnostics + matched.diagnostics + card.diagnostics
        return card
    }

    func where_(_ card: Scorecard, _ code: DiagnosticCode) -> [String] {
        card.diagnostics.filter { $0.code == code }.map { "\($0.location.description) \($0.severity.rawValue)" }
    }

    func testCollidingDeclaredNamesBlankActualsAndSpending() throws {
        let card = try score("""
        项目名称,三级指标,实际完成值
        甲项目,17个网点完成率,95%
        甲项目,及时性,
        甲项目,满意度,92
        甲项目,全年执行数,
        """)
        XCTAssertEqual(where_(card, .indicatorNamesCollide), ["d.txt:10 error"], "two declared names that read the same")
        XCTAssertEqual(card.diagnostics.first { $0.code == .indicatorNamesCollide }?.arguments,
                       ["甲项目", "17 个网点完成率", "9", "１７个网点完成率"])
        XCTAssertEqual(where_(card, .blankActual), ["a.csv:3:3 [C3] warning"], "the blank 实际完成值 at its cell")
        XCTAssertEqual(where_(card, .noDeviationReason), [], "a blank actual is not asked for a reason")
        XCTAssertEqual(where_(card, .blankSpending), ["a.csv:5:3 [C5] warning"], "the blank 全年执行数 at its cell")
        XCTAssertEqual(where_(card, .noSpending), [], "the row is there; it is only blank")

        let over = try score("项目名称,三级指标,实际完成值\n甲项目,全年执行数,105万\n")
        XCTAssertEqual(where_(over, .overspent), ["a.csv:2:3 [C2] warning"])
        XCTAssertEqual(over.diagnostics.first { $0.code == .overspent }?.arguments, ["甲项目", "1050000.00", "1000000.00", "105.00"])
        XCTAssertEqual(over.projects[0].executionScore, 10, "the rate counts at most 100%")
    }

    func testAllTheRowsOfAnUnknownProjectAreOneError() throws {
        let card = try score("项目名称,三级指标,实际完成值\n乙项目,及时性,达成\n乙项目,满意度,90\n甲 项目,满意度,91\n")
        let unknown = card.diagnostics.filter { $0.code == .actualUnknownProject }
        XCTAssertEqual(unknown.map(\.arguments), [["乙项目", "2", "2, 3"]])
        XCTAssertEqual(unknown.first?.suggestions, ["甲项目"])
        XCTAssertEqual(card.projects[0].indicators[3].score, Decimal(string: "10.00"), "甲 项目 matched without its space")
    }
}
