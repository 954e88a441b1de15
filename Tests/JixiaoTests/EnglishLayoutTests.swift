import Foundation
import XCTest
@testable import Jixiao

/// The English documents as a reader sees them: no head broken inside a word (a column narrower
/// than its head's longest word wraps it mid-word: `Severit/y`), grades named in English beside
/// the Chinese ones, months by name.
final class EnglishLayoutTests: XCTestCase {
    let declaration = "samples/shanghai-hpf-2026/declaration.txt"
    let actuals = "samples/shanghai-hpf-2026/actuals.csv"

    /// Every head cell (the workbook's header style) whose longest word is wider than its column
    /// (a line may break at a space, a slash, a hyphen or after an en dash).
    static func brokenHeads(_ data: Data) throws -> [String] {
        let zip = try ZipReader(data)
        var broken: [String] = []
        for name in zip.names where name.hasPrefix("xl/worksheets/sheet") {
            let xml = String(decoding: try zip.data(name), as: UTF8.self)
            var widths: [Int: Double] = [:]
            for col in xml.matches(of: /<col min="(\d+)" max="(\d+)" width="([\d.]+)"/) {
                for column in Int(col.output.1)!...Int(col.output.2)! { widths[column] = Double(col.output.3)! }
            }
            // Header cells are style 2 (`Worksheet.Style.header`), bold: about 10 % wider.
            for cell in xml.matches(of: /<c r="([A-Z]+)\d+" s="2" t="inlineStr"><is><t xml:space="preserve">([^<]*)<\/t>/) {
                let letters = String(cell.output.1)
                let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
                let width = widths[column] ?? 9
                let longest = cell.output.2.split(whereSeparator: { " /-–".contains($0) })
                    .map { Double(DisplayWidth.of($0)) * 1.1 }.max() ?? 0
                if longest > width - 1 { broken.append("\(name) \(letters): \(cell.output.2) (width \(width))") }
            }
        }
        return broken
    }

    func testNoEnglishHeadBreaksInsideAWord() throws {
        let folder = try Fixtures.temporaryFolder()
        let card = folder.appendingPathComponent("hpf.json").path
        XCTAssertEqual(try CLIRunner.run(["score", declaration, actuals, "--format", "json", "-o", card]).status, 0)
        let runs: [[String]] = [
            ["score", declaration, actuals, "--format", "xlsx"],
            ["template", declaration, "--format", "xlsx"],
            ["rollup", card, "--format", "xlsx"],
            ["monitor", declaration, "samples/shanghai-hpf-2026/progress-2026-07.csv", "--month", "7", "--format", "xlsx"],
            ["compare", card, card, "--format", "xlsx"],
            ["verify", "samples/shanghai-hpf-2026/submitted-form.xlsx", "--format", "xlsx"],
        ]
        for run in runs {
            let outcome = try CLIRunner.run(run + ["--lang", "en"])
            XCTAssertFalse(outcome.stdoutData.isEmpty, "\(run[0]): \(outcome.stderr)")
            XCTAssertEqual(try Self.brokenHeads(outcome.stdoutData), [], run[0])
        }
    }

    func testGradesAndMonthsInEnglish() throws {
        let c = MessageCatalog.for(.en)
        XCTAssertEqual(["优", "良", "中", "差", "合格"].map(c.gradeName), ["优 Excellent", "良 Good", "中 Fair", "差 Poor", "合格"])
        XCTAssertEqual(MessageCatalog.for(.zh).gradeName("优"), "优")
        let form = try WorkbookReader.records(try CLIRunner.run(["score", declaration, actuals, "--format", "xlsx", "--lang", "en"]).stdoutData,
                                              sheet: "信息化建设项目").get()
        XCTAssertEqual(form.first { $0.fields.first == "Grade" }?.fields[6], "优 Excellent")
        let monitor = try CLIRunner.run(["monitor", declaration, "samples/shanghai-hpf-2026/progress-2026-07.csv", "--month", "7",
                                         "--format", "html", "--lang", "en"]).stdout
        XCTAssertTrue(monitor.contains("January–July"), "months by name")
        XCTAssertFalse(monitor.contains("(January–month") || monitor.contains("months 1–7"))
    }
}
