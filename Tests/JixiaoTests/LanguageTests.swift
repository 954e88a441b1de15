import Foundation
import XCTest
@testable import Jixiao

/// `--lang en` leaves no word of jixiao's in Chinese, and `--lang zh` none in English; only the
/// user's own data (names, targets, actuals, the rule file's block and grade names) stays as written.
final class LanguageTests: XCTestCase {
    let arguments = ["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv"]

    /// Every run of Chinese characters in `text` that appears in none of the inputs.
    func foreignChinese(_ text: String) throws -> Set<String> {
        let inputs = try ["samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv",
                          "scoring-rules/mof-2020.json5"].map { try Fixtures.text($0) }.joined()
        var runs = Set<String>()
        var current = ""
        for scalar in text.unicodeScalars {
            if (0x4E00...0x9FFF).contains(scalar.value) {
                current.unicodeScalars.append(scalar)
            } else {
                if !current.isEmpty && !inputs.contains(current) { runs.insert(current) }
                current = ""
            }
        }
        if !current.isEmpty && !inputs.contains(current) { runs.insert(current) }
        return runs
    }

    func testEnglishDocumentsHaveNoChineseOfTheirOwn() throws {
        for format in ["html", "csv", "table"] {
            let outcome = try CLIRunner.run(arguments + ["--format", format, "--lang", "en", "--detail"].filter { format == "table" || $0 != "--detail" })
            XCTAssertEqual(try foreignChinese(outcome.stdout), [], format)
        }
        let workbook = try CLIRunner.run(arguments + ["--format", "xlsx", "--lang", "en"])
        let summary = try WorkbookReader.records(workbook.stdoutData, sheet: "Summary").get()
        let text = summary.flatMap(\.fields).joined(separator: "\n")
        XCTAssertTrue(text.contains("Budget (万元)") && text.contains("Row status"), text)
        XCTAssertEqual(try foreignChinese(text), [])
        let sheet = try WorkbookReader.records(workbook.stdoutData, sheet: "信息化建设项目").get()
        XCTAssertEqual(try foreignChinese(sheet.flatMap(\.fields).joined(separator: "\n")), [])
    }

    func testChineseOutputsSayStatusesAndWorkingInChinese() throws {
        let table = try CLIRunner.run(arguments + ["--detail", "--lang", "zh"])
        XCTAssertTrue(table.stdout.contains("缺实际值") && table.stdout.contains("无实际值 → 0.00"), table.stdout)
        for english in ["missing", "invalid", "no actual", "partial", "Rules:", "defaults"] {
            XCTAssertFalse(table.stdout.contains(english), english)
        }
        let csv = try CLIRunner.run(arguments + ["--format", "csv", "--lang", "zh"])
        XCTAssertFalse(csv.stdout.contains(",met,"), "statuses in Chinese")
        XCTAssertTrue(csv.stderr.contains("警告: "), csv.stderr)
    }

    func testExplainAndNeedSpeakTheChosenLanguage() throws {
        let explain = ["explain", arguments[1], arguments[2], "--project", "住房公积金网点设备运维专项"]
        let zh = try CLIRunner.run(explain + ["--lang", "zh"])
        XCTAssertEqual(zh.status, 0, zh.stderr)
        let words = zh.stdout.split(whereSeparator: { !$0.isLetter || !$0.isASCII }).filter { $0.count > 1 }.map(String.init)
        XCTAssertEqual(Set(words), ["min", "mof"], "no English word but the formula's min and the rule file's name: \(zh.stdout)")
        XCTAssertTrue(zh.stdout.contains("缺实际值"), zh.stdout)
        let en = try CLIRunner.run(explain + ["--lang", "en"])
        XCTAssertEqual(try foreignChinese(en.stdout).subtracting(["预算执行", "偏差原因"]), [], en.stdout)
        let need = try CLIRunner.run(arguments + ["--need", "优", "--lang", "zh"])
        XCTAssertTrue(need.stdout.contains("达到“优”所需：\n住房公积金网点设备运维专项：总分 79.60（中），距优（90）差 10.40 分"), need.stdout)
    }

    func testEveryPhraseIsInEveryCatalog() {
        for language in Language.allCases {
            let catalog = MessageCatalog.for(language)
            for phrase in Phrase.allCases { XCTAssertNotNil(catalog.phrases[phrase], "\(language) \(phrase)") }
        }
    }
}
