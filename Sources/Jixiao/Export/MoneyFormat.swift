import Foundation

/// How one document shows money (see `MoneyUnit`): the shown figure as text or as a cell, totals
/// as the sum of the shown figures, and the column heads with the unit in them.
struct MoneyFormat: Hashable, Sendable {
    var unit: MoneyUnit

    static let yuan = MoneyFormat(unit: .yuan)

    /// The figure as shown: 元 as they are (to the 分); 万元 rounded half-up to 0.01 万元
    /// (8,734,121.00 元 → 873.41).
    func value(_ yuan: Decimal) -> Decimal {
        unit == .yuan ? yuan : Rounding.halfUp(yuan * Decimal(sign: .plus, exponent: -4, significand: 1), places: 2)
    }

    /// `8,734,121.00` in 元, `873.41` in 万元.
    func text(_ yuan: Decimal) -> String { Rounding.grouped(value(yuan), places: 2) }

    /// A total as the sum of the shown figures of its parts (in 元 that is the exact total).
    func sum(_ parts: [Decimal]) -> Decimal { parts.reduce(0) { $0 + value($1) } }

    func style(bold: Bool = false) -> Worksheet.Style { bold ? .boldAmount : .amount }

    /// `全年预算数（万元）`: a head whose catalog key has `{0}` for the unit.
    func head(_ key: Label, _ c: MessageCatalog) -> String { c.label(key, unit.rawValue) }

    /// The note a 万元 document carries under its title; nil in 元.
    func note(_ c: MessageCatalog) -> String? {
        unit == .yuan ? nil : c.label(.moneyInEachFigure)
    }
}
