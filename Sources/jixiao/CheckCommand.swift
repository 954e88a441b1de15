import Jixiao

/// `jixiao check DECLARATION`: the diagnostics of a declaration and a one-line summary.
enum CheckCommand {
    static func run(_ invocation: Invocation, console: Console) -> ExitStatus {
        let path = invocation.positionals[0]
        let loaded = DeclarationLoader.load(path: path)
        console.report(loaded.diagnostics)
        let errors = loaded.diagnostics.filter { $0.severity == .error }.count
        let warnings = loaded.diagnostics.count - errors
        let projects = loaded.declaration.projects.count
        let indicators = loaded.declaration.indicatorCount
        console.out(console.language == .zh
            ? "\(path)：\(projects) 个项目，\(indicators) 个指标；\(errors) 个错误，\(warnings) 个警告\n"
            : "\(path): \(projects) projects, \(indicators) indicators; \(errors) errors, \(warnings) warnings\n")
        return errors > 0 ? .inputError : .success
    }
}
