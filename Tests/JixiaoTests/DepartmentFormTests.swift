import Foundation
import XCTest
@testable import Jixiao

/// The 部门整体支出绩效目标申报表 in the PDF text, beside the project forms of the same file
/// (samples/department-2026).
final class DepartmentFormTests: XCTestCase {
    let path = "samples/department-2026/declaration.txt"

    func testTheSampleReadsBothKindsOfForm() throws {
        let loaded = DeclarationLoader.load(path: Fixtures.path(path))
        XCTAssertFalse(loaded.diagnostics.contains { $0.severity == .error }, "\(loaded.diagnostics.map { $0.message(in: .en) })")
        let form = try XCTUnwrap(loaded.department)
        XCTAssertEqual(form.name, "示例区文化和旅游局（虚构）")
        XCTAssertEqual(form.year, 2026)
        XCTAssertEqual(form.line, 3)
        XCTAssertEqual(form.money.filter { $0.kind == .source }.map(\.label), ["一般公共预算", "政府性基金", "其他资金"])
        XCTAssertEqual(form.money.filter { $0.kind == .spending }.map(\.label), ["基本支出", "项目支出"])
        XCTAssertEqual(form.totalMoney.declared, 10_500_000)
        XCTAssertEqual(form.totalMoney.adjusted, 11_000_000)
        XCTAssertEqual(form.spending("项目支出")?.adjusted, 5_000_000)
        XCTAssertEqual(form.tasks.map(\.name), ["公共文化服务", "文物保护", "旅游市场监管"])
        XCTAssertEqual(form.tasks.first?.budget, 2_000_000)
        XCTAssertEqual(form.tasks.first?.content, "举办群众文化活动，组织送戏下乡")
        XCTAssertTrue(form.goal.hasPrefix("完成公共文化服务"))
        XCTAssertEqual(form.rows.count, 9)
        let first = try XCTUnwrap(form.rows.first)
        XCTAssertEqual(first.declared?.text, "≥120(场)")
        XCTAssertEqual(first.adjusted?.text, "≥100(场)")
        XCTAssertEqual(first.target?.value, 100, "scored against the adjusted target")
        XCTAssertEqual(form.rows[1].adjusted, nil, "— is no adjustment")
        XCTAssertEqual(form.rows.map(\.points), Array(repeating: Decimal(10), count: 9))
        XCTAssertEqual(form.rows.filter(\.core).map(\.name), ["群众文化活动场次", "文物保护单位修缮数量", "旅游市场检查次数", "群众满意度"])
        XCTAssertEqual(Set(form.rows.map(\.category)), ["产出指标", "效益指标", "满意度指标"])
        XCTAssertEqual(form.rows.first { $0.name == "公共文化服务体系" }?.target?.kind, .qualitative)
        // The project form after it is read as before, its lines untouched by the department's.
        let projects = loaded.declaration.projects
        XCTAssertEqual(projects.map(\.name), ["文物保护修缮"])
        XCTAssertEqual(projects[0].indicators.count, 7)
        XCTAssertEqual(projects[0].line, 30)
    }

    /// The same forms kept as a workbook (a row per line, a cell per tab): the department's form and
    /// the project's read as from the text, findings at cells; the form alone is a declaration too.
    func testTheFormsAsAWorkbook() throws {
        let text = try Fixtures.text(path)
        var sheet = Worksheet(name: "申报表")
        for (row, line) in text.components(separatedBy: "\n").enumerated() {
            for (column, cell) in line.components(separatedBy: "\t").enumerated() where !cell.isEmpty { sheet.text(row, column, cell, .text) }
        }
        let data = WorkbookWriter.xlsx([sheet], title: "t", subject: "s")
        let fromWorkbook = DeclarationLoader.load(data: data, file: "d.xlsx")
        let fromText = DeclarationLoader.load(path: Fixtures.path(path))
        XCTAssertFalse(fromWorkbook.diagnostics.contains { $0.severity == .error }, "\(fromWorkbook.diagnostics.map { $0.message(in: .en) })")
        XCTAssertEqual(fromWorkbook.department, fromText.department.map { form in var f = form; f.line = form.line; return f })
        XCTAssertEqual(fromWorkbook.declaration.projects.map(\.name), ["文物保护修缮"])
        XCTAssertEqual(fromWorkbook.declaration.projects.first?.indicators.count, 7)
        // The department's form alone.
        let alone = text.components(separatedBy: "\n").prefix(28).joined(separator: "\n")
        let only = DeclarationLoader.load(text: alone, file: "d.txt")
        XCTAssertTrue(only.isUsable)
        XCTAssertNotNil(only.department)
        XCTAssertFalse(only.diagnostics.contains { $0.code == .noForm }, "a department's form alone is a form")
    }

