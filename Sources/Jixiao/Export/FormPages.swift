/// Where a project's indicator table breaks between printed pages, so that a reviewer never gets a
/// page of 总分 and 等级 alone, or a page of one or two rows: pages are filled in order, and the
/// page the totals are on keeps at least `minimum` rows with them (all of them when the table has
/// fewer). Heights are in the document's own unit (points in a sheet, pixels in the HTML).
/// Used by the XLSX form (`SelfAssessmentSheet`, with its row heights) and the HTML form
/// (`SelfAssessmentHTML`, with estimated ones); each repeats the 一级/二级 labels at every break.
enum FormPages {
    /// The indices of the rows that begin a new page. `firstPage` is the room left for rows on
    /// the page the table starts on, `nextPage` the room on a page after it (below the repeated
    /// heads); `totals` the height of the rows after the table (总分, 等级).
    static func breaks(rows: [Double], totals: Double, firstPage: Double, nextPage: Double, minimum: Int = 5) -> [Int] {
        let n = rows.count
        let tail = n - min(minimum, n)
        var breaks: [Int] = []
        var room = firstPage
        var i = 0
        while i < n {
            if rows[i...].reduce(0, +) + totals <= room { break }
            var used = 0.0
            var j = i
            while j < n, used + rows[j] <= room {
                used += rows[j]
                j += 1
            }
            // Fewer than `minimum` rows below the form's head: the table starts on the next page.
            if i == 0, j < minimum, room < nextPage {
                breaks.append(0)
                room = nextPage
                continue
            }
            // On the page before the totals' page, rows that would leave too few with the totals go
            // with them.
            if j > tail, rows[j...].reduce(0, +) + totals <= nextPage {
                j = tail
                // …unless that leaves this page too few: then the rest is shared between the two.
                if j - i < minimum { j = max(i + 1, i + (n - i) / 2) }
            }
            // A row taller than a page still takes a page of its own.
            if j <= i { j = i + 1 }
            breaks.append(j)
            room = nextPage
            i = j
        }
        return breaks
    }
}
