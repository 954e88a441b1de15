import Foundation
import XCTest
@testable import Jixiao

final class ActualsReaderTests: XCTestCase {
    let csv = "三级指标,实际完成值,项目名称,偏差原因\n完成率,98.5%,甲项目,\"原因, 含逗号\"\n"

    func testColumnsFoundByNameInAnyOrder() {
        let result = ActualsReader.read(text: csv, file: "a.csv")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.rows.count, 1)
        let row = result.rows[0]
        XCTAssertEqual(row.projectName, "甲项目")
        XCTAssertEqual(row.indicatorName, "完成率")
        XCTAssertEqual(row.value(.actual), "98.5%")
        XCTAssertEqual(row.value(.reason), "原因, 含逗号")
        XCTAssertEqual(row.cell(.actual), "B2")
        XCTAssertEqual(row.line, 2)
    }

    func testEnglishAndBracketedHeaders() {
        for header in ["indicator,actual,project", "三级指标(indicator),实际完成值（actual）,Project",
                       "Indicator,ACTUAL,项目名称"] {
            let result = ActualsReader.read(text: header + "\n完成率,98,甲\n", file: "a.csv")
            XCTAssertEqual(result.diagnostics, [], header)
            XCTAssertEqual(result.rows.first?.value(.actual), "98", header)
        }
    }

    func testEncodings() throws {
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data(csv.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let fromBOM = ActualsReader.read(data: bom, file: "bom.csv")
        XCTAssertEqual(fromBOM.encoding, .utf8)
        XCTAssertEqual(fromBOM.rows.first?.projectName, "甲项目")
        // 甲项目 in GB18030: BC D7 CF EE C4 BF
        var gb = Data("三级指标,实际完成值,项目名称\n".utf8)
        gb = try XCTUnwrap(gbk("三级指标,实际完成值,项目名称\n完成率,98,甲项目\n"))
        let fromGB = ActualsReader.read(data: gb, file: "gb.csv")
        XCTAssertEqual(fromGB.encoding, .gb18030)
        XCTAssertEqual(fromGB.rows.first?.projectName, "甲项目")
        XCTAssertEqual(fromGB.diagnostics, [])
    }

    private func gbk(_ text: String) -> Data? {
        // Built from the known GB18030 codes of the characters used, so the test needs no converter.
        let table: [Character: [UInt8]] = [
            "三": [0xC8, 0xFD], "级": [0xBC, 0xB6], "指": [0xD6, 0xB8], "标": [0xB1, 0xEA], "实": [0xCA, 0xB5],
            "际": [0xBC, 0xCA], "完": [0xCD, 0xEA], "成": [0xB3, 0xC9], "值": [0xD6, 0xB5], "项": [0xCF, 0xEE],
            "目": [0xC4, 0xBF], "名": [0xC3, 0xFB], "称": [0xB3, 0xC6], "率": [0xC2, 0xCA], "甲": [0xBC, 0xD7],
        ]
        var bytes: [UInt8] = []
        for character in text {
            if let code = table[character] { bytes += code } else if character.isASCII { bytes += Array(String(character).utf8) } else { return nil }
        }
        return Data(bytes)
    }

    func testMissingAndDuplicateAndUnknownColumns() {
        let missing = ActualsReader.read(text: "项目名称,三级指标\n甲,完成率\n", file: "m.csv")
        XCTAssertEqual(missing.diagnostics.map(\.code), [.actualsMissingColumn, .actualsRowsUnread])
        XCTAssertEqual(missing.diagnostics[0].message(in: .en), "the header has no column 实际完成值 (actual); it is required")
        XCTAssertEqual(missing.diagnostics[0].message(in: .zh), "表头缺少必需的列 实际完成值")
        XCTAssertTrue(missing.rows.isEmpty)

        let duplicate = ActualsReader.read(text: "项目名称,三级指标,实际完成值,actual,备注\n甲,完成率,1,2,x\n", file: "d.csv")
        XCTAssertEqual(duplicate.diagnostics.map(\.code), [.actualsDuplicateColumn, .actualsUnknownColumn])
        XCTAssertEqual(duplicate.diagnostics[0].arguments, ["实际完成值", "C1", "D1"])
        XCTAssertEqual(duplicate.diagnostics[1].location.cell, "E1")
        XCTAssertEqual(duplicate.rows.first?.value(.actual), "1", "the first of two columns is used")
    }

    func testEmptyFileAndHeaderOnly() {
        XCTAssertEqual(ActualsReader.read(text: "", file: "e.csv").diagnostics.map(\.code), [.actualsNoHeader])
        XCTAssertEqual(ActualsReader.read(text: "\n\n", file: "e.csv").diagnostics.map(\.code), [.actualsNoHeader])
        let headerOnly = ActualsReader.read(text: "项目名称,三级指标,实际完成值\n", file: "h.csv")
        XCTAssertEqual(headerOnly.diagnostics.map(\.code), [.actualsNoRows], "a header alone cannot be scored")
        XCTAssertEqual(headerOnly.diagnostics.first?.location.line, 1)
        XCTAssertTrue(headerOnly.rows.isEmpty)
        XCTAssertFalse(headerOnly.isUsable)
    }

    func testRaggedRows() {
        let result = ActualsReader.read(text: "项目名称,三级指标,实际完成值\n甲,完成率\n甲,及时性,达成,多余\n甲,x,1,,\n", file: "r.csv")
        XCTAssertEqual(result.diagnostics.map { "\($0.location.line) \($0.code.rawValue) \($0.severity)" },
                       ["2 JX325 warning", "3 JX309 error"], "an empty cell beyond the header is no loss")
        XCTAssertEqual(result.rows.count, 3, "rows are still used")
    }

    func testRowWithoutKeyIsReported() {
        let result = ActualsReader.read(text: "项目名称,三级指标,实际完成值\n,完成率,98\n甲,,98\n,,\n", file: "k.csv")
        XCTAssertEqual(result.diagnostics.map { "\($0.location.cell ?? "") \($0.code.rawValue)" }, ["A2 JX310", "B3 JX310"])
        XCTAssertTrue(result.rows.isEmpty)
    }

    func testFormulaGuardIsUndone() {
        let result = ActualsReader.read(text: "项目名称,三级指标,年度指标值,实际完成值\n甲,率,'=100(%),'-5\n", file: "f.csv")
        XCTAssertEqual(result.rows.first?.value(.target), "=100(%)")
        XCTAssertEqual(result.rows.first?.value(.actual), "-5")
        // Today's guard is a zero-width space; a cell that merely contains one is left alone.
        let guarded = ActualsReader.read(text: "项目名称,三级指标,年度指标值,实际完成值\n甲,率,\u{200B}=100(%),a\u{200B}=b\n", file: "f.csv")
        XCTAssertEqual(guarded.rows.first?.value(.target), "=100(%)")
        XCTAssertEqual(guarded.rows.first?.value(.actual), "a\u{200B}=b")
    }
}
