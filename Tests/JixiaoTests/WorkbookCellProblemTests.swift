import Foundation
import XCTest
@testable import Jixiao

/// Cells a workbook holds but jixiao does not take as read (issue 22, point 4): each is reported
/// at its own cell, and the cells after it read as they are.
final class WorkbookCellProblemTests: XCTestCase {
    private func sheet(_ cells: String, strings: [String]? = ["项目", "名称"]) -> WorkbookReader.Sheet? {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", text: "<workbook><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>")
        zip.add("xl/_rels/workbook.xml.rels", text: "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
        zip.add("xl/worksheets/sheet1.xml", text: "<worksheet><sheetData><row r=\"1\">\(cells)</row></sheetData></worksheet>")
        if let strings {
            zip.add("xl/sharedStrings.xml", text: "<sst>" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>")
        }
        guard case .success(let sheets) = WorkbookReader.sheets(zip.finish()) else { return nil }
        return sheets.first
    }

    func testErrorValuesAreProblemsAndEmpty() throws {
        let read = try XCTUnwrap(sheet(#"<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1" t="s"><v>1</v></c>"#))
        XCTAssertEqual(read.records.first?.fields, ["", "", "名称"])
        XCTAssertEqual(read.problems, [CellProblem(row: 1, column: 0, kind: .errorValue("#DIV/0!")),
                                       CellProblem(row: 1, column: 1, kind: .errorValue("#N/A"))])
    }

    func testUncachedFormulas() throws {
        let read = try XCTUnwrap(sheet(#"<c r="A1"><f>100.00(%)</f></c><c r="B1"><f>SUM(B2:B5)</f></c><c r="C1"><f>A1*2</f><v>4</v></c><c r="D1"><f>95%</f></c>"#))
        XCTAssertEqual(read.records.first?.fields, ["=100.00(%)", "", "4", "=95%"])
        XCTAssertEqual(read.problems.map(\.kind), [.formulaAsText("100.00(%)"), .uncachedFormula("SUM(B2:B5)"), .formulaAsText("95%")])
    }

    func testFormulaThatIsAValue() {
        for value in ["100", "100.00(%)", "95%", "3.5万元", "-2", "1,200(人)", "90（%）"] {
            XCTAssertTrue(CellProblem.formulaIsValue(value), value)
        }
        for formula in ["A1", "SUM(A1:A3)", "B2*100", "1+2", "100(%", "\"text\"", "(1)", "1 2", "1E5", ""] {
            XCTAssertFalse(CellProblem.formulaIsValue(formula), formula)
        }
    }

    func testBadTextAndBadIndexesLandOnTheirCells() throws {
        let read = try XCTUnwrap(sheet(#"<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>999999</v></c><c r="C1" t="s"><v>-1</v></c><c r="D1" t="s"><v>abc</v></c><c r="E1" t="inlineStr"><is><t>a&#0;b</t></is></c><c r="F1" t="s"><v>2</v></c>"#,
                                       strings: ["甲", "乙", "丙\u{FFFD}"]))
        XCTAssertEqual(read.records.first?.fields, ["甲"])
        XCTAssertEqual(read.problems.map(\.reference), ["B1", "C1", "D1", "E1", "F1"])
        XCTAssertEqual(read.problems.map(\.kind), [.badStringIndex("999999"), .badStringIndex("-1"), .badStringIndex("abc"), .badText, .badText])
    }

    func testMissingSharedStringsPartIsNamed() {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", text: "<workbook><sheets><sheet name=\"S\"/></sheets></workbook>")
        zip.add("xl/worksheets/sheet1.xml", text: #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#)
        guard case .failure(.archive(let why)) = WorkbookReader.sheets(zip.finish()) else { return XCTFail("expected a failure") }
        XCTAssertTrue(why.contains("xl/sharedStrings.xml"), why)
    }

    /// An actuals workbook: the error value is one error at its cell (`C3`), and the row's actual is
    /// not read as the text `#N/A`.
    func testActualsWorkbookErrorValueIsAnErrorAtTheCell() throws {
        let header = ["项目名称", "三级指标", "实际完成值"].enumerated().map { #"<c r="\#(CellReference.cell(row: 0, column: $0.offset))" t="inlineStr"><is><t>\#($0.element)</t></is></c>"# }.joined()
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", text: "<workbook><sheets><sheet name=\"S\"/></sheets></workbook>")
        zip.add("xl/worksheets/sheet1.xml", text: """
            <worksheet><sheetData><row r="1">\(header)</row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2" t="inlineStr"><is><t>完成率</t></is></c><c r="C2"><v>1</v></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>甲</t></is></c><c r="B3" t="inlineStr"><is><t>合格率</t></is></c><c r="C3" t="e"><v>#N/A</v></c></row>\
            </sheetData></worksheet>
            """)
        let result = ActualsReader.read(data: zip.finish(), file: "a.xlsx")
        let errors = result.diagnostics.filter { $0.code == .cellErrorValue }
        XCTAssertEqual(errors.map(\.location.description), ["a.xlsx:3 [C3]"])
        XCTAssertEqual(errors.first?.severity, .error)
        XCTAssertFalse(String(decoding: result.table.text.arena.bytes, as: UTF8.self).contains("#N/A"))
    }
}
