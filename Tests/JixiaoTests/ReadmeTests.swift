import Foundation
import XCTest

/// What the README shows is what a newcomer gets: its first lines say what the build needs, and
/// every output it shows (a ```console block: `$ jixiao …` and the lines the command prints) is
/// what the binary prints.
final class ReadmeTests: XCTestCase {
    let readme = (try? Fixtures.text("README.md")) ?? ""

    func testTheFirstLinesNameTheToolchainAndZlib() {
        let lines = readme.components(separatedBy: "\n")
        XCTAssertTrue(lines.prefix(5).contains { $0.hasPrefix("swift run jixiao score samples/") }, "the first command")
        XCTAssertTrue(lines.prefix(5).contains("swift test"))
        let opening = lines.prefix(12).joined(separator: "\n")
        XCTAssertTrue(opening.contains("Swift 6.3"), opening)
        XCTAssertTrue(opening.contains("zlib1g-dev"), opening)
        XCTAssertTrue(opening.contains("apt-get install zlib1g-dev"), opening)
    }

    func testEveryShownOutputIsWhatTheBinaryPrints() throws {
        var examples: [(command: String, output: [String])] = []
        var inConsole = false
        for line in readme.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                inConsole = line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ ") {
                examples.append((String(line.dropFirst(2)), []))
            } else if !examples.isEmpty {
                examples[examples.count - 1].output.append(line)
            }
        }
        XCTAssertFalse(examples.isEmpty, "the README shows at least one output")
        for example in examples {
            let words = example.command.split(separator: " ").map(String.init)
            XCTAssertEqual(words.first, "jixiao", example.command)
            let outcome = try CLIRunner.run(Array(words.dropFirst()))
            let printed = (outcome.stdout + outcome.stderr).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(printed.dropLast().joined(separator: "\n"), example.output.joined(separator: "\n"), example.command)
        }
    }
}
