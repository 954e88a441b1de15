import Foundation
import XCTest
@testable import Jixiao

/// JSON and JSON5 inputs (rule files, scorecards, declarations) are checked before they are decoded
/// (issue 22, point 5): every problem has a line and a column, numbers out of range and keys given
/// twice are errors, and a value of the wrong kind is placed at the value.
final class JSONCheckTests: XCTestCase {
    private func problem(_ text: String, json5: Bool = true) -> (Int, Int, String)? {
        JSON5Locator.firstProblem(in: text, json5: json5).map { ($0.line, $0.column, $0.found.argument) }
    }

    func testNumbersOutOfRange() throws {
        for number in ["1e400", "1e308", "-1e30", "NaN", "Infinity", "-Infinity", "1e-31", "4.9E-324"] {
            let found = try XCTUnwrap(problem("{\n  \"a\": \(number)\n}"), number)
            XCTAssertEqual(found.0, 2, number)
            XCTAssertEqual(found.1, 8, number)
            XCTAssertTrue(found.2.contains(number), found.2)
        }
        for number in ["0", "-5", "0.0", "1e29", "999999999999999999999999999999e-1", "-0.000001", "0e-400", "0x10"] {
            XCTAssertNil(problem("{a: \(number)}"), number)
        }
    }

    func testDuplicateKeysAreErrorsAtTheSecond() throws {
        let found = try XCTUnwrap(problem("{\n  \"name\": \"x\",\n  inner: { a: 1, b: 2 },\n  'name': \"y\"\n}"))
        XCTAssertEqual(found.0, 4)
        XCTAssertEqual(found.1, 3)
        XCTAssertEqual(found.2, Wording(.jsonFoundCharacter, "name").argument)
        // The same key in two different objects is no problem.
        XCTAssertNil(problem(#"[{"a": 1}, {"a": 2}]"#))
    }

    /// Foundation's JSON5 reader stops the process on some bytes that are not UTF-8 (found by the
    /// rules fuzz target); they are refused at their place before it sees them.
    func testBytesThatAreNotUTF8AreRefusedAtTheirPlace() {
        struct Anything: Decodable {}
        for json5 in [true, false] {
            let bytes = Array("{\n  \"a".utf8) + [0xA2] + Array("b\": 1}".utf8)
            guard case .failure(let failure) = JSONErrorText.decode(Anything.self, from: bytes, json5: json5) else {
                return XCTFail("expected a failure")
            }
            XCTAssertEqual(failure.line, 2)
            XCTAssertEqual(failure.column, 5)
            XCTAssertTrue(failure.message.contains("0xA2"), failure.message)
        }
    }

    func testStrictJSONRefusesWhatOnlyJSON5Allows() {
        for text in ["{a: 1}", "{'a': 1}", "[1,]", "// c\n[1]", "[+1]", "[0x10]", "[.5]", "[01]"] {
            XCTAssertNil(problem(text, json5: true), text)
            XCTAssertNotNil(problem(text, json5: false), text)
        }
    }

    func testTypeErrorsArePlacedAtTheValueInWords() throws {
        struct Card: Decodable {
            struct Unit: Decodable { var budget: Decimal }
            var unit: Unit
        }
        let text = "{\n  \"unit\": {\n    \"budget\": \"abc\"\n  }\n}"
        guard case .failure(let failure) = JSONErrorText.decode(Card.self, from: Array(text.utf8), json5: false) else {
            return XCTFail("expected a failure")
        }
        XCTAssertEqual(failure.line, 3)
        XCTAssertEqual(failure.column, 15)
        XCTAssertEqual(failure.message, Wording(.jsonExpected, ".unit.budget", Wording(.typeNumber).argument).argument)
        XCTAssertFalse(failure.message.contains("Decimal"))
    }

    /// `rollup` of hand-edited scorecards: each refused at its line and column.
    func testRollupNamesTheLineAndColumnOfABadScorecard() throws {
        let folder = try Fixtures.temporaryFolder()
        let good = try CLIRunner.run(["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv",
                                      "--format", "json", "-o", folder.appendingPathComponent("card.json").path])
        XCTAssertEqual(good.status, 0, good.stderr)
        let text = try String(contentsOf: folder.appendingPathComponent("card.json"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try XCTUnwrap(lines.firstIndex { $0.contains("\"score\" : 97.51") }) + 1
        for (name, replacement, column) in [("nan", "\"score\" : NaN", 15), ("big", "\"score\" : 1e400", 15),
                                            ("dup", "\"score\" : 97.51, \"score\" : 100", 22)] {
            let edited = text.replacingOccurrences(of: "\"score\" : 97.51", with: replacement)
            try edited.write(to: folder.appendingPathComponent(name + ".json"), atomically: true, encoding: .utf8)
            let outcome = try CLIRunner.run(["rollup", name + ".json"], in: folder)
            XCTAssertEqual(outcome.status, 1, name)
            XCTAssertTrue(outcome.stderr.hasPrefix("\(name).json:\(line):\(column): error:"), outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("[JX602]"), outcome.stderr)
        }
    }
}
