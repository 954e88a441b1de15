import Foundation
import XCTest
@testable import Jixiao

/// With `--lang zh`, a message carries no English of jixiao's own: every Latin word in it is a
/// code, a file name, a number, a unit, a name of a program or format, a rule key, or the user's
/// own data (quoted, or found in the input file).
final class ChineseMessagesTests: XCTestCase {
    /// Names that stand as they are in Chinese text too: programs, formats, JSON's own words, Excel's
    /// last column.
    static let names: Set<String> = ["jixiao", "Excel", "WPS", "LibreOffice", "CSV", "UTF-8", "GB18030", "JSON", "JSON5", "ZIP",
                                     "xlsx", "xls", "MiB", "MB", "true", "false", "null", "PDF",
                                     "XFD"]

    /// The keys of the rule files (`totals.rescaleTo100`): names in the file's own language.
    static let ruleKeys: Set<String> = {
        var keys: Set<String> = []
        for file in BuiltInRules.files {
            for match in file.text.matches(of: /([A-Za-z][A-Za-z0-9]*)\s*:/) { keys.insert(String(match.output.1)) }
        }
        return keys
    }()

    /// The Latin words of `message` that none of the above explains (a control character written
    /// `\u{7}` is code too).
    static func foreignWords(_ message: String, input: String) -> [String] {
        foreignWords(message, inputWords: words(of: input))
    }

    /// The Latin words of an input file (found once per file: the corpus has files of 150 KB).
    static func words(of input: String) -> Set<String> {
        Set(input.matches(of: /[A-Za-z][A-Za-z0-9]*/).map { String($0.output) })
    }

    static func foreignWords(_ message: String, inputWords: Set<String>) -> [String] {
        var text = message
        // Quoted user data, cells (B2, C1) and hexadecimal bytes (0xFF) first.
        for pattern in [/“[^”]*”/, /"[^"]*"/, /'[^']*'/] { text = text.replacing(pattern, with: " ") }
        text = text.replacing(/\\u\{[0-9a-f]+\}/, with: " ").replacing(/\b0x[0-9A-F]+\b/, with: " ").replacing(/\b[A-Z]{1,3}[0-9]+\b/, with: " ")
        let units = Set(MeasureUnit.simple.keys)
        var foreign: [String] = []
        for match in text.matches(of: /[A-Za-z][A-Za-z0-9_\-]*(\.[A-Za-z][A-Za-z0-9_]*)*/) {
            let word = String(match.output.0)
            let parts = word.split(separator: ".").map(String.init)
            let explained = names.contains(word) || units.contains(word) || word.hasPrefix("UTF-")
                || parts.allSatisfy { ruleKeys.contains($0) || inputWords.contains($0) || names.contains($0) }
            if !explained { foreign.append(word) }
        }
        return foreign
    }

    func testTheBadInputCorpusInChineseHasNoEnglishOfJixiaos() throws {
        let folder = BadInputCorpusTests.folder
        var checked = 0
        for area in ["targets", "declarations", "actuals", "rules"] {
            let areaFolder = folder.appendingPathComponent(area)
            let names = try FileManager.default.contentsOfDirectory(atPath: areaFolder.path).filter { !$0.hasSuffix(".expected") }.sorted()
            for name in names {
                var arguments: [String]
                switch area {
                case "actuals": arguments = ["score", "../base/declaration.txt", name, "--format", "json"]
                case "rules": arguments = ["score", "../base/declaration.txt", "../base/actuals.csv", "--rules", name, "--format", "json"]
                default: arguments = ["check", name]
                }
                let outcome = try CLIRunner.run(arguments + ["--lang", "zh"], in: areaFolder)
                var input = String(decoding: (try? Data(contentsOf: areaFolder.appendingPathComponent(name))) ?? Data(), as: UTF8.self)
                for base in ["declaration.txt", "actuals.csv"] {
                    input += try String(contentsOf: folder.appendingPathComponent("base/" + base), encoding: .utf8)
                }
                let inputWords = Self.words(of: input)
                let printed = area == "actuals" || area == "rules" ? outcome.stderr : outcome.stdout + outcome.stderr
                for line in printed.split(separator: "\n").map(String.init) {
                    // `FILE:LINE: 错误: message [JXnnn]`, or a hint line `    建议：…`.
                    let message: String
                    if let range = line.range(of: ": 错误: ") ?? line.range(of: ": 警告: ") {
                        message = String(line[range.upperBound...]).replacing(/\s\[JX[0-9]+\]$/, with: "")
                    } else if line.hasPrefix("    建议：") {
                        message = String(line.dropFirst(7))
                    } else {
                        continue
                    }
                    checked += 1
                    XCTAssertEqual(Self.foreignWords(message, inputWords: inputWords), [], "\(area)/\(name): \(line)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 100, "the corpus gave messages to check")
    }

    /// The check itself finds what it is there to find.
    func testTheCheckFindsEnglish() {
        XCTAssertEqual(Self.foreignWords("实际完成值不是数字：应如 98.5 or 98.5%", input: ""), ["or"])
        XCTAssertEqual(Self.foreignWords("无法识别的行（before the first form）：“abc”", input: ""), ["before", "the", "first", "form"])
        XCTAssertEqual(Self.foreignWords("无法写入文件（Is a directory）", input: ""), ["Is", "a", "directory"])
        XCTAssertEqual(Self.foreignWords("评分规则项“x”的值为 \"fifty\"：应为 0 到 100 之间的数", input: ""), [])
        XCTAssertEqual(Self.foreignWords("合并单元格 B2:B4 的 totals.rescaleTo100 与 UTF-8", input: ""), [])
        XCTAssertEqual(Self.foreignWords("键 weighting 未知", input: "{ weighting: 1 }"), [])
    }
}
