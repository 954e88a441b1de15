import Foundation
import XCTest
@testable import Jixiao

/// The bundled sample: 11 projects of 上海市公积金管理中心 for 2026, read from the PDF text export.
final class SeedDeclarationTests: XCTestCase {
    static let loaded = DeclarationLoader.load(path: Fixtures.seedDeclaration)
    var declaration: Declaration { Self.loaded.declaration }

    func testCounts() {
        XCTAssertEqual(declaration.projects.count, 11)
        XCTAssertEqual(declaration.indicatorCount, 174)
        XCTAssertEqual(declaration.projects.map(\.indicators.count), [21, 15, 10, 9, 20, 13, 8, 11, 25, 9, 33])
    }

    func testFundsAddUp() {
        let total = declaration.projects.reduce(Decimal(0)) { $0 + $1.funds.total }
        XCTAssertEqual(total, Decimal(string: "53305800.00"))
        for project in declaration.projects {
            let f = project.funds
            XCTAssertEqual(f.fiscal + f.carryover + f.other, f.total, project.name)
        }
        let ops = declaration.projects.first { $0.name == "信息化运维项目" }!
        XCTAssertEqual(ops.funds, Funds(total: 9_148_423, fiscal: 8_378_695, carryover: 0, other: 769_728))
    }

    func testHeaderFields() {
        let second = declaration.projects[1]
        XCTAssertEqual(second.name, "各区服务网点租赁费物业费", "wrap space between CJK removed")
        XCTAssertEqual(second.nature, "其他一次性项目")
        XCTAssertEqual(second.category, "特定目标类")
        XCTAssertEqual(second.supervisor, "上海市住房和城乡建设管理委员会")
        XCTAssertEqual(second.unit, "上海市公积金管理中心")
        XCTAssertEqual(second.startDate, "2026-01-01")
        XCTAssertEqual(second.endDate, "2026-12-31")
        XCTAssertEqual(second.year, 2026)
        XCTAssertEqual(declaration.title, "上海市公积金管理中心 2026 年度项目绩效目标汇总表")
    }

    func testGoalDropsParagraphTags() {
        let last = declaration.projects[10]
        XCTAssertTrue(last.goal.hasPrefix("1.住房公积金网上直联业务运行"), last.goal)
        XCTAssertFalse(declaration.projects.contains { $0.goal.contains("<p>") || $0.goal.isEmpty })
    }

    func testLabelsOfMergedCellsCarryDown() {
        let first = declaration.projects[0]
        let row = first.indicators.first { $0.name == "设备更换购置完成率" }!
        XCTAssertEqual(row.category, "产出指标")
        XCTAssertEqual(row.subcategory, "数量指标")
        let complaints = declaration.projects[1].indicators.first { $0.name == "员工对办公环境投诉" }!
        XCTAssertEqual(complaints.category, "满意度指标", "rows without a label belong to the group above")
        XCTAssertEqual(complaints.subcategory, "服务对象满意度指标", "满意度指 标 is joined")
    }

    func testNameContinuedAfterPageBreak() {
        let row = declaration.projects[4].indicators.first { $0.name.hasPrefix("办事群众对服务大厅环境整洁度") }!
        XCTAssertEqual(row.name, "办事群众对服务大厅环境整洁度有效投诉量")
        XCTAssertEqual(row.target?.text, "<5.00(件)")
        XCTAssertEqual(row.line, 140)
    }

    func testNamesWithBracketsDigitsAndSlashes() {
        let names = Set(declaration.projects.flatMap { $0.indicators.map(\.name) })
        for name in ["安全保障工作每日(工作日)覆盖时长", "在线帮办1分钟内响应率", "微博/微信推送内容相关率",
                     "17 个网点服务大厅保洁费实际支出", "缴存客户对营业场所设置便捷性与整洁性的有效投诉"] {
            XCTAssertTrue(names.contains(name), name)
        }
    }

