import XCTest

/// The library's folders depend on each other one way only: a file may use the types of its own
/// folder and of folders below it, never of a folder at its level or above. The order is the
/// README's Layout table (one place, read here): a new folder must be placed there. A type used
/// against the order fails with the file that uses it; so does a member that an extension in a
/// higher folder adds to a lower folder's type, used below that extension's folder.
final class LayeringTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Lowest first, from the README's `| layer | folder | … |` table (`| 0 | `Text/`, `Numbers/` | …`).
    static func layers() throws -> [[String]] {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "\n## Layout\n") else { return [] }
        var layers: [(Int, [String])] = []
        for line in readme[start.upperBound...].split(separator: "\n") {
            if line.hasPrefix("## ") { break }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 3, let level = Int(cells[1]) else { continue }
            let folders = cells[2].matches(of: /`(\w+)\/`/).map { String($0.output.1) }
            layers.append((level, folders))
        }
        return layers.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// A type declaration, with any modifiers and attributes, at the start of a line; group 1 is
    /// the indent (empty at file scope), group 2 the name.
    static let declaration = try! NSRegularExpression(
        pattern: #"^( *)(?:(?:public|package|internal|fileprivate|private|final|indirect|nonisolated(?:\(unsafe\))?|@\w+)\s+)*(?:struct|enum|class|actor|protocol|typealias)\s+([A-Z]\w*)"#,
        options: .anchorsMatchLines)

    /// A member declared directly inside an extension (four spaces in): group 1 its name.
    static let member = try! NSRegularExpression(
        pattern: #"^    (?:(?:public|package|internal|fileprivate|private|static|mutating|nonisolated|final|@\w+(?:\([^)]*\))?)\s+)*(?:func|var|let|case)\s+([a-z_]\w*)"#,
        options: .anchorsMatchLines)

    /// `.name` after a value: group 1 the member's name.
    static let memberUse = try! NSRegularExpression(pattern: #"[\w)\]?!]\.([a-z_]\w*)\b"#)

    func testFoldersDependOneWay() throws {
        let source = Self.root.appendingPathComponent("Sources/Jixiao")
        let layers = try Self.layers()
        XCTAssertGreaterThan(layers.count, 10, "the README's Layout table was not found")
        var rank: [String: Int] = [:]
        for (level, folders) in layers.enumerated() { for folder in folders { rank[folder] = level } }

        // Every Swift file, by folder, with comments and string literals blanked out.
        var files: [(folder: String, name: String, code: String)] = []
        let folders = try FileManager.default.contentsOfDirectory(atPath: source.path).sorted()
        for folder in folders where !folder.hasPrefix(".") {
            XCTAssertNotNil(rank[folder], "Sources/Jixiao/\(folder) is not placed in the README's Layout table")
            for name in try FileManager.default.contentsOfDirectory(atPath: source.appendingPathComponent(folder).path).sorted()
            where name.hasSuffix(".swift") {
                let text = try String(contentsOf: source.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
                files.append((folder, name, Self.codeOnly(text)))
            }
        }
        XCTAssertGreaterThan(files.count, 50, "the sources were not found")

        let (violations, home, nested, members) = Self.check(files, rank: rank)
        XCTAssertEqual(home["Scorecard"], "Rollup", "type declarations were not found")
        XCTAssertGreaterThan(nested, 20, "nested declarations are seen")
        XCTAssertFalse(members.isEmpty, "extension members were not found")
        XCTAssertEqual(violations, [], "folders used against their order")
    }

    /// The uses against the order in `files`, with what was found on the way: each file-scope
    /// type's folder, how many nested declarations there are, and the members extensions add to
    /// other folders' types.
    static func check(_ files: [(folder: String, name: String, code: String)], rank: [String: Int])
        -> (violations: [String], home: [String: String], nested: Int, members: [String: String]) {
        // Where each type is declared: at file scope, whatever its access (a nested type travels
        // with the type around it, and its name may repeat elsewhere: `Result`, `Failure`).
        var home: [String: String] = [:]
        var nested = 0
        for file in files {
            for match in Self.declaration.matches(in: file.code, range: NSRange(file.code.startIndex..., in: file.code)) {
                let indent = file.code[Range(match.range(at: 1), in: file.code)!]
                guard indent.isEmpty else { nested += 1; continue }
                let name = String(file.code[Range(match.range(at: 2), in: file.code)!])
                if home[name] == nil { home[name] = file.folder }
            }
        }

        // Members an extension adds to a type of another folder: `Type.member` → the extension's folder.
        var memberHome: [String: String] = [:]
        let opening = try! NSRegularExpression(pattern: #"^(?:(?:public|package|internal|fileprivate|private)\s+)?extension\s+([A-Z]\w*)"#,
                                              options: .anchorsMatchLines)
        for file in files {
            let code = file.code
            for match in opening.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
                let type = String(code[Range(match.range(at: 1), in: code)!])
                guard let typeHome = home[type], typeHome != file.folder else { continue }
                // The extension's body: up to the next line that is a lone `}`.
                let from = Range(match.range, in: code)!.upperBound
                let end = code[from...].range(of: "\n}")?.lowerBound ?? code.endIndex
                let body = String(code[from..<end])
                for found in Self.member.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                    memberHome[type + "." + String(body[Range(found.range(at: 1), in: body)!])] = file.folder
                }
            }
        }
        // A member reached through a value (`catalog.status(…)`) names no type: when its name is
        // declared nowhere else in the library, `.name` is a use of that extension's member.
        let anyMember = try! NSRegularExpression(pattern: #"\b(?:func|var|let|case)\s+([a-z_]\w*)"#)
        var declaredTimes: [String: Int] = [:]
        for file in files {
            for match in anyMember.matches(in: file.code, range: NSRange(file.code.startIndex..., in: file.code)) {
                declaredTimes[String(file.code[Range(match.range(at: 1), in: file.code)!]), default: 0] += 1
            }
        }
        var uniqueMembers: [String: String] = [:]
        for (qualified, folder) in memberHome {
            let name = String(qualified.split(separator: ".")[1])
            if declaredTimes[name] == 1 { uniqueMembers[name] = folder }
        }

        let identifier = try! NSRegularExpression(pattern: #"\b[A-Z]\w*(?:\.[a-z_]\w*)?\b"#)
        var violations: [String] = []
        for file in files {
            var used = Set<String>()
            for match in identifier.matches(in: file.code, range: NSRange(file.code.startIndex..., in: file.code)) {
                let word = String(file.code[Range(match.range, in: file.code)!])
                used.insert(word)
                if let dot = word.firstIndex(of: ".") { used.insert(String(word[..<dot])) }
            }
            guard let from = rank[file.folder] else { continue }
            for match in Self.memberUse.matches(in: file.code, range: NSRange(file.code.startIndex..., in: file.code)) {
                let name = String(file.code[Range(match.range(at: 1), in: file.code)!])
                guard let other = uniqueMembers[name], other != file.folder, let to = rank[other], to >= from else { continue }
                violations.append("\(file.folder)/\(file.name) uses .\(name) from \(other)")
            }
            for name in used.sorted() {
                let other = name.contains(".") ? memberHome[name] : home[name]
                guard let other, other != file.folder, let to = rank[other] else { continue }
                if to >= from { violations.append("\(file.folder)/\(file.name) uses \(name) from \(other)") }
            }
        }
        return (violations, home, nested, memberHome)
    }

    /// The check finds what it is there to find: a file-scope `private` type, a static member and a
    /// member reached through a value that an extension in a higher folder adds, each used from below.
    func testTheCheckSeesPrivateTypesAndExtensionMembers() {
        let upper = Self.codeOnly("""
            private struct Hidden {}
            nonisolated(unsafe) final class Shared {}
            enum Outer {
                struct Inner {}
            }
            """)
        let top = Self.codeOnly("""
            extension Base {
                static func helper() {}
                var onlyHere: Int { 1 }
            }
            """)
        let lower = Self.codeOnly("""
            enum Base {}
            func use(_ b: Base) {
                _ = Hidden()
                Base.helper()
                _ = b.onlyHere
                _ = Outer.Inner()
            }
            """)
        let files = [(folder: "Low", name: "L.swift", code: lower), (folder: "High", name: "H.swift", code: upper),
                     (folder: "Top", name: "T.swift", code: top)]
        let (violations, home, nested, members) = Self.check(files, rank: ["Low": 0, "High": 1, "Top": 2])
        XCTAssertEqual(home["Hidden"], "High")
        XCTAssertEqual(home["Shared"], "High")
        XCTAssertNil(home["Inner"], "a nested type travels with the type around it")
        XCTAssertEqual(nested, 1)
        XCTAssertEqual(members, ["Base.helper": "Top", "Base.onlyHere": "Top"])
        XCTAssertEqual(violations, ["Low/L.swift uses .helper from Top", "Low/L.swift uses .onlyHere from Top", "Low/L.swift uses Base.helper from Top",
                                    "Low/L.swift uses Hidden from High", "Low/L.swift uses Outer from High"])
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
