import Foundation
import XCTest
@testable import Jixiao

final class ArchiveTests: XCTestCase {
    func testCRC32KnownValues() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([UInt8]()), 0)
    }

    func testZipRoundTripAndDeterminism() throws {
        var random = SystemRandomNumberGenerator()
        let noise = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let entries: [(String, [UInt8])] = [
            ("a.txt", Array(String(repeating: "绩效自评 ", count: 500).utf8)),
            ("empty", []),
            ("dir/noise.bin", noise),
        ]
        var writer = ZipWriter()
        for (name, bytes) in entries { writer.add(name, bytes) }
        let archive = writer.finish()
        var again = ZipWriter()
        for (name, bytes) in entries { again.add(name, bytes) }
        XCTAssertEqual(archive, again.finish(), "same entries, same bytes")

        let reader = try ZipReader(archive)
        XCTAssertEqual(reader.names, entries.map(\.0))
        for (name, bytes) in entries { XCTAssertEqual(try reader.data(name), bytes, name) }
        XCTAssertLessThan(archive.count, 2000 + noise.count, "text is deflated, noise is stored")
    }

    func testDamageIsDetected() throws {
        var writer = ZipWriter()
        writer.add("a.txt", Array(String(repeating: "abc", count: 100).utf8))
        var archive = [UInt8](writer.finish())
        let reader = try ZipReader(Data(archive))
        XCTAssertNoThrow(try reader.data("a.txt"))
        archive[40] ^= 0xFF // inside the deflated body
        let damaged = try ZipReader(Data(archive))
        XCTAssertThrowsError(try damaged.data("a.txt"))
        XCTAssertThrowsError(try reader.data("missing.txt")) { error in
            XCTAssertEqual(error as? ZipReader.Failure, .missingEntry("missing.txt"))
        }
        XCTAssertThrowsError(try ZipReader(Data("not a zip at all, just some text".utf8)))
        XCTAssertThrowsError(try ZipReader(Data()))
    }
}
