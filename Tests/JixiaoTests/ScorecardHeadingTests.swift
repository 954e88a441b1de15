import XCTest
@testable import Jixiao

/// Document titles name the year the projects share and their 主管部门.
final class ScorecardHeadingTests: XCTestCase {
    func testYearAndSupervisorsFromTheProjects() throws {
        let card = try XCTUnwrap(Assessment.score(declarationPath: Fixtures.path("samples/shanghai-hpf-2026/declaration.txt"),
                                                  actualsPath: Fixtures.path("samples/shanghai-hpf-2026/actuals.csv"), rules: nil).0)
        let zh = MessageCatalog.for(.zh)
        var heading = ScorecardHeading(card)
        XCTAssertEqual(heading.title(.scorecardTitle, unit: card.unit.name, zh), "2026年度 上海市公积金管理中心 项目支出绩效自评汇总")
        XCTAssertEqual(heading.supervisorLine(zh), "主管部门：上海市住房和城乡建设管理委员会")

        var mixed = card
        mixed.projects[0].year = 2025
        mixed.projects[1].supervisor = "上海市财政局"
        heading = ScorecardHeading(mixed)
        XCTAssertNil(heading.year, "projects of different years give no year in the title")
        XCTAssertEqual(heading.title(.scorecardTitle, unit: card.unit.name, zh), "上海市公积金管理中心 项目支出绩效自评汇总")
        XCTAssertEqual(heading.supervisorLine(MessageCatalog.for(.en)),
                       "Supervising department: 上海市住房和城乡建设管理委员会, 上海市财政局")
    }

    func testTheRollupIsTitledWithTheYearAndTheSupervisingDepartment() {
        var summary = CommissionSummary(score: 0, grade: "", budget: 0, spent: 0, executionRate: nil, rules: [], units: [],
                                        projects: [], grades: [:], cutoffs: [], belowFull: [],
                                        years: [2026], supervisors: ["上海市住房和城乡建设管理委员会"])
        XCTAssertEqual(CommissionTable.title(summary, MessageCatalog.for(.zh)), "2026年度 上海市住房和城乡建设管理委员会 绩效自评汇总")
        summary.years = [2025, 2026]
        summary.supervisors = []
        XCTAssertEqual(CommissionTable.title(summary, MessageCatalog.for(.zh)), "主管部门绩效自评汇总")
    }
}
