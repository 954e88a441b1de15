/// 项目: one 绩效目标申报表 — a funded project with its money, goal and indicator table.
public struct Project: Hashable, Sendable, Codable {
    /// 项目名称.
    public var name: String
    /// 项目性质, e.g. 其他一次性项目.
    public var nature: String
    /// 项目类别, e.g. 特定目标类.
    public var category: String
    /// 主管部门: the supervising department.
    public var supervisor: String
    /// 实施单位: the implementing budget unit.
    public var unit: String
    /// 计划开始日期 as printed (YYYY-MM-DD in the forms seen).
    public var startDate: String
    /// 计划完成日期 as printed.
    public var endDate: String
    public var funds: Funds
    /// 年度总体目标, with `<p>` tags dropped.
    public var goal: String
    public var indicators: [Indicator]
    /// The line of the form's title.
    public var line: Int
    /// The year in the form's `(2026 年度)` line, when printed.
    public var year: Int?

    public init(name: String = "", nature: String = "", category: String = "", supervisor: String = "",
                unit: String = "", startDate: String = "", endDate: String = "", funds: Funds = Funds(),
                goal: String = "", indicators: [Indicator] = [], line: Int = 0, year: Int? = nil) {
        self.name = name
        self.nature = nature
        self.category = category
        self.supervisor = supervisor
        self.unit = unit
        self.startDate = startDate
        self.endDate = endDate
        self.funds = funds
        self.goal = goal
        self.indicators = indicators
        self.line = line
        self.year = year
    }
}
