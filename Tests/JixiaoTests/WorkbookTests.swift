import Foundation
import XCTest
@testable import Jixiao

final class WorkbookTests: XCTestCase {
    func testSheetNames() {
        let long = String(repeating: "长", count: 40)
        XCTAssertEqual(SheetNames.unique(["汇总", "a/b:c?d*e[f]g\\h", long, long, "汇总", "'引号'", ""]),
                       ["汇总", "a_b_c_d_e_f_g_h", String(repeating: "长", count: 31), String(repeating: "长", count: 28) + "(2)",
                        "汇总(2)", "引号", "Sheet"])
        for name in SheetNames.unique([long, long, long]) { XCTAssertLessThanOrEqual(name.count, 31) }
    }

    func testWrittenWorkbookReadsBack() throws {
        var sheet = Worksheet(name: "实际完成值")
        sheet.text(0, 0, "三级指标", .header)
        sheet.text(0, 1, "实际完成值", .header)
        sheet.text(1, 0, "完成率 & <比例>", .text)
        sheet.number(1, 1, Decimal(string: "98.5")!)
        sheet.text(2, 0, "=100.00(%)", .text)
        sheet.number(2, 1, Decimal(string: "0.9861")!, .percent)
        sheet.text(3, 2, "稀疏", .text)
        let data = WorkbookWriter.xlsx([sheet, Worksheet(name: "第二页")])
        XCTAssertEqual(data, WorkbookWriter.xlsx([sheet, Worksheet(name: "第二页")]), "deterministic")
        let records = try WorkbookReader.records(data).get()
        XCTAssertEqual(records.map(\.fields), [["三级指标", "实际完成值"], ["完成率 & <比例>", "98.5"],
                                               ["=100.00(%)", "98.61%"], ["", "", "稀疏"]])
        XCTAssertEqual(records.map(\.row), [1, 2, 3, 4])
        XCTAssertEqual(try WorkbookReader.records(data, sheet: "第二页").get().count, 0)
        XCTAssertEqual(WorkbookReader.records(data, sheet: "没有"), .failure(.sheetNotFound("没有", available: ["实际完成值", "第二页"])))
    }

    func testNumbersAsExcelShowsThem() {
        XCTAssertEqual(WorkbookReader.number("0.98499999999999999", percent: false), "0.985")
        XCTAssertEqual(WorkbookReader.number("0.985", percent: true), "98.5%")
        XCTAssertEqual(WorkbookReader.number("2.8E-2", percent: false), "0.028")
        XCTAssertEqual(WorkbookReader.number("8512360", percent: false), "8512360")
        XCTAssertEqual(WorkbookReader.number("-0", percent: false), "0")
    }

    func testXMLScanner() {
        var scanner = XMLScanner(Array("<?xml version=\"1.0\"?><!-- c --><x:a k='1 &amp; 2' r:id=\"r\"><b/>t&lt;&#x4E2D;&#25991;<![CDATA[<raw>]]></x:a>".utf8))
        var events: [XMLScanner.Event] = []
        while let event = scanner.next() { events.append(event) }
        XCTAssertEqual(events, [.start(name: "a", attributes: ["k": "1 & 2", "id": "r"], selfClosing: false),
                                .start(name: "b", attributes: [:], selfClosing: true), .text("t<中文"), .text("<raw>"), .end(name: "a")])
    }

    func testBrokenWorkbooksAreErrorsNotCrashes() {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", text: "<workbook><sheets></sheets></workbook>")
        XCTAssertEqual(WorkbookReader.records(zip.finish()), .failure(.noSheet(Wording(.workbookNoSheets).argument)))
        var noPart = ZipWriter()
        noPart.add("other.txt", text: "x")
        if case .failure(.archive(let why)) = WorkbookReader.records(noPart.finish()) {
            XCTAssertTrue(why.contains("xl/workbook.xml"), why)
        } else {
            XCTFail("expected an archive failure")
        }
        let result = ActualsReader.read(data: noPart.finish(), file: "bad.xlsx")
        XCTAssertEqual(result.diagnostics.map(\.code), [.workbookUnreadable])
    }
}
