/// How urgently a reviewer should look at an audit finding (审核, 自评失真 checks): red — re-check
/// first; yellow — look at. Set per check in the rule file's `audit` section.
public enum AuditLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case red
    case yellow

    public static func < (lhs: AuditLevel, rhs: AuditLevel) -> Bool { lhs == .red && rhs == .yellow }
}
