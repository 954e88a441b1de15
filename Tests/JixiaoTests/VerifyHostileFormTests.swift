import Foundation
import XCTest
@testable import Jixiao

/// `verify` on a submitted 自评表 edited the way a hurried unit edits one (issue 22, point 6): a
/// figure it cannot read is reported at its own cell, a negative 分值 is refused, and a form whose
/// 总分 and 等级 rows were removed fails.
final class VerifyHostileFormTests: XCTestCase {
    private let sample = "samples/shanghai-hpf-2026/submitted-form.xlsx"

    /// The sample with its first sheet's XML edited, run through `verify`.
    private func verify(_ edit: (String) -> String) throws -> CLIRunner.Outcome {
        let zip = try ZipReader(Data(contentsOf: URL(fileURLWithPath: Fixtures.path(sample))))
        var edited = ZipWriter()
        var changed = false
        for name in zip.names {
            var bytes = try zip.data(name)
            if name == "xl/worksheets/sheet1.xml" {
                let text = String(decoding: bytes, as: UTF8.self)
                let after = edit(text)
                changed = after != text
                bytes = Array(after.utf8)
            }
            edited.add(name, bytes)
        }
        XCTAssertTrue(changed, "the edit applies to the sample")
        let folder = try Fixtures.temporaryFolder()
        try edited.finish().write(to: folder.appendingPathComponent("form.xlsx"))
        return try CLIRunner.run(["verify", "form.xlsx"], in: folder)
    }

    private let spent = #"<c r="E6" s="2" t="n"><v>40.8</v></c>"#

    func testAFigureThatIsNotAnAmountIsReportedAtItsCell() throws {
        for (value, cell) in [("待核实", #"<c r="E6" s="2" t="inlineStr"><is><t>待核实</t></is></c>"#),
                              ("1E+308", #"<c r="E6" s="2" t="n"><v>1E+308</v></c>"#)] {
            let outcome = try verify { $0.replacingOccurrences(of: spent, with: cell) }
            XCTAssertEqual(outcome.status, 1, value)
            XCTAssertTrue(outcome.stderr.contains("form.xlsx:专项业务费!E6: error: 全年执行数 '\(value)' is not a number [JX120]"),
                          outcome.stderr)
        }
    }

    func testNegativePointsAreRefusedAtTheCell() throws {
        let outcome = try verify { $0.replacingOccurrences(of: #"<c r="F11" s="2" t="n"><v>12.5</v></c>"#,
                                                          with: #"<c r="F11" s="2" t="n"><v>-10</v></c>"#) }
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("form.xlsx:专项业务费!F11: error: 分值 -10 is below 0"), outcome.stderr)
    }

    func testAFormWithoutItsTotalAndGradeRowsFails() throws {
        let outcome = try verify { text in
            text.replacing(/<row r="\d+"[^>]*>(?:(?!<\/row>).)*>(总分|等级)<(?:(?!<\/row>).)*<\/row>/, maxReplacements: 2, with: { _ in "" })
        }
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("project '专项业务费' has no 总分 row"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("project '专项业务费' has no 等级 row"), outcome.stderr)
    }
}
