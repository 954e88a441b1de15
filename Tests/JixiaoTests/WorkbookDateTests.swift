import Foundation
import XCTest
@testable import Jixiao

/// A date typed into a date-formatted cell is stored as a serial number (2023-12-20 is 45280); it is
/// read as the date the cell shows.
final class WorkbookDateTests: XCTestCase {
    /// The date of an Excel serial by Foundation's calendar (1900 system: serial 61 is 1900-03-01,
    /// counted from 1899-12-30 because of Excel's 1900-02-29), as the independent oracle.
    private func oracle(_ serial: Int, date1904: Bool = false) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = date1904 ? DateComponents(year: 1904, month: 1, day: 1) : DateComponents(year: 1899, month: 12, day: 30)
        let date = calendar.date(byAdding: .day, value: serial, to: calendar.date(from: start)!)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    func testSerialsAreTheDatesExcelShows() {
        let formats = NumberFormats()
        for serial in [61, 366, 1_000, 36_526, 43_831, 45_280, 45_291, 45_352, 2_958_465] {
            XCTAssertEqual(formats.text(ofSerial: Double(serial), .date), oracle(serial), "serial \(serial)")
        }
        XCTAssertEqual(formats.text(ofSerial: 1, .date), "1900-01-01")
        XCTAssertEqual(formats.text(ofSerial: 59, .date), "1900-02-28")
        XCTAssertEqual(formats.text(ofSerial: 60, .date), "1900-02-29", "the day Excel shows though it never was")
        XCTAssertEqual(formats.text(ofSerial: 45_280.4375, .dateTime), "2023-12-20 10:30")
        XCTAssertEqual(formats.text(ofSerial: 45_280.0, .dateTime), "2023-12-20")
        XCTAssertEqual(formats.text(ofSerial: 0.5, .time), "12:00")
        XCTAssertNil(formats.text(ofSerial: -1, .date))
        XCTAssertNil(formats.text(ofSerial: 2_958_466, .date))
        var mac = NumberFormats()
        mac.date1904 = true
        XCTAssertEqual(mac.text(ofSerial: 43_818, .date), oracle(43_818, date1904: true))
    }

    func testFormatCodesAreToldApart() {
        XCTAssertEqual(NumberFormats.kind(of: "yyyy-mm-dd"), .date)
        XCTAssertEqual(NumberFormats.kind(of: "yyyy\"年\"m\"月\"d\"日\""), .date)
        XCTAssertEqual(NumberFormats.kind(of: "[$-804]yyyy/m/d;@"), .date)
        XCTAssertEqual(NumberFormats.kind(of: "m/d/yy h:mm"), .dateTime)
        XCTAssertEqual(NumberFormats.kind(of: "h:mm:ss"), .time)
        XCTAssertEqual(NumberFormats.kind(of: "[h]:mm"), .time)
        XCTAssertEqual(NumberFormats.kind(of: "0.0%"), .percent)
        XCTAssertNil(NumberFormats.kind(of: "0.00E+00"), "scientific, not a date")
        XCTAssertNil(NumberFormats.kind(of: "#,##0.00\"元\""))
        XCTAssertNil(NumberFormats.kind(of: "0.00_);[Red]\\(0.00\\)"))
        XCTAssertNil(NumberFormats.kind(of: "General"))
        XCTAssertNil(NumberFormats.kind(of: "0\"天\""), "a day count in quotes is text")
    }

    /// The county sample's actuals as a workbook, its two deadline rows typed as dates in date cells:
    /// they score as the same dates typed as text do.
    func testADateCellScoresAsTheTypedDate() throws {
        let folder = try Fixtures.temporaryFolder()
        let csv = try Fixtures.text("samples/county-practice-2023/actuals.csv")
        var rows = csv.components(separatedBy: .newlines).filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        let built = rows.firstIndex { $0[3] == "工程完工时间" }!
        let training = rows.firstIndex { $0[3] == "培训完成时间" }!
        // As text: 2023-12-20 is within 12月底前, 2023-11-05 after 2023年10月 (late).
        rows[built][6] = "2023-12-20"
        rows[training][6] = "2023-11-05"
        let text = rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("typed.csv"))
        let dates: [Int: (serial: Int, style: Int)] = [built: (45_280, 1), training: (45_235, 2)]
        try Self.workbook(rows, dates: dates).write(to: folder.appendingPathComponent("dates.xlsx"))

        let declaration = Fixtures.path("samples/county-practice-2023/declaration.txt")
        var scores: [String: Any] = [:]
        for name in ["typed.csv", "dates.xlsx"] {
            let outcome = try CLIRunner.run(["score", declaration, name, "--rules", "county-practice", "--format", "json"], in: folder)
            XCTAssertFalse(outcome.stderr.contains("JX335"), "\(name): \(outcome.stderr)")
            let card = try XCTUnwrap(JSONSerialization.jsonObject(with: outcome.stdoutData) as? [String: Any])
            let projects = try XCTUnwrap(card["projects"] as? [[String: Any]])
            for project in projects {
                for row in project["indicators"] as? [[String: Any]] ?? [] where ["工程完工时间", "培训完成时间"].contains(row["name"] as? String) {
                    scores["\(name) \(row["name"]!)"] = "\(row["actual"]!) \(row["score"]!)"
                }
            }
        }
        XCTAssertEqual(scores["dates.xlsx 工程完工时间"] as? String, "2023-12-20 10", "kept: the date cell reads as the date")
        XCTAssertEqual(scores["dates.xlsx 培训完成时间"] as? String, "2023-11-05 0", "late")
        XCTAssertEqual(scores["typed.csv 工程完工时间"] as? String, scores["dates.xlsx 工程完工时间"] as? String)
        XCTAssertEqual(scores["typed.csv 培训完成时间"] as? String, scores["dates.xlsx 培训完成时间"] as? String)
    }

    /// A one-sheet workbook of text cells, the cells named in `dates` (row → serial and style) as
    /// numbers in column G: style 1 is Excel's built-in date format 14, style 2 a custom
    /// `yyyy"年"m"月"d"日"`.
    static func workbook(_ rows: [[String]], dates: [Int: (serial: Int, style: Int)]) -> Data {
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (index, row) in rows.enumerated() {
            sheet += "<row r=\"\(index + 1)\">"
            for (column, value) in row.enumerated() {
                let reference = CellReference.cell(row: index, column: column)
                if column == 6, let date = dates[index] {
                    sheet += "<c r=\"\(reference)\" s=\"\(date.style)\"><v>\(date.serial)</v></c>"
                } else if !value.isEmpty {
                    sheet += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(XMLText.escape(value))</t></is></c>"
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let styles = """
            <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>\
            <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>
            """
        let workbook = """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="实际值" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
        let relationships = """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", text: workbook)
        zip.add("xl/_rels/workbook.xml.rels", text: relationships)
        zip.add("xl/styles.xml", text: styles)
        zip.add("xl/worksheets/sheet1.xml", text: sheet)
        return zip.finish()
    }
}
