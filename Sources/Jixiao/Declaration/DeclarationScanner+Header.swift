import Foundation

/// The part of a form above the indicator table: fields, money and 年度总体目标 (as
/// `DeclarationTextReader+Header`).
extension DeclarationScanner {
    enum HeaderKey: @unchecked Sendable {
        case field(WritableKeyPath<DeclarationTable.ProjectRecord, TextRef>)
        case money(WritableKeyPath<DeclarationTable.ProjectRecord, Fixed>, String)
        /// A label with no value of its own (项目资金(元), 财政资金 …).
        case label
        case goalHeading
    }

    // Immutable; key paths are not Sendable, hence the annotation.
    nonisolated(unsafe) static let headerKeys = ByteTable<HeaderKey>([
        ("项目名称", .field(\.name)), ("项目性质", .field(\.nature)), ("项目类别", .field(\.category)),
        ("主管部门", .field(\.supervisor)), ("实施单位", .field(\.unit)),
        ("计划开始日期", .field(\.startDate)), ("计划完成日期", .field(\.endDate)),
        ("年度资金申请总额", .money(\.total, "年度资金申请总额")), ("当年财政拨款", .money(\.fiscal, "当年财政拨款")),
        ("上年结转资金", .money(\.carryover, "上年结转资金")), ("其他资金", .money(\.other, "其他资金")),
        ("项目资金(元)", .label), ("项目资金", .label), ("项目资金总额", .label), ("财政资金", .label),
        ("项目绩效目标", .label), ("项目总目标", .label), ("年度总体目标", .goalHeading),
    ])

    static let among = Array("其中".utf8)

    /// The key a cell spells, after dropping `其中:` and a trailing colon.
    func headerKey(_ cell: Cell) -> HeaderKey? {
        withCompact(cell) { bytes -> HeaderKey? in
            var key = bytes
            if key.starts(with: Self.among) {
                key = UnsafeBufferPointer(rebasing: key[(key.startIndex + Self.among.count)...])
                if key.first == 0x3A { key = UnsafeBufferPointer(rebasing: key[(key.startIndex + 1)...]) }
            }
            while key.last == 0x3A { key = UnsafeBufferPointer(rebasing: key[..<(key.endIndex - 1)]) }
            return Self.headerKeys[key]
        }
    }

    mutating func takeHeader() {
        if isTableHeader() {
            stage = .table
            consume()
            return
        }
        if cells.count == 1, let year = DeclarationText.formYear(compactString(cells[0])) {
            project?.year = Int32(year)
            consume()
            return
        }
        var leftovers: [String] = []
        var index = 0
        var understood = false
        while index < cells.count {
            let cell = cells[index]
            guard let key = headerKey(cell) else {
                leftovers.append(text(cell))
                index += 1
                continue
            }
            understood = true
            let next = index + 1 < cells.count ? cells[index + 1] : nil
            let value = next.flatMap { headerKey($0) == nil ? $0 : nil }
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
                    if let amount = withCompact(value, { Self.amount($0) }) {
                        project?[keyPath: path] = amount
                    } else {
                        report(.badAmount, line: lineNumber, column: column(value), text(value), label)
                    }
                }
            }
            index += value == nil ? 1 : 2
        }
        if understood { consume() }
        if !leftovers.isEmpty {
            report(.unexpectedLine, line: lineNumber, Wording(.lineInFormHeader).argument, leftovers.joined(separator: " | "))
        }
    }

    static let yuan = Array("元".utf8)

    /// `8,734,121.00` (optionally with 元) → 8734121.
    static func amount(_ compact: UnsafeBufferPointer<UInt8>) -> Fixed? {
        var bytes = compact
        if bytes.count >= yuan.count, bytes[(bytes.endIndex - yuan.count)...].elementsEqual(yuan) {
            bytes = UnsafeBufferPointer(rebasing: bytes[..<(bytes.endIndex - yuan.count)])
        }
        guard case .success(let (value, end)) = Fixed.scan(bytes, from: 0), end == bytes.count else { return nil }
        return value
    }

    mutating func takeGoal() {
        if isTableHeader() {
            stage = .table
            consume()
            return
        }
        if cells.contains(where: { IndicatorLabels.isLabel(compactString($0)) }) {
            // An indicator row where the goal text should be: the table header line is missing.
            report(.tableHeaderMissing, line: lineNumber)
            stage = .table
            takeTableRow()
            return
        }
        if cells.count == 1 && !table.text.withBytes(cells[0].text, { $0.contains(UInt8(ascii: "<")) }) {
            goalParts.append(cells[0].text)
        } else {
            let text = cells.map(text).joined(separator: " ")
            // The PDF export leaves paragraph tags in the goal text now and then.
            let untagged = text.utf8.contains(UInt8(ascii: "<"))
                ? text.replacingOccurrences(of: "<p>", with: " ").replacingOccurrences(of: "</p>", with: " ") : text
            let cleaned = PrintedText.normalizeName(untagged)
            if !cleaned.isEmpty { goalParts.append(table.text.arena.append(cleaned)) }
        }
        consume()
    }
}
