import Foundation

/// A project of the list: made from its first row's facts; later rows checked against them.
extension IndicatorList {
    /// The project's index, made from this row's facts when it is the project's first row; a later
    /// row whose facts differ is a warning at the cell.
    mutating func project(named name: String, _ record: CSVRecord) -> Int {
        if let index = indexByName[name] {
            guard let first = firstRows[name] else { return index }
            for column in ListColumn.facts {
                guard let later = value(record, column), !later.text.isEmpty else { continue }
                let earlier = text(first, column)
                if later.text != earlier {
                    report(.listFactDiffers, nil, record, later.index, name, column.rawValue, later.text, earlier, String(first.row))
                }
            }
            return index
        }
        var project = Project(name: name, line: record.line)
        project.supervisor = PrintedText.normalizeName(text(record, .supervisor))
        project.unit = PrintedText.normalizeName(text(record, .implementer))
        project.nature = PrintedText.normalizeName(text(record, .projectNature))
        project.category = PrintedText.normalizeName(text(record, .projectCategory))
        project.startDate = text(record, .startDate)
        project.endDate = text(record, .endDate)
        project.goal = PrintedText.normalizeName(text(record, .goal))
        if let year = value(record, .year), !year.text.isEmpty {
            if let number = Int(PrintedText.compact(year.text).replacingOccurrences(of: "年", with: "")) {
                project.year = number
            } else {
                report(.listBadNumber, nil, record, year.index, year.text, ListColumn.year.rawValue)
            }
        }
        for (column, path) in [(ListColumn.total, \Funds.total), (.fiscal, \Funds.fiscal), (.carryover, \Funds.carryover), (.other, \Funds.other)] {
            guard let cell = value(record, column), !cell.text.isEmpty else { continue }
            guard var amount = DeclarationText.amount(PrintedText.compact(cell.text)) else {
                report(.listBadNumber, nil, record, cell.index, cell.text, column.rawValue)
                continue
            }
            if columns[cell.index]?.tenThousands == true { amount *= 10_000 }
            project.funds[keyPath: path] = amount
        }
        if value(record, .total)?.text.isEmpty ?? true {
            project.funds.total = project.funds.fiscal + project.funds.carryover + project.funds.other
        }
        declaration.projects.append(project)
        indexByName[name] = declaration.projects.count - 1
        firstRows[name] = record
        return declaration.projects.count - 1
    }
}
