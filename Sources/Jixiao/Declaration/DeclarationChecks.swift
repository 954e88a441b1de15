/// The checks that apply to a declaration however it was read (PDF text or JSON): a project
/// without a name or indicators, an indicator without a target, an indicator named twice.
enum DeclarationChecks {
    static func run(_ declaration: Declaration, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func at(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line) }
        for project in declaration.projects {
            if project.name.isEmpty {
                out.append(Diagnostic(.missingField, at: at(project.line), String(project.line), "项目名称")
                    .about(project: project.name))
            }
            if project.indicators.isEmpty {
                out.append(Diagnostic(.emptyProjectTable, at: at(project.line), project.name).about(project: project.name))
            }
            var firstLine: [String: Int] = [:]
            for indicator in project.indicators {
                if indicator.target == nil {
                    out.append(Diagnostic(.missingTarget, at: at(indicator.line), indicator.name, project.name)
                        .about(project: project.name, indicator: indicator.name))
                }
                if let first = firstLine[indicator.name] {
                    out.append(Diagnostic(.repeatedIndicator, at: at(indicator.line), indicator.name, project.name,
                                          String(first)).about(project: project.name, indicator: indicator.name))
                } else {
                    firstLine[indicator.name] = indicator.line
                }
            }
        }
        return out
    }
}
