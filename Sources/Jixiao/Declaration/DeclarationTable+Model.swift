import Foundation

/// The table as the model's values (`Declaration`), for the commands that read a declaration
/// rather than score it (check, import, template, compare, the lists), and the model as a table,
/// for declarations read in other forms (JSON, workbooks, lists) on their way to the scorer.
extension DeclarationTable {
    var declaration: Declaration {
        var projects: [Project] = []
        projects.reserveCapacity(self.projects.count)
        for record in self.projects {
            var project = Project(name: string(record.name), nature: string(record.nature), category: string(record.category),
                                  supervisor: string(record.supervisor), unit: string(record.unit),
                                  startDate: string(record.startDate), endDate: string(record.endDate),
                                  funds: Funds(total: record.total.decimal, fiscal: record.fiscal.decimal,
                                               carryover: record.carryover.decimal, other: record.other.decimal),
                                  goal: string(record.goal), line: Int(record.line), year: record.year == 0 ? nil : Int(record.year))
            project.indicators = record.indicatorRange.map { index in
                let indicator = indicators[index]
                return Indicator(category: labels[Int(indicator.category)], subcategory: labels[Int(indicator.subcategory)],
                                 name: string(indicator.name), target: target(ofIndicator: index), line: Int(indicator.line),
                                 points: explicitPoints[Int32(index)]?.decimal,
                                 declaredTarget: adjustedFrom[Int32(index)].map { targets[Int($0)] })
            }
            projects.append(project)
        }
        return Declaration(title: title.map(string), projects: projects)
    }

    /// A declaration read in another form, as a table (texts in the arena).
    init(_ declaration: Declaration) {
        self.init(text: TextStore(source: []))
        title = declaration.title.map { text.arena.append($0) }
        var targetIndex: [Target: Int32] = [:]
        for project in declaration.projects {
            var record = ProjectRecord()
            record.name = text.arena.append(project.name)
            record.nature = text.arena.append(project.nature)
            record.category = text.arena.append(project.category)
            record.supervisor = text.arena.append(project.supervisor)
            record.unit = text.arena.append(project.unit)
            record.startDate = text.arena.append(project.startDate)
            record.endDate = text.arena.append(project.endDate)
            record.goal = text.arena.append(project.goal)
            record.total = Fixed(project.funds.total)
            record.fiscal = Fixed(project.funds.fiscal)
            record.carryover = Fixed(project.funds.carryover)
            record.other = Fixed(project.funds.other)
            record.line = Int32(project.line)
            record.year = Int32(project.year ?? 0)
            record.firstIndicator = Int32(indicators.count)
            record.indicatorCount = Int32(project.indicators.count)
            func index(of parsed: Target) -> Int32 {
                if let known = targetIndex[parsed] { return known }
                let index = Int32(targets.count)
                targets.append(parsed)
                scoredTargets.append(ScoredTarget(parsed))
                targetIndex[parsed] = index
                return index
            }
            for indicator in project.indicators {
                let target = indicator.target.map(index) ?? -1
                if let declared = indicator.declaredTarget { adjustedFrom[Int32(indicators.count)] = index(of: declared) }
                if let points = indicator.points { explicitPoints[Int32(indicators.count)] = Fixed(points) }
                indicators.append(IndicatorRecord(category: label(indicator.category), subcategory: label(indicator.subcategory),
                                                  name: text.arena.append(indicator.name), target: target, line: Int32(indicator.line)))
            }
            projects.append(record)
        }
    }
}
