/// Rows made as the model's values (in code, in tests) as a table, their texts in the arena.
extension ActualsTable {
    init(rows: [ActualRow]) {
        self.init(text: TextStore(source: []))
        fieldIndex = rows.first?.fieldIndex ?? [:]
        for row in rows {
            lines.append(Int32(row.line))
            rowNumbers.append(Int32(row.row))
            for column in ActualsColumn.allCases {
                cells.append(row.value(column).map { text.arena.append($0) } ?? .empty)
            }
            projectNames.append(text.arena.append(row.projectName))
            indicatorNames.append(text.arena.append(row.indicatorName))
        }
    }
}
