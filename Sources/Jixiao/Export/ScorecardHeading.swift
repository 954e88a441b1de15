/// The year and the 主管部门 a document is titled with, taken from its projects: the one year they
/// share (nil when they differ or none says), and the 主管部门 they name, in form order, joined when
/// there are several. Used for a unit's scorecard and for the commission's roll-up.
struct ScorecardHeading {
    var year: Int?
    var supervisors: [String]

    init(_ scorecard: Scorecard) {
        self.init(years: scorecard.projects.compactMap(\.year), supervisors: scorecard.projects.map(\.supervisor))
    }

    init(years: [Int], supervisors: [String]) {
        let distinct = Set(years)
        year = distinct.count == 1 ? distinct.first : nil
        var seen: [String] = []
        for supervisor in supervisors where !supervisor.isEmpty && !seen.contains(supervisor) { seen.append(supervisor) }
        self.supervisors = seen
    }

    /// `2026年度 上海市公积金管理中心 项目支出绩效自评汇总`, or the title without the year.
    func title(_ pattern: Label, unit: String, _ c: MessageCatalog) -> String {
        guard let year else { return c.label(pattern, unit) }
        return c.label(.yearN, String(year)) + " " + c.label(pattern, unit)
    }

    /// `主管部门：…`, or nil when no project names one.
    func supervisorLine(_ c: MessageCatalog) -> String? {
        supervisors.isEmpty ? nil : c.label(.supervisingDepartmentLine, supervisors.joined(separator: c.label(.listSeparator)))
    }
}
