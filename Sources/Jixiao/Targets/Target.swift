import Foundation

/// 年度指标值: the target an indicator declares, parsed, with the text kept verbatim beside it.
///
/// A quantitative target has an operator, a value (and an upper bound for a range) and a unit
/// spelling; a qualitative target (及时, 有效提升, 平均每两周一次 …) has only its text.
struct Target: Hashable, Sendable, Codable {
    enum Kind: String, Sendable, Codable {
        case quantitative
        case qualitative
    }

    /// The target exactly as printed (after the importer's wrap repair).
    var text: String

    /// The target as the documents show it: a number target without the white space a PDF export
    /// leaves inside it (`≤30.00(元/m ²)` → `≤30.00(元/m²)`); a qualitative one as written.
    var shownText: String { kind == .quantitative ? PrintedText.compact(text) : text }
    var kind: Kind
    var `operator`: TargetOperator?
    var value: Decimal?
    /// The upper bound of a range; nil otherwise.
    var upper: Decimal?
    /// The unit as written after width folding and white-space removal (`元/m²`); nil for a bare number.
    var unit: String?
    /// True when no operator was written (`43.2`, `90%`): `operator` is then `=`, and the rule file
    /// says what the scorer assumes (`quantitative.bareNumber`).
    var assumed = false

    init(text: String, kind: Kind, operator: TargetOperator? = nil, value: Decimal? = nil,
                upper: Decimal? = nil, unit: String? = nil) {
        self.text = text
        self.kind = kind
        self.operator = `operator`
        self.value = value
        self.upper = upper
        self.unit = unit
    }

    /// A qualitative target holding `text`.
    static func qualitative(_ text: String) -> Target {
        Target(text: text, kind: .qualitative)
    }

    /// The unit looked up in the unit table, or nil for a bare number or a qualitative target.
    var parsedUnit: MeasureUnit? { unit.flatMap(MeasureUnit.init) }

    enum CodingKeys: String, CodingKey {
        case text, kind, `operator`, value, upper, unit, assumed
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        kind = try c.decode(Kind.self, forKey: .kind)
        `operator` = try c.decodeIfPresent(TargetOperator.self, forKey: .operator)
        value = try c.decodeIfPresent(Decimal.self, forKey: .value)
        upper = try c.decodeIfPresent(Decimal.self, forKey: .upper)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        assumed = try c.decodeIfPresent(Bool.self, forKey: .assumed) ?? false
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        // Explicit nulls keep every indicator's JSON the same shape.
        try c.encode(`operator`, forKey: .operator)
        try c.encode(value, forKey: .value)
        try c.encode(upper, forKey: .upper)
        try c.encode(unit, forKey: .unit)
        if assumed { try c.encode(true, forKey: .assumed) }
    }
}
