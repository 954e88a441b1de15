import Foundation
import XCTest
@testable import Jixiao

/// The streaming writer must give JSONEncoder's bytes (pretty, sorted keys, slashes unescaped).
final class JSONOutputTests: XCTestCase {
    struct Sample: Encodable {
        var a: [Int] = []
        var b: String = "quote \" backslash \\ slash / newline \n tab \t bell \u{7} nul \u{0} 中文 é"
        var c: Decimal = Decimal(string: "-0.05")!
        var d: [String: Int] = [:]
        var e: [[Int]] = [[1, 2], []]
        var f: String? = nil
        var g: Bool = false

        enum CodingKeys: String, CodingKey { case a, b, c, d, e, f, g }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(a, forKey: .a)
            try container.encode(b, forKey: .b)
            try container.encode(c, forKey: .c)
            try container.encode(d, forKey: .d)
            try container.encode(e, forKey: .e)
            try container.encode(f, forKey: .f)
            try container.encode(g, forKey: .g)
        }
    }

    func testSameBytesAsJSONEncoder() throws {
        let sample = Sample()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(sample)

        let out = JSONOutput()
        out.beginObject()
        out.key("a"); out.beginArray(); out.endArray()
        out.member("b", sample.b)
        out.member("c", sample.c)
        out.key("d"); out.beginObject(); out.endObject()
        out.key("e"); out.beginArray()
        out.element(); out.beginArray(); out.element(); out.number(1); out.element(); out.number(2); out.endArray()
        out.element(); out.beginArray(); out.endArray()
        out.endArray()
        out.memberOrNull("f", sample.f)
        out.member("g", sample.g)
        out.endObject()
        XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), String(decoding: expected, as: UTF8.self))
    }

    /// Elements written in chunks on several threads and spliced (`ScorecardJSON.elements`, used for
    /// projects and diagnostics) give the encoder's bytes too, for arrays below and above the
    /// size where the work is split, and for one written in many waves (20,000 items: 39 chunks).
    func testElementsWrittenInParallelGiveTheSameBytes() throws {
        struct Item: Encodable, Sendable {
            var n: Int
            var s: String
        }
        struct Wrapper: Encodable {
            var items: [Item]
            var z: Bool
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for count in [0, 1, 64, 65, 1_000, 20_000] {
            let items = (0..<count).map { Item(n: $0, s: "行 \($0) \"q\"") }
            let expected = try encoder.encode(Wrapper(items: items, z: true))
            let out = JSONOutput()
            out.beginObject()
            out.key("items")
            out.beginArray()
            ScorecardJSON.elements(items, into: out, bytesEach: 8) { item, fragment in
                fragment.element()
                fragment.beginObject()
                fragment.member("n", item.n)
                fragment.member("s", item.s)
                fragment.endObject()
            }
            out.endArray()
            out.member("z", true)
            out.endObject()
            XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), String(decoding: expected, as: UTF8.self), "\(count) items")
        }
    }

    /// Streamed (`ScorecardJSON.stream`, what `score --format json` writes), the scorecard comes out
    /// in pieces that add up to the bytes of `encode`; the buffer is drained rather than grown, so
    /// no piece but a spliced fragment is larger than the writer's buffer.
    func testStreamedScorecardIsTheSameBytesInPieces() throws {
        let sample = Fixtures.path("samples/shanghai-hpf-2026")
        let (card, _) = Assessment.score(declarationPath: sample + "/declaration.txt", actualsPath: sample + "/actuals.csv", rules: nil)
        let scorecard = try XCTUnwrap(card)
        // Many copies of the projects, so that the projects are written in several waves.
        var large = scorecard
        large.projects = Array(repeating: scorecard.projects, count: 30).flatMap { $0 }
        for (name, card) in [("sample", scorecard), ("330 projects", large)] {
            var streamed = Data()
            var pieces = 0
            ScorecardJSON.stream(card, language: .zh, to: { bytes in
                streamed.append(contentsOf: bytes)
                pieces += 1
            })
            XCTAssertEqual(streamed, ScorecardJSON.encode(card, language: .zh), name)
            if card.projects.count > 64 { XCTAssertGreaterThan(pieces, 2, name) }
        }
    }

    /// Integers are written digit by digit into the buffer, as `String(value)` would print them.
    func testIntegersAsTheEncoderWritesThem() {
        for value in [0, 7, -7, 10, 265, 1_048_576, -1_000_000_000, Int.max, Int.min] {
            let out = JSONOutput(capacity: 8)
            out.number(value)
            XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), String(value))
        }
    }
}
