import Foundation

extension DeclarationScanner {
    /// What reading gave: the table, the diagnostics, the lines consumed.
    struct Result: Sendable {
        var table: DeclarationTable
        var diagnostics: [Diagnostic]
        var consumed: LineSet

        /// The declaration as values, and the lines consumed as a set (for tests and `check`).
        var declaration: Declaration { table.declaration }
        var consumedLines: Set<Int> { consumed.set }
    }

    /// Reads the forms of a file's UTF-8 bytes. A large file is read in two halves split at a form's
    /// title, one per core; the halves are joined in order, so the result is the same as reading
    /// it in one go.
    static func read(_ source: [UInt8], file: String, parallel: Bool = true) -> Result {
        let text = TextStore(source: source)
        let lines = lineSpans(source)
        var split: Int?
        if parallel && lines.count > 20_000 && ProcessInfo.processInfo.activeProcessorCount > 1 {
            split = (lines.count / 2..<lines.count).first { isFormTitle(lines[$0], in: source) }
        }
        let ranges = split.map { [0..<$0, $0..<lines.count] } ?? [0..<lines.count]
        let results = ChunkResults<DeclarationScanner>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
            var scanner = DeclarationScanner(file: file, text: text, lines: lines.count + 1)
            for number in ranges[chunk] {
                scanner.split(lines[number], number: number + 1)
                scanner.take()
            }
            scanner.finishProject()
            results[chunk] = scanner
        }
        var scanners = results.values
        var scanner = scanners.removeFirst()
        for other in scanners { scanner.append(other) }
        if scanner.table.projects.isEmpty {
            scanner.report(.noForm, line: lines.isEmpty ? 0 : 1)
        }
        scanner.diagnostics += DeclarationChecks.run(scanner.table, file: file)
        return Result(table: scanner.table, diagnostics: scanner.diagnostics, consumed: scanner.consumed)
    }

    /// Lines split on LF, CRLF or a lone CR, as spans of the source.
    static func lineSpans(_ source: [UInt8]) -> [TextRef] {
        var lines: [TextRef] = []
        lines.reserveCapacity(source.count / 40)
        source.withUnsafeBufferPointer { bytes in
            var start = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == 0x0A || b == 0x0D {
                    lines.append(TextRef(source: start, count: i - start))
                    i += (b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                    start = i
                } else {
                    i += 1
                }
            }
            if start < n { lines.append(TextRef(source: start, count: n - start)) }
        }
        return lines
    }

    /// True for a form's title line, as `take` recognises it: its first cell starts with the title.
    static func isFormTitle(_ line: TextRef, in source: [UInt8]) -> Bool {
        source.withUnsafeBufferPointer { all in
            var bytes = UnsafeBufferPointer(rebasing: all[line.offset..<(line.offset + Int(line.count))])
            while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst()) }
            guard bytes.starts(with: formTitle) else {
                // The slow way for a title behind other white space or split by it.
                let text = String(decoding: bytes, as: UTF8.self)
                return text.unicodeScalars.first == "财" && DeclarationText.isFormTitle(text)
            }
            return true
        }
    }

    /// Adds the forms another scanner read after this one's (its arena texts, labels and targets
    /// renumbered into this one's).
    mutating func append(_ other: DeclarationScanner) {
        let shift = table.text.arena.appendArena(other.table.text.arena)
        func moved(_ ref: TextRef) -> TextRef { ref.inArena ? TextRef(arena: ref.offset + shift, count: Int(ref.count)) : ref }
        let labelMap = other.table.labels.map { table.label($0) }
        let targetShift = Int32(table.targets.count)
        table.targets += other.table.targets
        table.scoredTargets += other.table.scoredTargets
        problems += other.problems
        let indicatorShift = Int32(table.indicators.count)
        for var record in other.table.projects {
            for path in [\DeclarationTable.ProjectRecord.name, \.nature, \.category, \.supervisor, \.unit, \.startDate, \.endDate, \.goal] {
                record[keyPath: path] = moved(record[keyPath: path])
            }
            record.firstIndicator += indicatorShift
            table.projects.append(record)
        }
        table.indicators.reserveCapacity(table.indicators.count + other.table.indicators.count)
        for var record in other.table.indicators {
            record.name = moved(record.name)
            record.category = labelMap[Int(record.category)]
            record.subcategory = labelMap[Int(record.subcategory)]
            if record.target >= 0 { record.target += targetShift }
            table.indicators.append(record)
        }
        for (indicator, target) in other.table.adjustedFrom { table.adjustedFrom[indicator + indicatorShift] = target + targetShift }
        diagnostics += other.diagnostics
        consumed.formUnion(other.consumed)
    }
}
