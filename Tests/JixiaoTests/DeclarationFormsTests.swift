import Foundation
import XCTest
@testable import Jixiao

/// The declaration where users keep it: the PDF text, the form as a workbook, and the flat
/// indicator list as XLSX or CSV all read to the same model (apart from locations). The bundled
/// samples are made from the seed here, and compared with the files in `samples/` (re-record with
/// `JIXIAO_RECORD_GOLDEN=1 swift test`).
final class DeclarationFormsTests: XCTestCase {
    static let folder = "samples/shanghai-hpf-2026/"

    /// The model with every location set to 0, for comparing inputs of different shapes.
    static func located(nowhere declaration: Declaration) -> Declaration {
        var copy = declaration
        for p in copy.projects.indices {
            copy.projects[p].line = 0
            for i in copy.projects[p].indicators.indices { copy.projects[p].indicators[i].line = 0 }
        }
        return copy
    }

    private func sample(_ name: String, made data: Data) throws {
        let url = Fixtures.root.appendingPathComponent(Self.folder + name)
        if ProcessInfo.processInfo.environment["JIXIAO_RECORD_GOLDEN"] != nil {
            try data.write(to: url)
        }
        XCTAssertEqual(try Data(contentsOf: url), data, "\(name) is made from the seed; re-record on purpose")
    }

    func testTheSamplesAreMadeFromTheSeed() throws {
        let text = try Fixtures.text(Self.folder + "declaration.txt")
        try sample("declaration-form.xlsx", made: FormWorkbookFixture.workbook(fromText: text))
        let seed = DeclarationLoader.load(path: Fixtures.path(Self.folder + "declaration.txt")).declaration
        try sample("declaration-list.xlsx", made: DeclarationList.xlsx(seed))
        try sample("declaration-list.csv", made: DeclarationList.csv(seed))
    }

    func testEveryFormReadsToTheSameModel() throws {
        let text = DeclarationLoader.load(path: Fixtures.path(Self.folder + "declaration.txt"))
        XCTAssertEqual(text.declaration.projects.count, 11)
        XCTAssertEqual(text.declaration.indicatorCount, 174)
        XCTAssertEqual(text.declaration.projects.reduce(Decimal(0)) { $0 + $1.funds.total }, Decimal(string: "53305800.00"))
        let expected = Self.located(nowhere: text.declaration)
        for name in ["declaration-form.xlsx", "declaration-list.xlsx", "declaration-list.csv"] {
            let loaded = DeclarationLoader.load(path: Fixtures.path(Self.folder + name))
            XCTAssertEqual(Self.located(nowhere: loaded.declaration), expected, name)
            XCTAssertEqual(loaded.diagnostics.map(\.code), text.diagnostics.map(\.code), "\(name): the same findings")
            XCTAssertFalse(loaded.diagnostics.hasErrors, name)
        }
        // The same declaration gives the same JSON from every form (apart from the lines).
        let json = DeclarationDocument(declaration: expected, diagnostics: [], language: .zh).encoded()
        let fromList = DeclarationDocument(declaration: Self.located(nowhere: DeclarationLoader.load(
            path: Fixtures.path(Self.folder + "declaration-list.csv")).declaration), diagnostics: [], language: .zh).encoded()
        XCTAssertEqual(json, fromList)
    }

    func testFindingsPointAtTheCell() throws {
        let form = DeclarationLoader.load(path: Fixtures.path(Self.folder + "declaration-form.xlsx"))
        let missing = try XCTUnwrap(form.diagnostics.first { $0.code == .missingTarget })
        XCTAssertEqual(missing.location.description, Fixtures.path(Self.folder + "declaration-form.xlsx") + ":表3!D14")
        let list = DeclarationLoader.load(path: Fixtures.path(Self.folder + "declaration-list.xlsx"))
        XCTAssertEqual(list.diagnostics.first { $0.code == .missingTarget }?.location.cell, "指标清单!A40")
        // A finding of a later stage (lint) is turned into the cell too.
        let check = try CLIRunner.run(["check", Self.folder + "declaration-form.xlsx"])
        XCTAssertTrue((check.stdout + check.stderr).contains("declaration-form.xlsx:表2!A13: warning: project '各区服务网点租赁费物业费': 1 cost ceiling"), check.stderr)
        XCTAssertNil((check.stdout + check.stderr).range(of: #"declaration-form\.xlsx:[0-9]"#, options: .regularExpression), "every finding names a cell")
    }

    func testEveryCommandTakesAWorkbookOrAList() throws {
        let actuals = Self.folder + "actuals.csv"
        let fromText = try CLIRunner.run(["score", Self.folder + "declaration.txt", actuals])
        for name in ["declaration-form.xlsx", "declaration-list.xlsx", "declaration-list.csv"] {
            let score = try CLIRunner.run(["score", Self.folder + name, actuals])
            XCTAssertEqual(score.status, 0, score.stderr)
            XCTAssertEqual(score.stdout, fromText.stdout, name)
            let template = try CLIRunner.run(["template", Self.folder + name])
            XCTAssertEqual(template.status, 0, template.stderr)
            let explain = try CLIRunner.run(["explain", Self.folder + name, actuals, "--project", "补充公积金"])
            XCTAssertEqual(explain.status, 0, explain.stderr)
            XCTAssertTrue(explain.stdout.contains("补充公积金"))
        }
    }

    func testSeveralFormsOnOneSheetAndNamesThatMislead() throws {
        // All 11 forms one below another on a single sheet read the same as one per sheet.
        let text = try Fixtures.text(Self.folder + "declaration.txt")
        var sheet = Worksheet(name: "Sheet1")
        for (row, line) in DeclarationText.lines(of: text).enumerated() {
            for (column, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() where !cell.isEmpty {
                sheet.text(row, column, String(cell))
            }
        }
        let folder = try Fixtures.temporaryFolder()
        // The kind is found from the content: a workbook named .csv and a list named .txt.
        let workbook = folder.appendingPathComponent("申报表.csv")
        try WorkbookWriter.xlsx([sheet]).write(to: workbook)
        let list = folder.appendingPathComponent("清单.txt")
        try Data(contentsOf: Fixtures.root.appendingPathComponent(Self.folder + "declaration-list.csv")).write(to: list)
        let expected = Self.located(nowhere: DeclarationLoader.load(path: Fixtures.path(Self.folder + "declaration.txt")).declaration)
        for url in [workbook, list] {
            let loaded = DeclarationLoader.load(path: url.path)
            XCTAssertEqual(Self.located(nowhere: loaded.declaration), expected, url.lastPathComponent)
        }
        let oneSheet = DeclarationLoader.load(path: workbook.path)
        XCTAssertEqual(oneSheet.diagnostics.first { $0.code == .missingTarget }?.location.cell, "Sheet1!D81", "row 81, as the text's line 81")
    }
}
