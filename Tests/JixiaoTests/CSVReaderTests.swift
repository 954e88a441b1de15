import XCTest
@testable import Jixiao

final class CSVReaderTests: XCTestCase {
    func testQuotingPerRFC4180() {
        let (records, problems) = CSVReader.read("a,\"b,c\",\"say \"\"hi\"\"\",\"\"\"\"\r\n\"two\nlines\",x,,\r\n")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(records.map(\.fields), [["a", "b,c", "say \"hi\"", "\""], ["two\nlines", "x", "", ""]])
        XCTAssertEqual(records.map(\.line), [1, 2])
        XCTAssertEqual(records.map(\.row), [1, 2])
    }

    func testLineEndsAndLinesAfterAMultiLineCell() {
        let (records, _) = CSVReader.read("h1,h2\r\"a\r\nb\",c\rd,e")
        XCTAssertEqual(records.map(\.fields), [["h1", "h2"], ["a\nb", "c"], ["d", "e"]])
        XCTAssertEqual(records.map(\.line), [1, 2, 4])
    }

    func testQuoteInsideUnquotedFieldIsKeptAndReported() {
        let (records, problems) = CSVReader.read("a,b\"c,d\n")
        XCTAssertEqual(records[0].fields, ["a", "b\"c", "d"])
        XCTAssertEqual(problems, [.quoteInUnquotedField(line: 1, column: 4)])
    }

    func testUnterminatedQuoteKeepsTheText() {
        let (records, problems) = CSVReader.read("a,b\n1,\"open\n2,3\n")
        XCTAssertEqual(problems, [.unterminatedQuote(line: 2)])
        XCTAssertEqual(records.last?.fields, ["1", "open\n2,3\n"])
    }

    func testTextAfterClosingQuote() {
        let (records, problems) = CSVReader.read("\"a\"b,c\n")
        XCTAssertEqual(records[0].fields, ["ab", "c"])
        XCTAssertEqual(problems, [.textAfterQuote(line: 1, column: 4)])
    }

    func testCellNames() {
        XCTAssertEqual(CSVRecord(line: 1, row: 7, fields: []).cell(2), "C7")
        XCTAssertEqual(CSVRecord.columnName(25), "Z")
        XCTAssertEqual(CSVRecord.columnName(26), "AA")
        XCTAssertEqual(CSVRecord.columnName(27), "AB")
    }
}
