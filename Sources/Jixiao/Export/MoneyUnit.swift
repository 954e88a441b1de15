import Foundation

/// The unit the hand-in documents (XLSX and HTML, of `score` and `rollup`) show money in:
/// 元 (the default) or 万元, as many filled forms do (`--money 万元`). The figures stay exact:
/// in 万元 they are shown to 2 decimals when every figure of the document is a whole hundred 元,
/// else to 4 (whole 元) or 6 (to the 分), so that nothing is rounded away and the shown parts
/// still add up to the shown totals. The table, CSV and JSON outputs always carry 元.
public enum MoneyUnit: String, Sendable, CaseIterable {
    case yuan = "元"
    case wanYuan = "万元"

    /// The unit as `--money` takes it: `元`/`yuan` or `万元`/`wan`.
    public init?(argument: String) {
        switch argument.jixiaoTrimmed.lowercased() {
        case "元", "yuan": self = .yuan
        case "万元", "wan", "wanyuan": self = .wanYuan
        default: return nil
        }
    }

    /// The shown figures of one document: the unit and the decimals every figure gets.
    func format(for values: [Decimal]) -> MoneyFormat {
        guard self == .wanYuan else { return MoneyFormat(unit: self, places: 2) }
        let places = [2, 4].first { places in values.allSatisfy { Self.isWhole(scaled($0), places: places) } } ?? 6
        return MoneyFormat(unit: self, places: places)
    }

    /// The amount in this unit, exactly (a 万元 is 10 000 元; the scale is a power of ten).
    func scaled(_ value: Decimal) -> Decimal {
        self == .yuan ? value : value * Decimal(sign: .plus, exponent: -4, significand: 1)
    }

    private static func isWhole(_ value: Decimal, places: Int) -> Bool {
        Rounding.halfUp(value, places: places) == value
    }
}
