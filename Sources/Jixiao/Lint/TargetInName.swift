/// A target written into an indicator's name with an empty target cell (`资金支付完成率100%`,
/// `道路建设长度≥300米`): the name's longest tail that reads as a quantitative target in a known unit
/// (or none, or %), and the name before it.
enum TargetInName {
    static func split(_ name: String) -> (name: String, target: String)? {
        let scalars = Array(PrintedText.compact(PrintedText.foldWidth(name)).unicodeScalars)
        for start in 1..<max(scalars.count, 1) {
            let c = scalars[start]
            let before = scalars[start - 1]
            let startsTarget = "≥≤<>=≧≦".unicodeScalars.contains(c)
                || (DecimalLiteral.isDigit(c) && !DecimalLiteral.isDigit(before) && before != "." && !"≥≤<>=≧≦".unicodeScalars.contains(before))
            guard startsTarget else { continue }
            var tail = String.UnicodeScalarView()
            tail.append(contentsOf: scalars[start...])
            let parsed = TargetParser.parse(String(tail))
            guard parsed.problem == nil, parsed.target.kind == .quantitative,
                  parsed.target.unit.map({ MeasureUnit($0)?.isKnown ?? false }) ?? true else { continue }
            var head = String.UnicodeScalarView()
            head.append(contentsOf: scalars[..<start])
            return (String(head), String(tail))
        }
        return nil
    }
}
