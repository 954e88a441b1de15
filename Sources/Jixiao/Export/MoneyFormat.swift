import Foundation

/// How one document shows money (see `MoneyUnit`): the scaled figure as text or as a cell, and
/// the column heads with the unit in them.
struct MoneyFormat: Hashable, Sendable {
    var unit: MoneyUnit
    var places: Int

    static let yuan = MoneyFormat(unit: .yuan, places: 2)

    /// `8,734,121.00` in 元, `873.4121` in 万元.
    func text(_ value: Decimal) -> String { Rounding.grouped(unit.scaled(value), places: places) }

    /// The exact scaled figure, for a number cell.
    func value(_ value: Decimal) -> Decimal { unit.scaled(value) }

    /// The cell style with this document's decimals.
    func style(bold: Bool = false) -> Worksheet.Style {
        switch (places, bold) {
        case (4, false): return .amount4
        case (4, true): return .boldAmount4
        case (6, false): return .amount6
        case (6, true): return .boldAmount6
        case (_, false): return .amount
        case (_, true): return .boldAmount
        }
    }

    /// `全年预算数（万元）`: a head whose catalog key has `{0}` for the unit.
    func head(_ key: String, _ c: MessageCatalog) -> String { c.label(key, unit.rawValue) }
}
