import Foundation

/// Writes a ZIP archive (PKWARE APPNOTE 6.3, no ZIP64) with deflated entries, in the order they
/// were added, every entry stamped 1980-01-01 00:00: the same entries give the same bytes.
struct ZipWriter {
    struct Entry {
        var name: [UInt8]
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var offset: Int
        var method: UInt16
    }

    /// A file ready to be added: named, checked and compressed. Making one touches nothing shared,
    /// so several can be made at once on different threads.
    struct Prepared: Sendable {
        var name: [UInt8]
        var crc: UInt32
        var size: Int
        var method: UInt16
        var body: [UInt8]

        /// The file, deflated at `level` unless that would not make it smaller.
        init(_ path: String, _ data: [UInt8], level: Int32 = 6) {
            let compressed = Deflate.compress(data, level: level)
            let useDeflate = !compressed.isEmpty && compressed.count < data.count
            name = Array(path.utf8)
            crc = CRC32.checksum(data)
            size = data.count
            method = useDeflate ? 8 : 0
            body = useDeflate ? compressed : data
        }
    }

    private var output: [UInt8] = []
    private var entries: [Entry] = []
    /// The DEFLATE level for `add(_:_:)`.
    var level: Int32

    init(level: Int32 = 6) {
        self.level = level
    }

    /// Adds a file; it is deflated unless that would not make it smaller.
    mutating func add(_ path: String, _ data: [UInt8]) {
        add(Prepared(path, data, level: level))
    }

    /// Adds a file prepared beforehand.
    mutating func add(_ file: Prepared) {
        let name = file.name
        let body = file.body
        let entry = Entry(name: name, crc: file.crc, compressedSize: body.count, size: file.size,
                          offset: output.count, method: file.method)
        // Local file header.
        append32(0x0403_4B50)
        append16(20)                 // version needed: 2.0
        append16(0x0800)             // flags: names are UTF-8
        append16(entry.method)
        append16(0)                  // time 00:00
        append16(0x0021)             // date 1980-01-01
        append32(entry.crc)
        append32(UInt32(entry.compressedSize))
        append32(UInt32(entry.size))
        append16(UInt16(name.count))
        append16(0)
        output += name
        output += body
        entries.append(entry)
    }

    mutating func add(_ path: String, text: String) { add(path, Array(text.utf8)) }

    /// The finished archive: entries, central directory, end record.
    func finish() -> Data {
        var copy = self
        let directoryStart = copy.output.count
        for entry in entries {
            copy.append32(0x0201_4B50)
            copy.append16(0x0314)        // made by: UNIX, 2.0
            copy.append16(20)
            copy.append16(0x0800)
            copy.append16(entry.method)
            copy.append16(0)
            copy.append16(0x0021)
            copy.append32(entry.crc)
            copy.append32(UInt32(entry.compressedSize))
            copy.append32(UInt32(entry.size))
            copy.append16(UInt16(entry.name.count))
            copy.append16(0)             // extra
            copy.append16(0)             // comment
            copy.append16(0)             // disk
            copy.append16(0)             // internal attributes
            copy.append32(0o100644 << 16) // external attributes: a regular file, rw-r--r--
            copy.append32(UInt32(entry.offset))
            copy.output += entry.name
        }
        let directorySize = copy.output.count - directoryStart
        copy.append32(0x0605_4B50)
        copy.append16(0)
        copy.append16(0)
        copy.append16(UInt16(entries.count))
        copy.append16(UInt16(entries.count))
        copy.append32(UInt32(directorySize))
        copy.append32(UInt32(directoryStart))
        copy.append16(0)
        return Data(copy.output)
    }

    private mutating func append16(_ value: UInt16) {
        output.append(UInt8(value & 0xFF))
        output.append(UInt8(value >> 8))
    }

    private mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { output.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
