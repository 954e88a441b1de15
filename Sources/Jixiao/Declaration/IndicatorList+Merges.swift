/// Merged cells of a list sheet: spread over the rows they cover, and checked not to cross projects.
extension IndicatorList {
    /// A merged range's value counts for every cell it covers; a merge over the indicator columns
    /// that spans two projects' rows is an error at its first cell.
    func spreadMerges(_ records: [CSVRecord], merges: [Worksheet.Merge]) -> [CSVRecord] {
        guard !merges.isEmpty else { return records }
        var rows = records
        var position: [Int: Int] = [:]
        for (index, record) in rows.enumerated() { position[record.row - 1] = index }
        for merge in merges {
            guard let first = position[merge.row] else { continue }
            let value = merge.column < rows[first].fields.count ? rows[first].fields[merge.column] : ""
            for row in merge.row...merge.lastRow {
                guard let index = position[row] else { continue }
                for column in merge.column...merge.lastColumn where !(row == merge.row && column == merge.column) {
                    while rows[index].fields.count <= column { rows[index].fields.append("") }
                    if rows[index].fields[column].isEmpty { rows[index].fields[column] = value }
                }
            }
        }
        return rows
    }

    /// A merge over any column but 项目名称 whose rows belong to two projects is an error at its first
    /// cell: the label would count for a project it was not written for.
    mutating func checkMerges(_ records: [CSVRecord], merges: [Worksheet.Merge]) {
        guard !merges.isEmpty, let projectColumn = columns.first(where: { $0.value.column == .project })?.key else { return }
        var projectOfRow: [Int: String] = [:]
        var current = ""
        for record in records {
            let name = PrintedText.normalizeName(projectColumn < record.fields.count ? record.fields[projectColumn] : "")
            if !name.isEmpty { current = name }
            projectOfRow[record.row - 1] = current
        }
        for merge in merges where merge.lastRow > merge.row && !(merge.column...merge.lastColumn).contains(projectColumn) {
            let names = (merge.row...merge.lastRow).compactMap { projectOfRow[$0] }.filter { !$0.isEmpty }
            guard let first = names.first, let other = names.first(where: { $0 != first }),
                  let record = records.first(where: { $0.row - 1 == merge.row }) else { continue }
            let range = CellReference.cell(row: merge.row, column: merge.column) + ":" + CellReference.cell(row: merge.lastRow, column: merge.lastColumn)
            report(.listMergeAcrossProjects, nil, record, merge.column, range, first, other)
        }
    }
}
