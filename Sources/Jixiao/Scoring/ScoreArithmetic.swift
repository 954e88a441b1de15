/// How the row scorer turns W·A/T into a rounded score: exactly in 128-bit integers (what jixiao
/// uses), or in Foundation `Decimal` (the scorer as it was first written, kept as the oracle that
/// `ScoreArithmeticTests` and the fuzz target compare the integers against).
enum ScoreArithmetic: Hashable, Sendable {
    case integers
    case decimal
}
