import CZlib
import Foundation

/// Raw DEFLATE (RFC 1951, no zlib header), as ZIP entries use it, through the system zlib.
enum Deflate {
    enum Failure: Error, Equatable {
        /// The compressed data is not valid DEFLATE.
        case corrupt
        /// The data would inflate past the limit the caller set.
        case tooLarge(limit: Int)
    }

    /// Compresses at `level` (1 fastest … 9 smallest; zlib's default is 6); the same input, level
    /// and zlib give the same bytes.
    static func compress(_ data: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 16)
        var input = data
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                _ = deflate(&stream, Z_FINISH)
                return outBuf.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<produced])
    }

    /// Inflates raw DEFLATE data, refusing to produce more than `limit` bytes.
    static func decompress(_ data: [UInt8], expectedSize: Int, limit: Int) -> Result<[UInt8], Failure> {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .failure(.corrupt)
        }
        defer { inflateEnd(&stream) }
        var input = data
        var output: [UInt8] = []
        output.reserveCapacity(min(max(expectedSize, 1024), limit))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var exceeded = false
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = uInt(inBuf.count)
            while true {
                let (code, produced) = chunk.withUnsafeMutableBufferPointer { outBuf -> (Int32, Int) in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    let code = inflate(&stream, Z_NO_FLUSH)
                    return (code, outBuf.count - Int(stream.avail_out))
                }
                if output.count + produced > limit {
                    exceeded = true
                    return false
                }
                output.append(contentsOf: chunk[0..<produced])
                if code == Z_STREAM_END { return true }
                if code != Z_OK || (produced == 0 && stream.avail_in == 0) { return false }
            }
        }
        if ok { return .success(output) }
        return .failure(exceeded ? .tooLarge(limit: limit) : .corrupt)
    }
}
