import Foundation

/// Reads JSON (or JSON5) into a `Decodable` type with every failure placed: the text is checked
/// first (`JSON5Locator`: syntax, keys given twice, numbers out of range), then decoded, and a
/// decoding error (a missing key, a type that does not fit) is placed at the value it concerns. The
/// wording (`Wording`, said in the message's language) names the JSON path and what was expected,
/// in words, never a Swift type.
enum JSONErrorText {
    /// Where a JSON input went wrong and what to say about it.
    struct Failure: Error {
        var line: Int
        var column: Int?
        var message: String
    }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], json5: Bool) -> Result<T, Failure> {
        // Foundation's JSON5 reader stops the process on some bytes that are not UTF-8: they are
        // refused here first, at their place.
        if let offset = bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalid) {
            let (line, column) = JSON5Locator.place(of: offset, in: bytes)
            let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
            return .failure(Failure(line: line, column: column,
                                    message: Wording(.jsonExpectedFound, Wording(.jsonUTF8).argument,
                                                     Wording(.jsonFoundByte, byte).argument).argument))
        }
        if let problem = JSON5Locator.firstProblem(in: bytes, json5: json5) {
            return .failure(Failure(line: problem.line, column: problem.column,
                                    message: Wording(.jsonExpectedFound, problem.expected.argument, problem.found.argument).argument))
        }
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = json5
        do {
            return .success(try decoder.decode(T.self, from: Data(bytes)))
        } catch {
            return .failure(describe(error, in: bytes, json5: json5))
        }
    }

    static func describe(_ error: Error, in bytes: [UInt8], json5: Bool) -> Failure {
        guard let decoding = error as? DecodingError else {
            return Failure(line: 0, message: Wording(.jsonInvalid, Wording(.jsonTopLevel).argument).argument)
        }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
            return keys.isEmpty ? Wording(.jsonTopLevel).argument : keys.joined()
        }
        /// The failure at the value the coding path leads to (or the top of the file).
        func placed(_ context: DecodingError.Context, _ message: String) -> Failure {
            let steps = context.codingPath.map { key in key.intValue.map(JSON5Locator.Step.index) ?? .key(key.stringValue) }
            let place = JSON5Locator.place(of: steps, in: bytes, json5: json5)
            return Failure(line: place?.line ?? 0, column: place?.column, message: message)
        }
        switch decoding {
        case .keyNotFound(let key, let context):
            return placed(context, Wording(.jsonMissingKey, path(context), Wording(.jsonFoundCharacter, key.stringValue).argument).argument)
        case .typeMismatch(let type, let context):
            return placed(context, Wording(.jsonExpected, path(context), expected(type)).argument)
        case .valueNotFound(let type, let context):
            return placed(context, Wording(.jsonExpectedNotNull, path(context), expected(type)).argument)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, let problem = JSON5Locator.firstProblem(in: bytes, json5: json5) {
                return Failure(line: problem.line, column: problem.column,
                               message: Wording(.jsonExpectedFound, problem.expected.argument, problem.found.argument).argument)
            }
            return placed(context, Wording(.jsonInvalid, path(context)).argument)
        @unknown default:
            return Failure(line: 0, message: Wording(.jsonInvalid, Wording(.jsonTopLevel).argument).argument)
        }
    }

    /// What a Swift type the decoder wanted stands for, in words: a number, a text, a list …
    static func expected(_ type: Any.Type) -> String {
        let name = String(describing: type)
        let phrase: Phrase
        switch name {
        case "Decimal", "Double", "Float": phrase = .typeNumber
        case "Int", "Int32", "Int64", "UInt", "UInt32", "UInt64": phrase = .typeWholeNumber
        case "String": phrase = .typeText
        case "Bool": phrase = .typeTrueFalse
        default:
            if name.hasPrefix("Array") || name.hasPrefix("[") { phrase = .typeList }
            else if name.hasPrefix("Dictionary") || name.contains(":") { phrase = .typeObject }
            else { phrase = .typeValue }
        }
        return Wording(phrase).argument
    }
}
