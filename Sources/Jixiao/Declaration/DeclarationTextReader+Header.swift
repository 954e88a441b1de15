import Foundation

/// The part of a form above the indicator table: fields, money and 年度总体目标.
extension DeclarationTextReader {
    enum HeaderKey {
        case field(WritableKeyPath<Project, String>)
        case money(WritableKeyPath<Funds, Decimal>, String)
        /// A label with no value of its own (项目资金(元), 财政资金 …).
        case label
        case goalHeading
    }

    // Immutable; key paths are not Sendable, hence the annotation.
    nonisolated(unsafe) static let headerKeys: [String: HeaderKey] = [
        "项目名称": .field(\.name), "项目性质": .field(\.nature), "项目类别": .field(\.category),
        "主管部门": .field(\.supervisor), "实施单位": .field(\.unit),
        "计划开始日期": .field(\.startDate), "计划完成日期": .field(\.endDate),
        "年度资金申请总额": .money(\.total, "年度资金申请总额"), "当年财政拨款": .money(\.fiscal, "当年财政拨款"),
        "上年结转资金": .money(\.carryover, "上年结转资金"), "其他资金": .money(\.other, "其他资金"),
        "项目资金(元)": .label, "项目资金": .label, "项目资金总额": .label, "财政资金": .label,
        "项目绩效目标": .label, "项目总目标": .label, "年度总体目标": .goalHeading,
    ]

    /// The key a cell spells, after dropping `其中:` and a trailing colon.
    static func headerKey(_ cell: PrintedLine.Cell) -> HeaderKey? {
        var key = cell.compact
        if key.hasPrefix("其中:") { key.removeFirst(3) } else if key.hasPrefix("其中") { key.removeFirst(2) }
        while key.hasSuffix(":") { key.removeLast() }
        return headerKeys[key]
    }

    mutating func takeHeader(_ line: PrintedLine) {
        if Self.isTableHeader(line) {
            stage = .table
            consume(line)
            return
        }
        if line.cells.count == 1, let year = Self.formYear(line.cells[0].compact) {
            project?.year = year
            consume(line)
            return
        }
        var leftovers: [String] = []
        var index = 0
        var understood = false
        while index < line.cells.count {
            let cell = line.cells[index]
            guard let key = Self.headerKey(cell) else {
                leftovers.append(cell.text)
                index += 1
                continue
            }
            understood = true
            let next = index + 1 < line.cells.count ? line.cells[index + 1] : nil
            let value = next.flatMap { Self.headerKey($0) == nil ? $0 : nil }
            switch key {
            case .label:
                index += 1
                continue
            case .goalHeading:
                stage = .goal
                index += 1
                continue
            case .field(let path):
                if let value { project?[keyPath: path] = value.text }
            case .money(let path, let label):
                if let value {
                    if let amount = Self.amount(value.compact) {
                        project?.funds[keyPath: path] = amount
                    } else {
                        report(.badAmount, line: line.number, column: value.column, value.text, label)
                    }
                }
            }
            index += value == nil ? 1 : 2
        }
        if understood { consume(line) }
        if !leftovers.isEmpty {
            report(.unexpectedLine, line: line.number, Wording(.lineInFormHeader).argument, leftovers.joined(separator: " | "))
        }
    }

    mutating func takeGoal(_ line: PrintedLine) {
        if Self.isTableHeader(line) {
            stage = .table
            consume(line)
            return
        }
        if line.cells.contains(where: { IndicatorLabels.isLabel($0.compact) }) {
            // An indicator row where the goal text should be: the table header line is missing.
            report(.tableHeaderMissing, line: line.number)
            stage = .table
            takeTableRow(line)
            return
        }
        let text = line.cells.map(\.text).joined(separator: " ")
        // The PDF export leaves paragraph tags in the goal text now and then.
        let untagged = text.utf8.contains(UInt8(ascii: "<"))
            ? text.replacingOccurrences(of: "<p>", with: " ").replacingOccurrences(of: "</p>", with: " ") : text
        let cleaned = PrintedText.normalizeName(untagged)
        if !cleaned.isEmpty { goalParts.append(cleaned) }
        consume(line)
    }

    /// `(2026 年度)` → 2026.
    static func formYear(_ compact: String) -> Int? {
        var text = compact
        guard text.hasPrefix("("), text.hasSuffix("年度)") else { return nil }
        text.removeFirst()
        text.removeLast(3)
        return text.count == 4 ? Int(text) : nil
    }

    /// `8,734,121.00` (optionally with 元) → 8734121.00.
    static func amount(_ compact: String) -> Decimal? {
        var text = compact
        if text.hasSuffix("元") { text.removeLast() }
        return DecimalLiteral.parseWhole(text)
    }
}
