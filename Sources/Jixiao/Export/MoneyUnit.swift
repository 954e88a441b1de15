/// The unit the hand-in documents (XLSX and HTML, of `score` and `rollup`) show money in:
/// 元 (the default, to the 分, exact) or 万元 as many filled forms do (`--money 万元`). In 万元
/// each figure is rounded half-up to 0.01 万元 where it is shown, and a total is the sum of the
/// figures shown above it (the usual 尾差 rule), so that the shown rows add up to the shown
/// total; the document says so in a note. The table, CSV and JSON outputs always carry 元.
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

    var format: MoneyFormat { MoneyFormat(unit: self) }
}
