/// 项目: one 绩效目标申报表 — a funded project with its money, goal and indicator table.
struct Project: Hashable, Sendable, Codable {
    /// 项目名称.
    var name: String
    /// 项目性质, e.g. 其他一次性项目.
    var nature: String
    /// 项目类别, e.g. 特定目标类.
    var category: String
    /// 主管部门: the supervising department.
    var supervisor: String
    /// 实施单位: the implementing budget unit.
    var unit: String
    /// 计划开始日期 as printed (YYYY-MM-DD in the forms seen).
    var startDate: String
    /// 计划完成日期 as printed.
    var endDate: String
    var funds: Funds
    /// 年度总体目标, with `<p>` tags dropped.
    var goal: String
    var indicators: [Indicator]
    /// The line of the form's title.
    var line: Int
    /// The year in the form's `(2026 年度)` line, when printed.
    var year: Int?

    init(name: String = "", nature: String = "", category: String = "", supervisor: String = "",
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
