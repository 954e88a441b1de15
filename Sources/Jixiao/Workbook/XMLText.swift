/// Escaping for XML text and attribute values; characters XML 1.0 does not allow are dropped
/// (the same bytes `XMLBuffer.escaped` appends).
enum XMLText {
    static func escape(_ text: String) -> String {
        var buffer = XMLBuffer(capacity: text.utf8.count + 8)
        buffer.escaped(text)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }
}
