import Foundation

/// Cost ceilings against the money asked for (年度资金申请总额): a ceiling a few 元 short of it
/// (the amount rounded to two decimals of 万元), ceilings that together fall short of it, and a
/// ceiling far above it. Ceilings are ≤ or < targets in money under 成本指标 whose names are not
/// unit prices (单价, 标准 …).
enum CostCeilingLint {
    static func run(_ project: Project, lint: LintRules.Cost, file: String) -> [Diagnostic] {
        let total = project.funds.total
        guard total > 0 else { return [] }
        var ceilings: [(indicator: Indicator, yuan: Decimal)] = []
        for indicator in project.indicators where indicator.category == "成本指标" {
            guard let target = indicator.target, target.kind == .quantitative,
                  target.operator == .atMost || target.operator == .less, let value = target.value,
                  let unit = target.parsedUnit, unit.dimension == .money,
                  !lint.unitPriceWords.contains(where: { indicator.name.contains($0) }) else { continue }
            ceilings.append((indicator, value * unit.factor))
        }
        guard !ceilings.isEmpty else { return [] }
        var out: [Diagnostic] = []
        for (indicator, yuan) in ceilings where yuan > total * lint.farAboveRatio {
            out.append(Diagnostic(.costCeilingFarAbove, at: SourceLocation(file: file, line: indicator.line),
                                  indicator.target?.text ?? "", Rounding.grouped(yuan), Rounding.fixed(yuan / total),
                                  Rounding.grouped(total)).about(project: project.name, indicator: indicator.name))
        }
        let sum = ceilings.reduce(Decimal(0)) { $0 + $1.yuan }
        let short = total - sum
        guard short > 0 else { return out }
        if ceilings.count == 1, short <= lint.roundingTolerance, let only = ceilings.first {
            out.append(Diagnostic(.costCeilingRounding, at: SourceLocation(file: file, line: only.indicator.line),
                                  only.indicator.target?.text ?? "", Rounding.grouped(only.yuan), Rounding.grouped(short),
                                  Rounding.grouped(total), Rounding.fixed(total), DecimalText.string(total / 10_000))
                .about(project: project.name, indicator: only.indicator.name))
        } else if short > lint.roundingTolerance {
            out.append(Diagnostic(.costCeilingsBelow, at: SourceLocation(file: file, line: ceilings[0].indicator.line),
                                  project.name, String(ceilings.count), Rounding.grouped(sum), Rounding.grouped(short),
                                  Rounding.fixed(short / total * 100), Rounding.grouped(total)).about(project: project.name))
        }
        return out
    }
}
