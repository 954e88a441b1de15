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
                                          Wording.line(first).argument).about(project: project.name, indicator: indicator.name))
                } else {
                    firstLine[indicator.name] = indicator.line
                }
            }
        }
        return out
    }

    /// The same checks on the data path's table.
    static func run(_ table: DeclarationTable, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func at(_ line: Int32) -> SourceLocation { SourceLocation(file: file, line: Int(line)) }
        table.text.withAllBytes { bytes in
            for project in table.projects {
                let name = table.string(project.name)
                if project.name.isEmpty {
                    out.append(Diagnostic(.missingField, at: at(project.line), String(project.line), "项目名称").about(project: name))
                }
                if project.indicatorCount == 0 {
                    out.append(Diagnostic(.emptyProjectTable, at: at(project.line), name).about(project: name))
                }
                var firstLine: [SpanKey: Int32] = [:]
                for index in project.indicatorRange {
                    let indicator = table.indicators[index]
                    if indicator.target < 0 {
                        let indicatorName = table.string(indicator.name)
                        out.append(Diagnostic(.missingTarget, at: at(indicator.line), indicatorName, name)
                            .about(project: name, indicator: indicatorName))
                    }
                    let key = SpanKey(bytes(indicator.name))
                    if let first = firstLine[key] {
                        let indicatorName = table.string(indicator.name)
                        out.append(Diagnostic(.repeatedIndicator, at: at(indicator.line), indicatorName, name,
                                              Wording.line(Int(first)).argument)
                            .about(project: name, indicator: indicatorName))
                    } else {
                        firstLine[key] = indicator.line
                    }
                }
            }
        }
        return out
    }
}
