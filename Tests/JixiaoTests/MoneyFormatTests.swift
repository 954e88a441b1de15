import Foundation
import XCTest
@testable import Jixiao

/// Money in 元 or 万元 in the hand-in documents: each 万元 figure rounded half-up to 0.01 where
/// shown, totals the sum of the shown figures.
final class MoneyFormatTests: XCTestCase {
    func testTenThousandsRoundHalfUpAndTotalsAddUpTheShownFigures() {
        let wan = MoneyUnit.wanYuan.format
        XCTAssertEqual(wan.value(8_734_121), Decimal(string: "873.41"))
        XCTAssertEqual(wan.value(50), Decimal(string: "0.01"), "half a hundredth rounds up")
        XCTAssertEqual(wan.value(49.99), 0)
        XCTAssertEqual(wan.text(52_022_939.11), "5,202.29")
        // 1.2345 + 1.2345 = 2.469 → 2.47 exactly, but the rows show 1.23 and 1.23: the total shows 2.46.
        XCTAssertEqual(wan.sum([12_345, 12_345]), Decimal(string: "2.46"))
        let yuan = MoneyUnit.yuan.format
        XCTAssertEqual(yuan.value(Decimal(string: "12345.67")!), Decimal(string: "12345.67"))
        XCTAssertEqual(yuan.sum([Decimal(string: "0.005")!, Decimal(string: "0.005")!]), Decimal(string: "0.01"), "元 totals are exact")
        XCTAssertNil(yuan.note(MessageCatalog.for(.zh)))
        XCTAssertNotNil(wan.note(MessageCatalog.for(.zh)))
    }

    func testArgumentSpellings() {
        XCTAssertEqual(MoneyUnit(argument: "万元"), .wanYuan)
        XCTAssertEqual(MoneyUnit(argument: " WAN "), .wanYuan)
        XCTAssertEqual(MoneyUnit(argument: "元"), .yuan)
        XCTAssertNil(MoneyUnit(argument: "千元"))
    }

    func testTheSummarySheetInTenThousandsAddsUp() throws {
        let outcome = try CLIRunner.run(["score", "samples/shanghai-hpf-2026/declaration.txt", "samples/shanghai-hpf-2026/actuals.csv",
                                         "--format", "xlsx", "--lang", "zh", "--money", "万元"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let rows = try WorkbookReader.records(outcome.stdoutData, sheet: "汇总").get()
        XCTAssertEqual(rows[2].fields[1...2], ["全年预算数（万元）", "全年执行数（万元）"])
        XCTAssertTrue(rows[1].fields[0].contains("金额单位：万元"), rows[1].fields[0])
        let projects = rows.filter { $0.fields.count > 6 && ["优", "良", "中", "差"].contains($0.fields[6]) && !$0.fields[0].hasPrefix("单位：") }
        let unit = try XCTUnwrap(rows.first { $0.fields.first?.hasPrefix("单位：") == true })
        XCTAssertEqual(projects.count, 11)
        for column in [1, 2] {
            let parts = projects.map { Decimal(string: $0.fields[column]) ?? -1 }
            XCTAssertTrue(parts.allSatisfy { Rounding.halfUp($0, places: 2) == $0 }, "every figure to 0.01 万元")
            XCTAssertEqual(Decimal(string: unit.fields[column]), parts.reduce(0, +), "column \(column): the total is the sum of the rows")
        }
        let form = try WorkbookReader.records(outcome.stdoutData, sheet: "信息化建设项目").get()
        XCTAssertEqual(form.first { $0.fields.count > 1 && $0.fields[1] == "年度资金总额" }?.fields[3...5], ["873.41", "873.41", "861.24"])
    }
}
