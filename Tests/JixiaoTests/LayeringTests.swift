import XCTest

/// The library's folders depend on each other one way only: a file may use the types of its own
/// folder and of folders below it in `layers`, never of a folder at its level or above. A new
/// folder must be placed here; a type used against the order fails with the file that uses it.
final class LayeringTests: XCTestCase {
    /// Lowest first. Text and Numbers are leaves; Diagnostics uses only them.
    static let layers: [[String]] = [
        ["Text", "Numbers"],
        ["Diagnostics"],
        ["Archive", "Output"],
        ["Input"],
        ["Workbook"],
        ["Targets"],
        ["Declaration"],
        ["Actuals"],
        ["Matching"],
        ["Scoring"],
        ["Lint", "Rollup"],
        ["Monitoring", "Verification", "Comparison"],
        ["Export"],
        ["Pipeline"],
    ]

    func testFoldersDependOneWay() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Jixiao")
        var rank: [String: Int] = [:]
        for (level, folders) in Self.layers.enumerated() { for folder in folders { rank[folder] = level } }

        // Every Swift file, by folder, with comments and string literals blanked out.
        var files: [(folder: String, name: String, code: String)] = []
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        for folder in folders where !folder.hasPrefix(".") {
            XCTAssertNotNil(rank[folder], "Sources/Jixiao/\(folder) is not placed in LayeringTests.layers")
            for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
            where name.hasSuffix(".swift") {
                let text = try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
                files.append((folder, name, Self.codeOnly(text)))
            }
        }
        XCTAssertGreaterThan(files.count, 50, "the sources were not found")

        // Where each type is declared.
        var home: [String: String] = [:]
        let declaration = try NSRegularExpression(pattern: #"^(?:public |final |indirect )*(?:struct|enum|class|protocol|typealias) ([A-Z]\w*)"#,
                                                  options: .anchorsMatchLines)
        for file in files {
            let range = NSRange(file.code.startIndex..., in: file.code)
            for match in declaration.matches(in: file.code, range: range) {
                let name = String(file.code[Range(match.range(at: 1), in: file.code)!])
                if home[name] == nil { home[name] = file.folder }
            }
        }
        XCTAssertEqual(home["Scorecard"], "Rollup", "type declarations were not found")

        let identifier = try NSRegularExpression(pattern: #"\b[A-Z]\w*\b"#)
        var violations: [String] = []
        for file in files {
            let range = NSRange(file.code.startIndex..., in: file.code)
            var used = Set<String>()
            for match in identifier.matches(in: file.code, range: range) {
                used.insert(String(file.code[Range(match.range, in: file.code)!]))
            }
            for name in used.sorted() {
                guard let other = home[name], other != file.folder, let from = rank[file.folder], let to = rank[other] else { continue }
                if to >= from { violations.append("\(file.folder)/\(file.name) uses \(name) from \(other)") }
            }
        }
        XCTAssertEqual(violations, [], "folders used against their order")
    }

    /// The text with `//` comments and string literals replaced by nothing, so that a type named in
    /// a comment or a message is not a use.
    static func codeOnly(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var kept = ""
            var inString = false
            var previous: Character = " "
            var iterator = line.makeIterator()
            while let character = iterator.next() {
                if inString {
                    if character == "\"" && previous != "\\" { inString = false }
                    previous = character == "\\" && previous == "\\" ? " " : character
                    continue
                }
                if character == "/" && previous == "/" {
                    kept.removeLast()
                    break
                }
                if character == "\"" { inString = true }
                kept.append(character)
                previous = character
            }
            out += kept + "\n"
        }
        return out
    }
}
