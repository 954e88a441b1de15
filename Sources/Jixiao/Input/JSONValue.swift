import Foundation

/// Any JSON (or JSON5) value, decoded without a schema, so that a reader can walk it and name
/// the exact key that is wrong or unknown. Numbers are kept as exact decimals.
indirect enum JSONValue: Hashable, Sendable, Decodable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Decimal.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// A short description for messages: the value, or its kind for arrays and objects.
    var shortDescription: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .number(let value): return "\(value)"
        case .string(let value): return "\"\(value)\""
        case .array: return Wording(.typeList).argument
        case .object: return Wording(.typeObject).argument
        }
    }
}