    /// The same form as a flat list (samples/department-2026/department-list.csv), in a CSV and on a
    /// workbook sheet: every line of it as the text has it; a bad amount is an error at its cell.
    func testTheFormAsAList() throws {
        let text = try XCTUnwrap(DeclarationLoader.load(path: Fixtures.path(path)).department)
        func same(_ list: DepartmentForm, _ context: String) {
            XCTAssertEqual(list.name, text.name, context)
            XCTAssertEqual(list.money, text.money, context)
            XCTAssertEqual(list.tasks.map { "\($0.name) \($0.content) \($0.budget ?? -1)" }, text.tasks.map { "\($0.name) \($0.content) \($0.budget ?? -1)" }, context)
            XCTAssertEqual(list.goal, text.goal, context)
            XCTAssertEqual(list.rows.map { "\($0.category)/\($0.subcategory)/\($0.name) \($0.declared?.text ?? "-") \($0.adjusted?.text ?? "-") \($0.points ?? -1) \($0.core)" },
                           text.rows.map { "\($0.category)/\($0.subcategory)/\($0.name) \($0.declared?.text ?? "-") \($0.adjusted?.text ?? "-") \($0.points ?? -1) \($0.core)" },
                           context)
        }
        let csv = DeclarationLoader.load(path: Fixtures.path("samples/department-2026/department-list.csv"))
        XCTAssertTrue(csv.diagnostics.isEmpty, "\(csv.diagnostics.map { $0.message(in: .en) })")
        XCTAssertTrue(csv.isUsable)
        same(try XCTUnwrap(csv.department), "csv")
        // On a workbook sheet.
        let lines = try Fixtures.text("samples/department-2026/department-list.csv").components(separatedBy: "\n")
        var sheet = Worksheet(name: "部门")
        for (row, line) in lines.enumerated() {
            for (column, field) in (CSVReader.read(line).records.first?.fields ?? []).enumerated() where !field.isEmpty { sheet.text(row, column, field, .text) }
        }
        let workbook = DeclarationLoader.load(data: WorkbookWriter.xlsx([sheet], title: "t", subject: "s"), file: "d.xlsx")
        same(try XCTUnwrap(workbook.department), "xlsx")
        // A hurried hand: an amount that is not one.
        let bad = lines.joined(separator: "\n").replacingOccurrences(of: "\"9,400,000.00\"", with: "九百四十万")
        let loaded = DeclarationLoader.load(text: bad, file: "d.csv")
        let error = try XCTUnwrap(loaded.diagnostics.first { $0.code == .listBadNumber })
        XCTAssertEqual(error.location.cell, "F2")
        XCTAssertEqual(error.arguments, ["九百四十万", "调整后预算数"])
    }

