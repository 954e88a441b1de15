/// The formats a command writes. Each command lists its own (`CommandSpec.formats`, the first the
/// default), and from that one list come the `--format` choices, the help text and the format an
/// `-o` file's extension asks for.
enum OutputFormat: String, CaseIterable {
    case table, text, json, csv, xlsx, html

    /// The format an output file's extension names (`.xlsx`, `.html`/`.htm`, `.csv`, `.json`, in any
    /// letter case); nil for any other name, which keeps the command's default.
    static func named(byExtensionOf path: String?) -> OutputFormat? {
        guard let path, path != "-", let dot = path.lastIndex(of: "."),
              !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "xlsx": return .xlsx
        case "html", "htm": return .html
        case "csv": return .csv
        case "json": return .json
        default: return nil
        }
    }

}
