import Foundation
import XCTest
@testable import Jixiao

final class PointsAllocatorTests: XCTestCase {
    func testEqualSplitSumsExactlyForOneToForty() {
        for points in ["50", "30", "10", "7.5", "0.01", "33.33"] {
            let total = fx(points)!
            for n in 1...40 {
                let parts = PointsAllocator.equalSplit(total, count: n)
                XCTAssertEqual(parts.count, n)
                XCTAssertEqual(parts.reduce(0, +), total, "\(points) over \(n)")
                let cents = parts.map { $0 * 100 }
                XCTAssertTrue(cents.allSatisfy { $0.rounded(0, .halfUp) == $0 }, "whole cents")
                XCTAssertLessThanOrEqual(parts.max()! - parts.min()!, fx("0.01")!)
                XCTAssertEqual(parts, parts.sorted(by: >), "the first ones get the extra cent")
            }
        }
    }

    func testOddBlockSizes() {
        // 50 over 3: 5000 cents → 1667, 1667, 1666
        XCTAssertEqual(PointsAllocator.equalSplit(50, count: 3), [fx("16.67")!, fx("16.67")!,
                                                                  fx("16.66")!])
        // 30 over 7: 3000 cents → 429 × 4 and 428 × 3
        XCTAssertEqual(PointsAllocator.equalSplit(30, count: 7).map { "\($0)" },
                       ["4.29", "4.29", "4.29", "4.29", "4.28", "4.28", "4.28"])
    }

    func testCostSharesTheOutputBlock() {
        let allocation = PointsAllocator.allocate(categories: ["成本指标", "产出指标", "产出指标", "效益指标", "满意度指标"],
                                                  explicit: [nil, nil, nil, nil, nil], rules: RuleFixtures.mof)
        XCTAssertEqual(allocation.points.map { "\($0)" }, ["16.67", "16.67", "16.66", "30", "10"])
        XCTAssertEqual(allocation.points.reduce(0, +), 90)
    }

    func testEmptyBlockGivesItsPointsInProportion() {
        // No 满意度: its 10 go to 产出 50 and 效益 30 as 6.25 and 3.75.
        let allocation = PointsAllocator.allocate(categories: ["产出指标", "效益指标"], explicit: [nil, nil],
                                                  rules: RuleFixtures.mof)
        XCTAssertEqual(allocation.blockPoints.map { "\($0)" }, ["56.25", "33.75", "0"])
        XCTAssertEqual(allocation.points.reduce(0, +), 90)
        // No 效益 and no 满意度: 产出 takes all 90.
        let only = PointsAllocator.allocate(categories: ["产出指标"], explicit: [nil], rules: RuleFixtures.mof)
        XCTAssertEqual(only.points, [90])
    }

    func testUnevenRedistributionKeepsWholeCents() {
        // 10 over weights 50 and 40 (效益 made 40 here): 1000 cents × 50/90 = 555.5 → 555 (+1 left-over), 444
        var rules = RuleFixtures.mof
        rules.blocks[1].points = 40
        rules.blocks[2].points = 10
        rules.executionPoints = 0
        let redistributed = PointsAllocator.redistribute(rules.blocks.map { Fixed($0.points) }, filled: [true, true, false])
        XCTAssertEqual(redistributed.map { "\($0)" }, ["55.56", "44.44", "0"])
        XCTAssertEqual(redistributed.reduce(0, +), 100)
    }

    func testExplicitPointsMustAddUpPerBlock() {
        // 产出 and 满意度 are empty here, so 效益 holds all 90 points.
        let good = PointsAllocator.allocate(categories: ["效益指标", "效益指标"], explicit: [60, 30], rules: RuleFixtures.mof)
        XCTAssertTrue(good.mismatches.isEmpty)
        XCTAssertEqual(good.points, [60, 30])
        let blankKeepsDefault = PointsAllocator.allocate(categories: ["效益指标", "效益指标"], explicit: [45, nil],
                                                         rules: RuleFixtures.mof)
        XCTAssertEqual(blankKeepsDefault.points, [45, 45], "a blank 分值 keeps the equal split")
        let bad = PointsAllocator.allocate(categories: ["产出指标", "效益指标", "效益指标"], explicit: [nil, 20, 5],
                                           rules: RuleFixtures.mof)
        // No 满意度 here, so 效益 would hold 30 + 10×30/80 = 33.75; the unit gave 20 + 5 = 25, which
        // is reported and used as given (the unit's own weights).
        XCTAssertEqual(bad.mismatches, [PointsAllocator.Mismatch(block: 1, sum: 25)])
        XCTAssertEqual(bad.points.map { "\($0)" }, ["56.25", "20", "5"])
        let partly = PointsAllocator.allocate(categories: ["效益指标", "效益指标", "效益指标"], explicit: [50, nil, nil],
                                              rules: RuleFixtures.mof)
        XCTAssertEqual(partly.points, [50, 20, 20], "rows without a 分值 share what is left of the block's 90")
    }
}
