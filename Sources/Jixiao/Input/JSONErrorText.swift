import Foundation

/// Turns a `DecodingError` into a line number (when one can be found) and a wording (`Wording`,
/// said in the message's language) that names the JSON path and what was expected.
enum JSONErrorText {
    static func describe(_ error: Error, in text: String) -> (line: Int, message: String) {
        guard let decoding = error as? DecodingError else { return (0, Wording(.jsonInvalid, Wording(.jsonTopLevel).argument).argument) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
            return keys.isEmpty ? Wording(.jsonTopLevel).argument : keys.joined()
        }
        switch decoding {
        case .keyNotFound(let key, let context):
            return (0, Wording(.jsonMissingKey, path(context), Wording(.jsonFoundCharacter, key.stringValue).argument).argument)
        case .typeMismatch(let type, let context):
            return (0, Wording(.jsonExpected, path(context), expected(type)).argument)
        case .valueNotFound(let type, let context):
            return (0, Wording(.jsonExpectedNotNull, path(context), expected(type)).argument)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, let problem = JSON5Locator.firstProblem(in: text) {
                return (problem.line, Wording(.jsonAt, String(problem.line), String(problem.column), problem.expected.argument,
                                              problem.found.argument).argument)
            }
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                ?? context.debugDescription
            return (lineNumber(in: detail) ?? 0, Wording(.jsonInvalid, path(context)).argument)
        @unknown default:
            return (0, Wording(.jsonInvalid, Wording(.jsonTopLevel).argument).argument)
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

    /// The `line N` a JSON parser error mentions.
    static func lineNumber(in detail: String) -> Int? {
        guard let range = detail.range(of: "line ") else { return nil }
        let digits = detail[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }
}
