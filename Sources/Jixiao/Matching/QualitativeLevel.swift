/// 达成 / 部分达成 / 未达成: the levels of a qualitative indicator (财预〔2020〕10号).
enum QualitativeLevel: String, Hashable, Sendable, Codable, CaseIterable {
    case met = "达成"
    case partial = "部分达成"
    case unmet = "未达成"
}
