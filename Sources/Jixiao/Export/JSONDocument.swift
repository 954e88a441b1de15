import Foundation

/// A result and the run's diagnostics as one JSON object, `{"<key>": …, "diagnostics": […]}`,
/// pretty-printed with sorted keys (the same input, the same bytes) and a final line end: the
/// shape of the `rollup`, `monitor`, `verify` and `compare` JSON.
enum JSONDocument {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct Document<Value: Encodable>: Encodable {
        var key: String
        var value: Value
        var diagnostics: [DiagnosticRecord]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(value, forKey: Key(key))
            try container.encode(diagnostics, forKey: Key("diagnostics"))
        }
    }

    static func encode<Value: Encodable>(_ value: Value, as key: String, diagnostics: [Diagnostic], language: Language) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let records = diagnostics.sortedForOutput().map { DiagnosticRecord($0, language: language) }
        // Encoding plain values cannot fail.
        var data = (try? encoder.encode(Document(key: key, value: value, diagnostics: records))) ?? Data()
        data.append(0x0A)
        return data
    }
}
