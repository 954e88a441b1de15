/// 绩效目标申报表 of one unit: the projects it declared, in the order of the file.
public struct Declaration: Hashable, Sendable, Codable {
    /// The document's own title line, if it had one (e.g. …年度项目绩效目标汇总表).
    public var title: String?
    var projects: [Project]

    init(title: String? = nil, projects: [Project] = []) {
        self.title = title
        self.projects = projects
    }

    public var projectCount: Int { projects.count }

    /// All indicators of all projects, in file order.
    public var indicatorCount: Int { projects.reduce(0) { $0 + $1.indicators.count } }
}
