import Foundation

/// Recomputes a submitted 自评表 on its own (`SubmittedForm`) under a rule file, through
/// `ScoringCore` as `score` does, so that jixiao's own 自评表 always follows:
///
/// - each row from its 年度指标值 (a bare number with the operator the rule file assumes under its
///   一级/二级 label), 实际完成值 and 分值. A qualitative row's 得分 is the unit's own score: it
///   follows when it lies in the band of the level written in 实际完成值 (or within [0, 分值] when no
///   level is written), as at year end;
/// - the money row from 全年执行数 / 全年预算数 and its 分值;
/// - 总分 and 等级 from the recomputed scores (rescaled to 100 when the rules say so).
/// A reported figure that differs from the recomputed one by more than 0.01, and a grade that is
/// not the recomputed total's, is a discrepancy. The recomputed form is then audited as `score`
/// audits a scorecard (`Verifier+Audit`).
enum Verifier {
    static let tolerance = Decimal(string: "0.01")!

    static func verify(_ form: SubmittedForm, rules: RuleSet, file: String, language: Language) -> VerificationReport {
        let c = MessageCatalog.for(language)
        var discrepancies: [VerificationReport.Discrepancy] = []
        var checks: [VerificationReport.ProjectCheck] = []
        var recomputed: [ProjectScore] = []
        var places: [[SourceLocation]] = []
        let context = ScoringContext(rules)
        for project in form.projects {
            var scored: [(points: Fixed, score: Fixed)] = []
            var rows: [IndicatorScore] = []
            var rowPlaces: [SourceLocation] = []
            let execution = ScoringCore.execution(spent: project.spent.map(Fixed.init), budget: Fixed(project.budget ?? 0),
                                                  points: Fixed(project.executionPoints ?? 0), context: context,
                                                  over100: project.isDepartment ? rules.department.over100 : .cap)
            if let executionPoints = project.executionPoints {
                let result = execution
                if let reported = project.executionScore, differs(reported, result.score.decimal) {
                    let basis = result.ratePercent.map { c.label(.executionRateAndPoints, $0.fixedText(), Rounding.fixed(executionPoints)) }
                        ?? c.label(.noOrGiven)
                    discrepancies.append(.init(project: project.name, indicator: c.label(.budgetExecution), reported: Rounding.fixed(reported),
                                               recomputed: result.score.fixedText(), basis: basis,
                                               location: project.executionLocation?.description ?? file))
                }
            }
            for row in project.rows {
                guard let w = row.points else { continue }
                let target = row.target.map { TargetParser.parse($0).target }
                let (category, subcategory, inBlock) = labels(row, rules: rules)
                func score(judged: Fixed?) -> (RowScore, ActualInput) {
                    var input: ActualInput = .missing
                    var ignored: [Diagnostic] = []
                    if let text = row.actual {
                        let actualRow = ActualRow(line: row.location.line, row: row.location.line, cells: [.actual: text], fieldIndex: [:])
                        input = ActualInterpreter.interpret(actualRow, target: target, indicator: row.name, file: file,
                                                            vocabulary: rules.qualitative.vocabulary, judged: judged, diagnostics: &ignored)
                    } else if let judged {
                        input = .judged(judged, level: nil)
                    }
                    return (ScoringCore.row(target: target, category: category, subcategory: subcategory, actual: input,
                                            points: Fixed(w), inBlock: inBlock, context: context), input)
                }
                // As `score` computes it; a qualitative row's 得分 that differs may be the unit's own
                // 自评得分, which follows when it lies in the band of the level written — and so may a
                // number row's whose actual is not a number (`见附件说明`).
                var (result, input) = score(judged: nil)
                if target?.kind == .qualitative || input == .invalid, let reported = row.score, differs(reported, result.score.decimal) {
                    (result, input) = score(judged: Fixed(reported))
                }
                scored.append((Fixed(w), result.score))
                rows.append(recomputedRow(row, category: category, subcategory: subcategory, target: target, input: input,
                                          points: w, result: result))
                rowPlaces.append(row.reasonLocation ?? row.location)
                if let reported = row.score, differs(reported, result.score.decimal) {
                    let scored = IndicatorScore(category: row.category, subcategory: row.subcategory, name: row.name, target: row.target,
                                                actual: row.actual, points: w, score: result.score.decimal, status: result.status, basis: "",
                                                reason: nil, remedy: nil, line: row.location.line, actualLine: nil, block: nil,
                                                working: result.working)
                    discrepancies.append(.init(project: project.name, indicator: row.name, reported: Rounding.fixed(reported),
                                               recomputed: result.score.fixedText(), basis: "",
                                               location: row.location.description, row: scored))
                } else if row.score == nil {
                    discrepancies.append(.init(project: project.name, indicator: row.name, reported: "",
                                               recomputed: result.score.fixedText(), basis: c.label(.noGiven),
                                               location: row.location.description))
                }
            }
            let totals = ScoringCore.totals(rows: scored, execution: execution, context: context)
            let total = totals.total.decimal
            let grade = totals.grade
            if let reported = project.total, differs(reported, total) {
                discrepancies.append(.init(project: project.name, indicator: c.label(.total), reported: Rounding.fixed(reported),
                                           recomputed: Rounding.fixed(total), basis: c.label(.sumOfTheRecomputed),
                                           location: project.totalLocation?.description ?? file))
            }
            if let reported = project.grade, compact(reported) != grade {
                discrepancies.append(.init(project: project.name, indicator: c.label(.grade), reported: reported, recomputed: grade,
                                           basis: c.label(.gradedOnTheRecomputed, Rounding.fixed(total)),
                                           location: (project.gradeLocation ?? project.totalLocation)?.description ?? file))
            }
            checks.append(.init(name: project.name, rows: project.rows.count, reportedTotal: project.total, recomputedTotal: total,
                                reportedGrade: project.grade, recomputedGrade: grade))
            recomputed.append(recomputedProject(project, rows: rows, execution: execution, totals: totals))
            places.append(rowPlaces)
        }
        var report = VerificationReport(file: file, rules: rules.name, discrepancies: discrepancies, projects: checks)
        report.findings = audit(form, recomputed: recomputed, rowPlaces: places, rules: rules.audit,
                                departmentCapped: rules.department.over100 == .cap, file: file)
        return report
    }

    /// A row's 一级 and 二级 labels as the declaration reader reads them (`满意度指 标`, synonyms,
    /// suffixes), and whether a block of the rule file scores it. A label jixiao does not know is
    /// scored all the same: the form gave the row its 分值.
    static func labels(_ row: SubmittedForm.Row, rules: RuleSet) -> (String, String, Bool) {
        let known = IndicatorLabels.standard
        var category = row.category
        var subcategory = row.subcategory
        if case .category(let name)? = known.label(compact(row.category)) { category = name }
        if case .subcategory(let name)? = known.label(compact(row.subcategory)) { subcategory = name }
        if case .category(let name)? = known.label(compact(row.subcategory)) { subcategory = name }
        let inBlock = known.categories.contains(category) ? rules.blockIndex(for: category) != nil : true
        return (category, subcategory, inBlock)
    }

    static func differs(_ a: Decimal, _ b: Decimal) -> Bool {
        let difference = a - b
        return (difference < 0 ? -difference : difference) > tolerance
    }

    static func compact(_ text: String) -> String { PrintedText.compact(PrintedText.foldWidth(text)) }
}