    func testTargetsAsPrinted() {
        let all = declaration.projects.flatMap(\.indicators)
        let byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byName["每月物业费成本"]?.target?.text, "≤30.00(元/m ²)")
        XCTAssertEqual(byName["每月物业费成本"]?.target?.unit, "元/m²")
        XCTAssertEqual(byName["短视频日常更新发布频率"]?.target, .qualitative("平均每两周一次"))
        XCTAssertEqual(byName["巡检频次"]?.target?.unit, "次/月")
        XCTAssertEqual(all.filter { $0.target?.kind == .quantitative }.count, 120)
        XCTAssertEqual(all.filter { $0.target?.kind == .qualitative }.count, 52)
        XCTAssertEqual(all.filter { $0.target == nil }.count, 2)
    }

    func testDiagnostics() {
        let found = Self.loaded.diagnostics.sortedForOutput().map { "\($0.location.line) \($0.code.rawValue) \($0.arguments[0])" }
        XCTAssertEqual(found, [
            "81 JX102 网点巡检覆盖数",
            "271 JX102 公务车购置数量",
            "277 JX103 公务用车调度机制健全性",
        ])
        XCTAssertFalse(Self.loaded.diagnostics.hasErrors)
    }

    /// Every non-blank line is consumed into the model or named in a diagnostic.
    func testNothingLost() throws {
        let text = try String(contentsOfFile: Fixtures.seedDeclaration, encoding: .utf8)
        let lines = DeclarationText.lines(of: text)
        let reported = Set(Self.loaded.diagnostics.map(\.location.line))
        var lost: [Int] = []
        for (index, line) in lines.enumerated() where !DeclarationText.isBlank(line) {
            if !Self.loaded.consumedLines.contains(index + 1) && !reported.contains(index + 1) { lost.append(index + 1) }
        }
        XCTAssertEqual(lost, [])
        XCTAssertEqual(Self.loaded.consumedLines.count, lines.filter { !DeclarationText.isBlank($0) }.count)
    }

    /// A line the reader cannot place is reported, not dropped.
    func testUnplaceableLineIsReported() {
        let text = "标题\n多余的一行\n财政项目支出绩效目标申报表\n项目名称\t测试\n莫名其妙的内容\n一级指标\t二级指标\t三级指标\t指标值\n"
            + "产出指标\t数量指标\t完成率\t=100(%)\t多余\n"
        let result = DeclarationScanner.read(Array(text.utf8), file: "t.txt")
        let codes = result.diagnostics.sortedForOutput().map { "\($0.location.line) \($0.code.rawValue)" }
        XCTAssertEqual(codes, ["2 JX104", "5 JX104", "7 JX107"])
        XCTAssertEqual(result.declaration.projects.first?.indicators.first?.target?.text, "多余",
                       "the last cell is taken as the target and the extra cell is reported")
    }

    func testJSONRoundTrip() throws {
        let document = DeclarationDocument(declaration: declaration, diagnostics: Self.loaded.diagnostics, language: .en)
        let data = document.encoded()
        let again = DeclarationLoader.load(data: data, file: "seed.json")
        XCTAssertEqual(again.declaration, declaration)
        let secondData = DeclarationDocument(declaration: again.declaration, diagnostics: again.diagnostics, language: .en)
        XCTAssertEqual(secondData.projects, document.projects)
        XCTAssertEqual(again.diagnostics.map(\.code), Self.loaded.diagnostics.sortedForOutput().map(\.code),
                       "the JSON form is checked the same way")
    }

    func testBadJSONNamesThePath() {
        let loaded = DeclarationLoader.load(data: Data(#"{"projects": [{"name": 3}]}"#.utf8), file: "bad.json")
        XCTAssertEqual(loaded.diagnostics.map(\.code), [.declarationJSON])
        XCTAssertTrue(loaded.diagnostics[0].arguments[0].contains("projects"), loaded.diagnostics[0].arguments[0])
        let broken = DeclarationLoader.load(data: Data("{\n\"projects\": [\n".utf8), file: "broken.json")
        XCTAssertEqual(broken.diagnostics.map(\.code), [.declarationJSON])
    }

    func testNoFormAndNotText() {
        let empty = DeclarationLoader.load(data: Data("just a note\n".utf8), file: "note.txt")
        XCTAssertEqual(empty.diagnostics.map(\.code), [.noForm])
        let binary = DeclarationLoader.load(data: Data([0x41, 0xFF, 0xFE, 0x00, 0x81]), file: "bin")
        XCTAssertEqual(binary.diagnostics.map(\.code), [.notText])
        XCTAssertEqual(binary.diagnostics.first?.arguments, ["0xFF", "1", "2"], "the byte, its line and column")
        XCTAssertEqual(binary.diagnostics.first?.location, SourceLocation(file: "bin", line: 1, column: 2))
    }

    func testGB18030AndBOMAndCRLines() throws {
        let text = try String(contentsOfFile: Fixtures.seedDeclaration, encoding: .utf8)
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        var bom = Data([0xEF, 0xBB, 0xBF])
        bom.append(Data(crlf.utf8))
        XCTAssertEqual(DeclarationLoader.load(data: bom, file: "bom.txt").declaration, declaration)
        let crOnly = text.replacingOccurrences(of: "\n", with: "\r")
        XCTAssertEqual(DeclarationLoader.load(data: Data(crOnly.utf8), file: "cr.txt").declaration, declaration)
        let gb = try XCTUnwrap(text.data(using: String.Encoding(rawValue: 0x80000632)) ?? iconvGB18030(text))
        XCTAssertEqual(DeclarationLoader.load(data: gb, file: "gb.txt").declaration, declaration)
    }

    private func iconvGB18030(_ text: String) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
