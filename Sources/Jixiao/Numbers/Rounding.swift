import Foundation

/// Half-up rounding of exact decimals, used only where a figure is shown or stored as a score.
enum Rounding {
    /// Rounds half away from zero to `places` decimals (2.675 → 2.68, -2.675 → -2.68).
    static func halfUp(_ value: Decimal, places: Int = 2) -> Decimal {
        // Already at most `places` decimals: nothing to round (the common case for amounts).
        if value.exponent >= -places || value.isZero { return value }
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    /// Cuts to `places` decimals, toward zero (9.629 → 9.62; 9.6 → 9 at 0 places).
    static func truncated(_ value: Decimal, places: Int) -> Decimal {
        if value.exponent >= -places || value.isZero { return value }
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, value < 0 ? .up : .down)
        return output
    }

    /// The number with exactly `places` decimals and no grouping, e.g. `15.70`.
    static func fixed(_ value: Decimal, places: Int = 2) -> String {
        let rounded = halfUp(value, places: places)
        var text = DecimalText.string(rounded)
        if text == "-0" { text = "0" }
        if places == 0 { return text }
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            text += String(repeating: "0", count: max(0, places - decimals))
        } else {
            text += "." + String(repeating: "0", count: places)
        }
        return text
    }

    /// `fixed` with thousands separators: 8734121 → `8,734,121.00`.
    static func grouped(_ value: Decimal, places: Int = 2) -> String {
        let text = fixed(value, places: places)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer = String(integer.dropLast(3))
        }
        groups.insert(integer, at: 0)
        let joined = groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
        return negative ? "-" + joined : joined
    }
}
