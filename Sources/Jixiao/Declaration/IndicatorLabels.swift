/// The 一级/二级指标 labels a declaration table prints, and which 一级 each 二级 belongs to.
/// Labels are compared after white-space removal, so `满意度指 标` is 满意度指标.
public enum IndicatorLabels {
    /// 一级指标 (categories), in the order the official forms list them.
    public static let categories = ["成本指标", "产出指标", "效益指标", "满意度指标"]

    /// 二级指标 → its 一级指标.
    public static let categoryOfSubcategory: [String: String] = [
        "经济成本指标": "成本指标", "社会成本指标": "成本指标", "生态环境成本指标": "成本指标",
        "数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标",
        "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标",
        "可持续影响指标": "效益指标",
        "服务对象满意度指标": "满意度指标",
    ]

    /// The label over the whole indicator block, printed in the left-most merged cell.
    public static let tableLabel = "绩效指标"

    /// True for a 一级 or 二级 label or the table label (compared without white space).
    public static func isLabel(_ compact: String) -> Bool {
        compact == tableLabel || categories.contains(compact) || categoryOfSubcategory[compact] != nil
    }
}