    /// import keeps the department's form: the JSON holds it beside the projects and reads back to
    /// the same form; the form alone imports as its own list (CSV, XLSX) that reads back the same;
    /// beside project forms a list cannot hold it, and says so (JX123).
    func testImportKeepsTheForm() throws {
        let folder = try Fixtures.temporaryFolder()
        let original = try XCTUnwrap(DeclarationLoader.load(path: Fixtures.path(path)).department)
        let json = folder.appendingPathComponent("d.json").path
        XCTAssertEqual(try CLIRunner.run(["import", path, "-o", json]).status, 0)
        let back = DeclarationLoader.load(path: json)
        XCTAssertEqual(back.department, original)
        XCTAssertEqual(back.declaration.projectCount, 1)
        for format in ["csv", "xlsx"] {
            let list = folder.appendingPathComponent("alone.\(format)").path
            XCTAssertEqual(try CLIRunner.run(["import", "samples/department-2026/department-list.csv", "-o", list]).status, 0, format)
            let read = try XCTUnwrap(DeclarationLoader.load(path: list).department, format)
            XCTAssertEqual(read.money, original.money, format)
            XCTAssertEqual(read.rows.map { "\($0.name) \($0.declared?.text ?? "") \($0.adjusted?.text ?? "") \($0.core)" },
                           original.rows.map { "\($0.name) \($0.declared?.text ?? "") \($0.adjusted?.text ?? "") \($0.core)" }, format)
            XCTAssertEqual(read.tasks.map(\.name), original.tasks.map(\.name), format)
        }
        let both = try CLIRunner.run(["import", path, "--format", "csv"])
        XCTAssertTrue(both.stderr.contains("[JX123]"), both.stderr)
    }

    /// A money line whose amount is not one is an error on its line; its label is not taken from the
    /// bad cell, and the line keeps the amount that was readable.
    func testAnAmountThatIsNotOne() throws {
        let text = try Fixtures.text(path).replacingOccurrences(of: "\t其他资金\t500,000.00\t600,000.00", with: "\t其他资金\t五十万\t600,000.00")
        let loaded = DeclarationLoader.load(text: text, file: "d.txt")
        let error = try XCTUnwrap(loaded.diagnostics.first { $0.code == .listBadNumber })
        XCTAssertEqual(error.arguments, ["五十万", "年初预算数"])
        XCTAssertEqual(error.location.line, 9)
        XCTAssertEqual(loaded.department?.money.first { $0.label == "其他资金" }?.adjusted, 600_000)
        XCTAssertFalse(loaded.department?.money.contains { $0.label == "五十万" } ?? true)
    }

    /// Both targets in one cell; a 万元 block; the unit's name under another label.
    func testOtherSpellings() throws {
        let text = """
        部门整体支出绩效目标申报表
        (2025 年度)
        (区)级预算单位名称\t示例单位
        年度预算（万元）\t资金来源\t年初预算数\t调整后预算数
        \t当年财政拨款\t900\t940
        \t上年结转\t100
        年度总体目标
        \t保障运转，完成年度任务。
        \t一级指标\t二级指标\t三级指标\t指标值\t分值\t核心指标
        绩效指标\t产出指标\t数量指标\t检查次数\t年初：≥200(次)；调整后：≥180(次)\t50\t★
        \t满意度指标\t满意度\t群众满意度\t≥90%\t50
        """
        let (form, diagnostics) = DepartmentFormReader.read(text.components(separatedBy: "\n"), firstLine: 1, file: "d.txt")
        XCTAssertTrue(diagnostics.isEmpty, "\(diagnostics.map { $0.message(in: .en) })")
        XCTAssertEqual(form.name, "示例单位")
        XCTAssertEqual(form.money.map(\.declared), [9_000_000, 1_000_000])
        XCTAssertEqual(form.money.map(\.adjusted), [9_400_000, 1_000_000], "one amount: not adjusted")
        XCTAssertEqual(form.totalMoney.adjusted, 10_400_000)
        XCTAssertEqual(form.goal, "保障运转，完成年度任务。")
        XCTAssertEqual(form.rows.map(\.name), ["检查次数", "群众满意度"])
        XCTAssertEqual(form.rows[0].declared?.value, 200)
        XCTAssertEqual(form.rows[0].adjusted?.value, 180)
        XCTAssertEqual(form.rows.map(\.core), [true, false])
        XCTAssertEqual(form.rows.map(\.points), [50, 50])
        XCTAssertEqual(form.rows[1].subcategory, "服务对象满意度指标")
    }
}
