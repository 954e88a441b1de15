/// Turns records into an `ActualsTable` one at a time, as they are read: the header's columns by
/// name, then each data row's cells (trimmed, a formula guard taken off), with the findings
/// `ActualsReader` describes at their rows and cells.
extension ActualsTable {
    struct Builder {
        var table: ActualsTable
        let file: String
        /// A sheet's records: trailing empty cells are simply not stored, so a short row is no finding.
        let padded: Bool
        var diagnostics: [Diagnostic] = []
        var headerFields = 0
        var missingColumns = false
        var rowsAfterHeader = 0
        var row: [TextRef] = []

        init(text: TextStore, file: String, padded: Bool) {
            table = ActualsTable(text: text)
            self.file = file
            self.padded = padded
        }

        /// True when every field is blank (white space only).
        func isBlank(_ fields: [TextRef]) -> Bool {
            table.text.withAllBytes { bytes in fields.allSatisfy { $0.isEmpty || ByteText.isAllWhitespace(bytes($0)) } }
        }

        func string(_ ref: TextRef) -> String { table.text.string(ref) }

        mutating func take(line: Int, row number: Int, fields: [TextRef]) {
            if table.header == nil {
                guard !isBlank(fields) else { return }
                readHeader(line: line, row: number, fields: fields)
                return
            }
            if missingColumns {
                rowsAfterHeader += 1
                return
            }
            guard !isBlank(fields) else { return }
            if fields.count > headerFields {
                let extra = fields[headerFields...].map { PrintedText.trimmed(string($0)) }.filter { !$0.isEmpty }
                if !extra.isEmpty {
                    diagnostics.append(Diagnostic(.actualsRagged, at: SourceLocation(file: file, line: line),
                                                  String(fields.count), String(headerFields), extra.joined(separator: " | ")))
                }
            } else if fields.count < headerFields && !padded {
                diagnostics.append(Diagnostic(.actualsShortRow, at: SourceLocation(file: file, line: line),
                                              String(fields.count), String(headerFields)))
            }
            row.removeAll(keepingCapacity: true)
            row.append(contentsOf: repeatElement(TextRef.empty, count: ActualsTable.columns))
            for (column, index) in table.fieldIndex where index < fields.count {
                row[column.ordinal] = cleaned(fields[index])
            }
            let project = name(row[ActualsColumn.project.ordinal])
            let indicator = name(row[ActualsColumn.indicator.ordinal])
            if project.isEmpty || indicator.isEmpty {
                let missing: ActualsColumn = project.isEmpty ? .project : .indicator
                let location = SourceLocation(file: file, line: line, column: table.fieldIndex[missing].map { $0 + 1 },
                                              cell: table.fieldIndex[missing].map { CSVRecord.columnName($0) + String(number) })
                diagnostics.append(Diagnostic(.actualsEmptyKey, at: location, missing.rawValue))
                return
            }
            table.lines.append(Int32(line))
            table.rowNumbers.append(Int32(number))
            table.cells.append(contentsOf: row)
            table.projectNames.append(project)
            table.indicatorNames.append(indicator)
        }

        /// A cell as a row holds it: trimmed and without a formula guard; empty when blank.
        mutating func cleaned(_ ref: TextRef) -> TextRef {
            guard !ref.isEmpty else { return .empty }
            let plain = table.text.withBytes(ref) { !ByteText.needsTrimming($0) && !ByteText.hasFormulaGuard($0) }
            if plain { return ref }
            let value = FormulaGuard.removed(PrintedText.trimmed(string(ref)))
            return value.isEmpty ? .empty : table.text.arena.append(value)
        }

        /// A name after `PrintedText.normalizeName` (empty when nothing is left).
        mutating func name(_ ref: TextRef) -> TextRef {
            guard !ref.isEmpty else { return .empty }
            guard let normalized = table.text.withBytes(ref, { ByteText.normalizedName($0) }) else { return ref }
            return normalized.isEmpty ? .empty : table.text.arena.append(normalized)
        }

        mutating func readHeader(line: Int, row number: Int, fields: [TextRef]) {
            let record = CSVRecord(line: line, row: number, fields: fields.map(string))
            table.header = record
            headerFields = fields.count
            var columns: [ActualsColumn: Int] = [:]
            for (index, name) in record.fields.enumerated() {
                let trimmed = name.jixiaoTrimmed
                if trimmed.isEmpty { continue }
                let location = SourceLocation(file: file, line: record.line, column: index + 1, cell: record.cell(index))
                guard let column = ActualsColumn.named(trimmed) else {
                    diagnostics.append(Diagnostic(.actualsUnknownColumn, at: location, trimmed))
                    continue
                }
                if let first = columns[column] {
                    diagnostics.append(Diagnostic(.actualsDuplicateColumn, at: location, column.rawValue,
                                                  record.cell(first), record.cell(index)))
                    continue
                }
                columns[column] = index
            }
            table.fieldIndex = columns
            let missing = ActualsColumn.required.filter { columns[$0] == nil }
            if !missing.isEmpty {
                missingColumns = true
                for column in missing {
                    diagnostics.append(Diagnostic(.actualsMissingColumn, at: SourceLocation(file: file, line: record.line),
                                                  column.rawValue, Wording(.englishColumnName, column.englishName).argument))
                }
            }
        }

        /// The table and every finding, in the order `ActualsReader` gives them.
        mutating func finish() -> (ActualsTable, [Diagnostic]) {
            if table.header == nil {
                diagnostics.append(Diagnostic(.actualsNoHeader, at: SourceLocation(file: file, line: 0)))
            } else if missingColumns {
                if rowsAfterHeader > 0 {
                    diagnostics.append(Diagnostic(.actualsRowsUnread, at: SourceLocation(file: file, line: table.header!.line),
                                                  String(rowsAfterHeader)))
                }
            } else if table.count == 0 && !diagnostics.hasErrors {
                diagnostics.append(Diagnostic(.actualsNoRows, at: SourceLocation(file: file, line: table.header!.line)))
            }
            return (table, diagnostics)
        }
    }
}
