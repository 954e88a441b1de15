import Foundation

/// A horizontal bar chart as inline SVG: one labelled bar per item, scaled to `maximum`, with the
/// value printed at the end of the bar. No script, no external font.
struct BarChart {
    struct Bar {
        var label: String
        var value: Decimal
        var color: String
        var note: String?
    }

    var bars: [Bar]
    var maximum: Decimal
    /// Vertical reference lines (e.g. grade cut-offs) with their labels.
    var marks: [(value: Decimal, label: String)] = []

    func svg(title: String) -> String {
        let labelWidth = 300.0
        let barWidth = 380.0
        let rowHeight = 24.0
        let top = 8.0
        let height = top + Double(bars.count) * rowHeight + (marks.isEmpty ? 8 : 24)
        // Room right of the bars for the longest value with its note (`100.00 优 Excellent`), at about
        // 6.5 px per column of 12 px text.
        let longest = bars.map { DisplayWidth.of(Rounding.fixed($0.value) + ($0.note.map { " " + $0 } ?? "")) }.max() ?? 0
        let width = labelWidth + barWidth + max(90, Double(longest) * 6.5 + 16)
        let maximum = NSDecimalNumber(decimal: self.maximum > 0 ? self.maximum : 1).doubleValue
        func x(_ value: Decimal) -> Double { labelWidth + barWidth * min(1, max(0, NSDecimalNumber(decimal: value).doubleValue / maximum)) }
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(XMLText.escape(title))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
            + "width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\"><title>\(XMLText.escape(title))</title>"
        // Grade lines first, so that bars and their labels are drawn over them; their labels go
        // below the last bar.
        let bottom = top + Double(bars.count) * rowHeight
        for mark in marks {
            let mx = x(mark.value)
            svg += "<line x1=\"\(format(mx))\" y1=\"\(Int(top))\" x2=\"\(format(mx))\" y2=\"\(format(bottom))\" class=\"mark\"/>"
            svg += "<text x=\"\(format(mx))\" y=\"\(format(bottom + 16))\" text-anchor=\"middle\" class=\"mark-label\">\(XMLText.escape(mark.label))</text>"
        }
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let label = bar.label.count > 22 ? String(bar.label.prefix(21)) + "…" : bar.label
            svg += "<text x=\"\(Int(labelWidth - 8))\" y=\"\(format(y + 16))\" text-anchor=\"end\" class=\"label\">\(XMLText.escape(label))</text>"
            let end = x(bar.value)
            svg += "<rect x=\"\(Int(labelWidth))\" y=\"\(format(y + 4))\" width=\"\(format(end - labelWidth))\" height=\"16\" rx=\"2\" fill=\"\(bar.color)\"/>"
            let value = Rounding.fixed(bar.value) + (bar.note.map { " " + $0 } ?? "")
            svg += "<text x=\"\(format(end + 6))\" y=\"\(format(y + 16))\" class=\"value\">\(XMLText.escape(value))</text>"
        }
        return svg + "</svg>"
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
