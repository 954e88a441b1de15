import Foundation

/// The canonical JSON form of a declaration (`jixiao import`): the model and the diagnostics
/// found while reading it. Reading this JSON back gives the same declaration.
///
/// Line numbers (`line` on projects, indicators and diagnostics) refer to the original text
/// export, so a JSON made from the text still points into it.
public struct DeclarationDocument: Sendable, Codable {
    public var title: String?
    var projects: [Project]
    var diagnostics: [DiagnosticRecord]?
    /// The 部门整体支出绩效目标申报表 the declaration holds, if any (absent otherwise).
    public var department: DepartmentForm?

    public init(declaration: Declaration, diagnostics: [Diagnostic], language: Language, department: DepartmentForm? = nil) {
        title = declaration.title
        projects = declaration.projects
        self.department = department
        self.diagnostics = diagnostics.sortedForOutput().map { DiagnosticRecord($0, language: language) }
    }

    public var declaration: Declaration { Declaration(title: title, projects: projects) }

    /// Pretty-printed JSON with sorted keys: the same declaration always gives the same bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }
}
