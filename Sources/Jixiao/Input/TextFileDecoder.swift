import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decodes the bytes of a text file: UTF-8 (with or without BOM), else GB18030 — what Excel and WPS
/// on a Chinese Windows save. Line ends (CRLF, CR, LF) are left to the caller.
enum TextFileDecoder {
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
    }

    enum Failure: Error, Equatable {
        /// Neither UTF-8 nor GB18030: the first byte that is not UTF-8, its offset (after a BOM),
        /// and its 1-based line and column (in characters).
        case notText(offset: Int, line: Int, column: Int, byte: UInt8)
    }

    /// The diagnostic for a file that is not text: at the line and column of the first bad byte.
    static func diagnostic(_ failure: Failure, file: String) -> Diagnostic {
        switch failure {
        case .notText(_, let line, let column, let byte):
            return Diagnostic(.notText, at: SourceLocation(file: file, line: line, column: column),
                              "0x" + String(byte, radix: 16, uppercase: true), String(line), String(column))
        }
    }

    /// The text and the encoding it was found in.
    static func decode(_ data: Data) -> Result<(String, Encoding), Failure> {
        // Validated straight from the data, without a copy: inputs can be large.
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if let text = String(validating: body, as: UTF8.self) { return .success((text, .utf8)) }
        let bytes = [UInt8](body)
        if let text = gb18030(bytes) { return .success((text, .gb18030)) }
        let offset = firstInvalidUTF8Offset(bytes)
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return .failure(.notText(offset: offset, line: line, column: column, byte: offset < bytes.count ? bytes[offset] : 0))
    }

    /// The bytes as UTF-8 (a BOM dropped, GB18030 converted) and the encoding they were found in:
    /// the readers' form of `decode`, without a `String` of the whole file.
    static func utf8(_ data: [UInt8]) -> Result<([UInt8], Encoding), Failure> {
        let hasBOM = data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF
        let invalid = data.withUnsafeBufferPointer { all in
            UTF8Validation.firstInvalid(UnsafeBufferPointer(rebasing: all[(hasBOM ? 3 : 0)...]))
        }
        if invalid == nil { return .success((hasBOM ? Array(data[3...]) : data, .utf8)) }
        let body = hasBOM ? Array(data[3...]) : data
        if let converted = gb18030Bytes(body) { return .success((converted, .gb18030)) }
        return decode(Data(data)).map { ($0.0.utf8.map { $0 }, $0.1) }
    }

    /// GB18030 through the C library's iconv; nil when the bytes are not valid GB18030.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        gb18030Bytes(bytes).flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// GB18030 bytes as UTF-8 bytes through iconv; nil when they are not valid GB18030.
    static func gb18030Bytes(_ bytes: [UInt8]) -> [UInt8]? {
        let cd = iconv_open("UTF-8", "GB18030")
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 && inLeft == 0
            }
        }
        guard ok else { return nil }
        let produced = output[0..<(output.count - outLeft)].map { UInt8(bitPattern: $0) }
        let valid = produced.withUnsafeBufferPointer { UTF8Validation.firstInvalid($0) == nil }
        return valid ? produced : nil
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.count { return i }
            if String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
            i += length
        }
        return i
    }
}
