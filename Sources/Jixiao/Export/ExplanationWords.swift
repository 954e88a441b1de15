import Foundation

/// The sentences of `Explanation`, in Chinese or English.
struct ExplanationWords {
    let language: Language
    var zh: Bool { language == .zh }

    var catalog: MessageCatalog { MessageCatalog.for(language) }

    func f(_ value: Decimal) -> String { Rounding.fixed(value) }

    /// An exact value to six decimals, marked `…` when it goes on.
    func exact(_ value: Decimal) -> String {
        let six = Rounding.halfUp(value, places: 6)
        return "\(six)" + (six == value ? "" : "…")
    }

    func projectHeading(_ p: ProjectScore, rules: String) -> String {
        zh ? "项目“\(p.name)”（\(p.unit)），按评分规则 \(rules) 计分。"
           : "Project \(p.name) (\(p.unit)), scored by the rule file \(rules)."
    }

    func execution(_ p: ProjectScore) -> String {
        guard let spent = p.spent, p.budget > 0, let rate = p.executionRate else {
            return zh ? "预算执行：没有全年执行数（或预算为 0），\(f(p.executionPoints)) 分中得 0.00 分。"
                      : "Budget execution (预算执行): no spending was given (or the budget is 0), so it scores 0.00 of \(f(p.executionPoints))."
        }
        let raw = p.executionPoints * min(max(spent, 0) / p.budget, 1)
        return zh
            ? "预算执行：全年预算数 \(Rounding.grouped(p.budget)) 元，全年执行数 \(Rounding.grouped(spent)) 元，执行率 \(f(rate))%。"
              + "得分 = \(f(p.executionPoints)) × min(\(Rounding.grouped(spent)) ÷ \(Rounding.grouped(p.budget)), 1) = \(exact(raw))，四舍五入保留两位小数为 \(f(p.executionScore))。"
            : "Budget execution (预算执行): the budget is \(Rounding.grouped(p.budget)) 元 and the spending \(Rounding.grouped(spent)) 元, "
              + "an execution rate of \(f(rate))%. It scores \(f(p.executionPoints)) × min(\(Rounding.grouped(spent)) / \(Rounding.grouped(p.budget)), 1) "
              + "= \(exact(raw)), rounded half-up to \(f(p.executionScore))."
    }

    func emptyBlock(_ name: String, points: Decimal) -> String {
        zh ? "\(name)块（\(f(points)) 分）没有指标，其分值按比例分给其他块。"
           : "Block \(name) (\(f(points)) points) has no rows here, so its points went to the other blocks in proportion."
    }

    func block(_ name: String, declared: Decimal, held: Decimal, rows: Int, high: Decimal, highCount: Int, low: Decimal,
               equalSplit: Bool) -> String {
        let moved = held == declared ? "" : (zh ? "（规则为 \(f(declared)) 分，另含空块分来的分值）"
                                                : " (the rule file gives \(f(declared)); the rest came from an empty block)")
        let split: String
        if !equalSplit {
            split = zh ? "分值由实际值文件或申报表指定。" : "the points were given in the actuals file or the declaration."
        } else if high == low {
            split = zh ? "每个指标 \(f(high)) 分。" : "\(f(high)) each."
        } else {
            split = zh ? "按分平均分配：前 \(highCount) 个指标各 \(f(high)) 分，其余各 \(f(low)) 分。"
                       : "split in whole cents: \(f(high)) for each of the first \(highCount) rows and \(f(low)) for the others."
        }
        return zh ? "\(name)块共 \(f(held)) 分\(moved)，\(rows) 个指标，\(split)"
                  : "Block \(name) holds \(f(held)) points\(moved) for \(rows) row\(rows == 1 ? "" : "s"): \(split)"
    }

    var rowsHeading: String { zh ? "各指标得分：" : "Rows:" }

    func rowLine(_ r: IndicatorScore) -> String {
        zh ? "\(r.name)：\(WorkingText.render(r, catalog))（\(catalog.status(r.status))）"
           : "\(r.name): \(WorkingText.render(r, catalog)) (\(catalog.status(r.status)))"
    }

