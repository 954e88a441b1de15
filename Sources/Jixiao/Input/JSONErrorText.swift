import Foundation

/// Turns a `DecodingError` into a line number (when the text says one) and a sentence that
/// names the JSON path and what was expected.
enum JSONErrorText {
    static func describe(_ error: Error, in text: String) -> (line: Int, message: String) {
        guard let decoding = error as? DecodingError else { return (0, "\(error)") }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
            return keys.isEmpty ? "(top level)" : keys.joined()
        }
        switch decoding {
        case .keyNotFound(let key, let context):
            return (0, "\(path(context)): missing key '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            return (0, "\(path(context)): expected \(type)")
        case .valueNotFound(let type, let context):
            return (0, "\(path(context)): expected \(type), found null")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, let problem = JSON5Locator.firstProblem(in: text) {
                return (problem.line, "line \(problem.line), column \(problem.column): expected \(problem.expected), found \(problem.found)")
            }
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                ?? context.debugDescription
            return (lineNumber(in: detail) ?? 0, "\(path(context)): \(detail)")
        @unknown default:
            return (0, "\(error)")
        }
    }

    /// The `line N` a JSON parser error mentions.
    static func lineNumber(in detail: String) -> Int? {
        guard let range = detail.range(of: "line ") else { return nil }
        let digits = detail[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }
}
