import Foundation
import XCTest
@testable import Jixiao

/// A 三级指标 name wrapped before its value in the PDF text (`网点设备故障发现并` on one line,
/// `修复率 ≥95.00(%)` on the next) is one row, with a warning; a real row without a target (the
/// seed's 网点巡检覆盖数) stays as it is.
final class WrappedNameTests: XCTestCase {
    /// The seed's project 住房公积金网点设备运维专项, its row 故障修复率 written as `first` | `second`.
    private func load(first: String, second: String) throws -> DeclarationLoader.Loaded {
        let seed = try Fixtures.text("samples/shanghai-hpf-2026/declaration.txt")
        let lines = seed.components(separatedBy: "\n")
        let name = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("项目名称") && $0.contains("住房公积金网点设备运维专项") })
        let start = try XCTUnwrap(lines[..<name].lastIndex { $0.hasPrefix("财政项目支出绩效目标申报表") })
        let end = try XCTUnwrap(lines[(start + 1)...].firstIndex { $0.hasPrefix("财政项目支出绩效目标申报表") })
        var block = Array(lines[start..<end])
        let row = try XCTUnwrap(block.firstIndex { $0.contains("\t故障修复率\t") })
        block.replaceSubrange(row...row, with: ["\t\t\t\(first)\t", "\t\(second)\t≥95.00(%)\t"])
        return DeclarationLoader.load(text: block.joined(separator: "\n"), file: "d.txt")
    }

    private func names(_ loaded: DeclarationLoader.Loaded) -> [String] { loaded.declaration.projects.first?.indicators.map(\.name) ?? [] }

    func testANameWrappedMidPhraseIsOneRow() throws {
        let loaded = try load(first: "网点设备故障发现并", second: "修复率")
        XCTAssertEqual(loaded.declaration.projects.count, 1)
        let rows = names(loaded)
        XCTAssertTrue(rows.contains("网点设备故障发现并修复率"), "\(rows)")
        XCTAssertFalse(rows.contains("修复率"))
        let joined = try XCTUnwrap(loaded.declaration.projects[0].indicators.first { $0.name == "网点设备故障发现并修复率" })
        XCTAssertEqual(joined.target?.text, "≥95.00(%)")
        XCTAssertEqual(joined.category, "效益指标")
        let warning = try XCTUnwrap(loaded.diagnostics.first { $0.code == .wrappedNameJoined })
        XCTAssertEqual(warning.message(in: .zh), "三级指标名称“网点设备故障发现并”在“并”处断行，与下一行合并为“网点设备故障发现并修复率”")
        XCTAssertEqual(warning.project, "住房公积金网点设备运维专项", "the 审核提示 sheet names the project")
        XCTAssertEqual(warning.indicator, "网点设备故障发现并修复率")
        // The seed's row without a target is kept, and still reported.
        XCTAssertTrue(rows.contains("网点巡检覆盖数"))
        XCTAssertTrue(loaded.diagnostics.contains { $0.code == .missingTarget && $0.arguments.first == "网点巡检覆盖数" })
        XCTAssertFalse(loaded.diagnostics.contains { $0.code == .missingTarget && $0.arguments.first == "网点设备故障发现并修复率" })
        // Each connective and an open bracket.
        for (first, second) in [("设备巡检及", "维修率"), ("故障发现和", "修复率"), ("运维服务的", "完成率"), ("修复率（含", "远程）")] {
            let got = try load(first: first, second: second)
            XCTAssertTrue(names(got).contains(PrintedText.normalizeName(first + second)), "\(first): \(names(got)) \(got.diagnostics.map { $0.message(in: .en) })")
        }
    }

    func testOtherRowsWithoutATargetStay() throws {
        // Not mid-phrase: two rows, the first without a target.
        let whole = try load(first: "网点设备故障发现", second: "修复率")
        XCTAssertTrue(names(whole).contains("网点设备故障发现") && names(whole).contains("修复率"), "\(names(whole))")
        XCTAssertFalse(whole.diagnostics.contains { $0.code == .wrappedNameJoined })
        // A long second line is a row of its own.
        let long = try load(first: "网点设备故障发现并", second: "网点设备故障修复完成率")
        XCTAssertTrue(names(long).contains("网点设备故障修复完成率"), "\(names(long))")
    }
}