    func total(_ p: ProjectScore, cutoffs: [Scorecard.Cutoff]) -> String {
        let rows = p.indicators.reduce(Decimal(0)) { $0 + $1.score }
        let cutoffText = cutoffs.map { $0.min > 0 ? "\($0.grade) ≥ \($0.min)" : "\($0.grade) < \(cutoffs.dropLast().last?.min ?? 0)" }
            .joined(separator: zh ? "，" : ", ")
        let reached = cutoffs.first { p.total >= $0.min }
        let because = reached.map { $0.min > 0 ? "\(f(p.total)) ≥ \($0.min)" : "\(f(p.total)) < \(cutoffs.dropLast().last?.min ?? 0)" } ?? ""
        return zh ? "总分 = \(f(p.executionScore))（预算执行）+ \(f(rows))（各指标得分之和）= \(f(p.total))。等级“\(p.grade)”，因为 \(because)（\(cutoffText)）。"
                  : "Total = \(f(p.executionScore)) (execution) + \(f(rows)) (the rows' scores) = \(f(p.total)). Grade \(p.grade), because \(because) (\(cutoffText))."
    }

    func rowPlace(_ r: IndicatorScore, project: String) -> String {
        let block = r.block ?? (zh ? "（无）" : "(none)")
        return zh ? "项目“\(project)”的“\(r.name)”位于\(r.category)/\(r.subcategory)，属于\(block)块，分值 \(f(r.points))。"
                  : "'\(r.name)' in project \(project) sits under \(r.category)/\(r.subcategory) and shares block \(block): \(f(r.points)) points."
    }

    func target(_ t: Target?) -> String {
        guard let t else { return zh ? "年度指标值：未申报。" : "Target: none was declared." }
        guard t.kind == .quantitative, let op = t.operator, let v = t.value else {
            return zh ? "年度指标值“\(t.text)”是定性指标，按 达成/部分达成/未达成 评分。"
                      : "Target \(t.text) is qualitative: it is scored as 达成, 部分达成 or 未达成."
        }
        let unit = t.unit.map { " " + $0 } ?? ""
        let meaning: String
        switch op {
        case .atLeast, .greater: meaning = zh ? "不低于 \(v)\(unit)（越高越好）" : "at least \(v)\(unit) (higher is better)"
        case .atMost, .less: meaning = zh ? "不高于 \(v)\(unit)（越低越好）" : "at most \(v)\(unit) (lower is better)"
        case .equal: meaning = v == 0 ? (zh ? "等于 0\(unit)" : "exactly 0\(unit)") : (zh ? "达到 \(v)\(unit)" : "reaching \(v)\(unit)")
        case .range: meaning = zh ? "在 \(v) 至 \(t.upper ?? v)\(unit) 之间" : "between \(v) and \(t.upper ?? v)\(unit)"
        }
        let strict = op == .less || op == .greater ? (zh ? "；严格的 < 和 > 按 ≤ 和 ≥ 计分" : "; strict < and > are scored as ≤ and ≥") : ""
        return zh ? "年度指标值“\(t.text)”：\(meaning)\(strict)。" : "Target \(t.text): \(meaning)\(strict)."
    }

    func actual(_ r: IndicatorScore, target: Target?) -> String {
        guard let text = r.actual else { return zh ? "实际完成值：未填写。" : "Actual: none was given." }
        guard let a = r.working?.actual else { return zh ? "实际完成值“\(text)”。" : "Actual: \(text)." }
        let unit = target?.unit ?? ""
        let written = Quantity.parse(text)
        if let from = written?.unit, from != target?.unit.map(Unit.canonicalSpelling) {
            return zh ? "实际完成值“\(text)”换算为指标值的单位：\(a) \(unit)。" : "Actual \(text), converted to the target's unit: \(a) \(unit)."
        }
        if written?.unit == nil {
            return zh ? "实际完成值“\(text)”未写单位，按指标值的单位读作 \(a) \(unit)。"
                      : "Actual \(text) has no unit, so it is read in the target's unit: \(a) \(unit)."
        }
        return zh ? "实际完成值“\(text)”，即 \(a) \(unit)。" : "Actual \(text), that is \(a) \(unit)."
    }

