/// How tall a row of the HTML form prints, estimated in CSS pixels for `FormPages`: A4 landscape
/// with the report's 12 mm margins is 1032 × 695 px; the form's table prints at 11 px with a
/// line height of 1.45 and 3 px of padding, its columns at fixed shares of the width
/// (`SelfAssessmentHTML.columns`). A CJK character is 11 px wide, other characters about half
/// that; 10 % is added to each line for wrapping at word boundaries. The estimate is meant to be
/// on the tall side: a page filled less than it could be is better than a break the browser adds.
enum PrintedRowHeight {
    static let pageWidth = 1032.0
    static let pageHeight = 695.0
    static let line = 16.0
    static let padding = 7.0
    /// The form's column shares, in percent (columns A–I).
    static let shares: [Double] = [9, 8, 9, 18, 10, 10, 6, 6, 24]

    /// The lines `text` takes in the columns `first...last`.
    static func lines(_ text: String, columns: ClosedRange<Int>) -> Int {
        let width = columns.reduce(0.0) { $0 + shares[$1] } / 100 * pageWidth - 8
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, part in
            total + max(1, Int((Double(DisplayWidth.of(part)) * 5.5 * 1.1 / max(width, 1)).rounded(.up)))
        }
    }

    /// A row whose cells hold these texts, each in its columns.
    static func height(_ cells: [(String, ClosedRange<Int>)]) -> Double {
        Double(cells.map { lines($0.0, columns: $0.1) }.max() ?? 1) * line + padding
    }
}
