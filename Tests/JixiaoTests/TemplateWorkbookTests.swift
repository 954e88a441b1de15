import XCTest
@testable import Jixiao

/// The XLSX template keeps every row within what a spreadsheet can show (409 pt), with each
/// project's 年度总体目标 on a sheet of its own, and still reads back as actuals.
final class TemplateWorkbookTests: XCTestCase {
    func testNoRowTallerThanASpreadsheetAllowsAndGoalsOnTheirOwnSheet() throws {
        for sample in ["shanghai-hpf-2026", "demo-second-unit", "county-practice-2023"] {
            let loaded = DeclarationLoader.load(path: Fixtures.path("samples/\(sample)/declaration.txt"))
            let data = TemplateWorkbook.xlsx(loaded.declaration, rules: RuleFixtures.mof, language: .zh)
            let zip = try ZipReader(data)
            let first = String(decoding: try zip.data("xl/worksheets/sheet1.xml"), as: UTF8.self)
            let second = String(decoding: try zip.data("xl/worksheets/sheet2.xml"), as: UTF8.self)
            let heights = try NSRegularExpression(pattern: #"ht="([0-9.]+)""#)
            for xml in [first, second] {
                for match in heights.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
                    let value = Double(xml[Range(match.range(at: 1), in: xml)!])!
                    XCTAssertLessThanOrEqual(value, 409, "\(sample): a row of \(value) pt")
                }
            }
            for project in loaded.declaration.projects where !project.goal.isEmpty {
                let goal = XMLText.escape(project.goal)
                XCTAssertTrue(second.contains(goal), "\(sample): \(project.name)'s goal is on the goal sheet")
                XCTAssertFalse(first.contains(goal), "\(sample): \(project.name)'s goal is not in the narrow column")
            }
            // Read back as actuals: the first sheet, every row present.
            let read = ActualsReader.read(data: data, file: "template.xlsx")
            XCTAssertTrue(read.isUsable, sample)
            // 全年执行数, its three 其中 rows by source, and 年度总体目标.
            XCTAssertEqual(read.rows.count, loaded.declaration.indicatorCount + 5 * loaded.declaration.projects.count, sample)
        }
    }
}
