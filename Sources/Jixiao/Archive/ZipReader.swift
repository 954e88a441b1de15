import Foundation

/// Reads a ZIP archive through its central directory: entry names, and each entry's bytes
/// (stored or deflated), with the CRC checked. Refuses archives that would inflate past a limit.
struct ZipReader {
    enum Failure: Error, Equatable {
        /// Not a ZIP archive, or its directory is damaged; the wording says what was found.
        case notZip(Wording)
        case missingEntry(String)
        case unsupportedMethod(String, UInt16)
        case corrupt(String)
        case tooLarge(String, limit: Int)
    }

    struct Entry {
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localOffset: Int
    }

    /// Largest total size an entry may inflate to (an XLSX sheet of 256 MiB is far beyond any form).
    static let entryLimit = 256 * 1024 * 1024

    let bytes: [UInt8]
    var entries: [String: Entry] = [:]
    /// Entry names in directory order.
    private(set) var names: [String] = []

    /// True when the data starts like a ZIP archive (`PK\u{3}\u{4}`).
    static func looksLikeZip(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    init(_ data: Data) throws(Failure) {
        bytes = [UInt8](data)
        guard bytes.count >= 22 else { throw .notZip(Wording(.archiveTooShort, String(bytes.count))) }
        var end = -1
        var i = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while i >= lowest {
            if u32(i) == 0x0605_4B50 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { throw .notZip(Wording(.archiveNoEnd)) }
        let count = Int(u16(end + 10))
        var offset = Int(u32(end + 16))
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4B50 else { throw .notZip(Wording(.archiveDamagedDirectory)) }
            let nameLength = Int(u16(offset + 28))
            let extraLength = Int(u16(offset + 30))
            let commentLength = Int(u16(offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { throw .notZip(Wording(.archiveDamagedDirectory)) }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(method: u16(offset + 10), crc: u32(offset + 16), compressedSize: Int(u32(offset + 20)),
                                  size: Int(u32(offset + 24)), localOffset: Int(u32(offset + 42)))
            names.append(name)
            offset += 46 + nameLength + extraLength + commentLength
        }
    }

    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The bytes of entry `name`.
    func data(_ name: String) throws(Failure) -> [UInt8] {
        guard let entry = entries[name] else { throw .missingEntry(name) }
        let local = entry.localOffset
        guard local + 30 <= bytes.count, u32(local) == 0x0403_4B50 else { throw .corrupt(name) }
        let start = local + 30 + Int(u16(local + 26)) + Int(u16(local + 28))
        guard start + entry.compressedSize <= bytes.count, entry.size <= Self.entryLimit else {
            throw entry.size > Self.entryLimit ? .tooLarge(name, limit: Self.entryLimit) : .corrupt(name)
        }
        let body = Array(bytes[start..<(start + entry.compressedSize)])
        let result: [UInt8]
        switch entry.method {
        case 0:
            result = body
        case 8:
            switch Deflate.decompress(body, expectedSize: entry.size, limit: Self.entryLimit) {
            case .success(let data): result = data
            case .failure(.tooLarge): throw .tooLarge(name, limit: Self.entryLimit)
            case .failure(.corrupt): throw .corrupt(name)
            }
        default:
            throw .unsupportedMethod(name, entry.method)
        }
        guard CRC32.checksum(result) == entry.crc else { throw .corrupt(name) }
        return result
    }

    private func u16(_ i: Int) -> UInt16 { UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 }
    private func u32(_ i: Int) -> UInt32 {
        UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
    }
}