    func rule(_ w: Working, score: Decimal) -> String {
        let W = f(w.points)
        let t = w.target.map { "\($0)" } ?? ""
        let a = w.actual.map { "\($0)" } ?? ""
        let rounding = w.exact.map { e in
            zh ? " = \(exact(e))，四舍五入保留两位小数为 \(f(score))（不超过分值 \(W)）。"
               : " = \(exact(e)), rounded half-up to \(f(score)) (never above the \(W) points)."
        } ?? ""
        switch w.rule {
        case .reached(let sign):
            return zh ? "规则：实际值达到指标值（\(a) \(sign == "within" ? "在区间内" : sign + " " + t)），得满分 \(f(score))。"
                      : "Rule: the actual reaches the target (\(a) \(sign == "within" ? "is within the range" : sign + " " + t)), so full points: \(f(score))."
        case .proportional:
            return (zh ? "规则：未达到“越高越好”的指标值，按完成比例计分：分值 × 实际值 ÷ 指标值 = \(W) × \(max(w.actual ?? 0, 0)) ÷ \(t)"
                       : "Rule: a higher-is-better target not reached scores points × actual / target = \(W) × \(max(w.actual ?? 0, 0)) / \(t)") + rounding
        case .reverseRatio:
            return (zh ? "规则：超出“越低越好”的指标值，按 分值 × 指标值 ÷ 实际值 计分 = \(W) × \(t) ÷ \(a)"
                       : "Rule: a lower-is-better target exceeded scores points × target / actual = \(W) × \(t) / \(a)") + rounding
        case .reverseLinear:
            return (zh ? "规则：超出“越低越好”的指标值，按线性递减计分（实际值达到指标值两倍时为 0）：\(W) × (2 × \(t) − \(a)) ÷ \(t)"
                       : "Rule: a lower-is-better target exceeded scores linearly down to 0 at twice the target: \(W) × (2 × \(t) − \(a)) / \(t)") + rounding
        case .zeroTarget:
            return zh ? "规则：指标值为 0，实际值为 0 得满分，否则得 0 分；实际值 \(a)，得 \(f(score))。"
                      : "Rule: a target of 0 gives full points for an actual of 0 and nothing otherwise; the actual is \(a), so \(f(score))."
        case .nonPositiveTarget:
            return zh ? "规则：指标值不大于 0 且未达到，得 0 分。" : "Rule: a target of 0 or less that is not reached scores 0."
        case .level(let level, let percent, let written):
            let source = written ? (zh ? "实际值中写明的百分比" : "the percentage written with it") : (zh ? "评分规则中的比例" : "the rule file's share")
            return (zh ? "规则：定性指标“\(level.rawValue)”按\(source) \(percent)% 计分：\(W) × \(percent)%"
                       : "Rule: the qualitative level \(level.rawValue) scores \(source), \(percent)%: \(W) × \(percent)%") + rounding
        case .outOfBand(let level, let percent, let band):
            return zh ? "规则：写明的 \(percent)% 不在“\(level.rawValue)”的区间 \(band) 内，无法计分，得 0 分。"
                      : "Rule: the written \(percent)% is outside the \(level.rawValue) band \(band), so the row cannot be scored: 0."
        case .missingActual:
            return zh ? "规则：没有实际完成值，得 0 分。" : "Rule: without an actual the row scores 0."
        case .invalidActual:
            return zh ? "规则：实际完成值无法读取或无法换算单位（见提示），得 0 分。"
                      : "Rule: the actual could not be read or converted (see the diagnostics), so the row scores 0."
        case .noTarget:
            return zh ? "规则：没有申报指标值，无法比较，得 0 分。" : "Rule: with no declared target there is nothing to compare with: 0."
        case .numberForQualitative:
            return zh ? "规则：定性指标填写了数字，得 0 分。" : "Rule: a number was given for a qualitative target: 0."
        case .noBlock:
            return zh ? "规则：评分规则中没有包含该一级指标的块，得 0 分。" : "Rule: no block of the rule file scores this category: 0."
        }
    }

    func status(_ r: IndicatorScore) -> String {
        let reason = r.reason.map { zh ? "偏差原因：\($0)" : "偏差原因: \($0)" }
            ?? (r.score < r.points ? (zh ? "未填写偏差原因，该行会被列为未说明的偏差。" : "No 偏差原因 was given; the row is listed as an unexplained deviation.") : "")
        return (zh ? "状态：\(catalog.status(r.status))。" : "Status: \(catalog.status(r.status)).") + (reason.isEmpty ? "" : " " + reason)
    }
}
