/// Sheet names as Excel requires them: at most 31 characters, none of `\ / ? * [ ] :`, not
/// empty, not beginning or ending with `'`, and unique ignoring case (a repeat gets `(2)`, `(3)` …).
enum SheetNames {
    /// `Sheet1`, or `'My sheet'` when the name needs quoting, as spreadsheet formulas write it.
    static func quoted(_ sheet: String) -> String {
        sheet.unicodeScalars.contains(where: { $0 == " " || $0 == "'" || $0 == "!" || $0 == "-" })
            ? "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'" : sheet
    }

    static func unique(_ wanted: [String]) -> [String] {
        var used: Set<String> = []
        return wanted.map { raw in
            var base = String(raw.map { "\\/?*[]:".contains($0) ? "_" : $0 })
            while base.hasPrefix("'") { base.removeFirst() }
            while base.hasSuffix("'") { base.removeLast() }
            if base.isEmpty { base = "Sheet" }
            var name = String(base.prefix(31))
            var counter = 2
            while used.contains(name.lowercased()) {
                let suffix = "(\(counter))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                counter += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }
}
