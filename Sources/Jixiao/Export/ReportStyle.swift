/// The HTML report's style sheet and grade colours: inline, with print rules for A4 landscape
/// (a form's heads and its project's name repeat on each page it runs on).
enum ReportStyle {
    static func color(forGrade grade: String, in cutoffs: [GradeCutoff]) -> String {
        let palette = ["#2e7d32", "#1565c0", "#ef6c00", "#c62828", "#6a1b9a"]
        let index = cutoffs.firstIndex { $0.grade == grade } ?? palette.count - 1
        return palette[min(index, palette.count - 1)]
    }

    static let css = """
    :root { --ink: #1f2933; --muted: #616e7c; --line: #cbd2d9; --head: #e8eef4; }
    * { box-sizing: border-box; }
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimSun", sans-serif;
           color: var(--ink); margin: 24px auto; max-width: 1100px; padding: 0 16px; line-height: 1.45; }
    h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); }
    h3 { font-size: 16px; margin: 18px 0 6px; }
    .muted { color: var(--muted); font-size: 13px; }
    .hero { display: flex; gap: 24px; align-items: center; margin: 16px 0; }
    .score { font-size: 56px; font-weight: 700; line-height: 1; }
    .grade { display: inline-block; color: #fff; border-radius: 6px; padding: 6px 14px; font-size: 28px; font-weight: 700; }
    .facts { display: grid; grid-template-columns: repeat(4, auto); gap: 4px 24px; font-size: 14px; }
    .facts b { display: block; font-size: 18px; }
    table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 12px; }
    th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: middle; }
    th { background: var(--head); font-weight: 600; }
    td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.c { text-align: center; }
    tr.total td { font-weight: 700; }
    .lost { color: #c62828; }
    .warn { color: #c62828; font-weight: 600; }
    small.typed { display: block; font-size: 10px; color: #666; }
    .chart { max-width: 100%; height: auto; }
    table.narrow { width: auto; min-width: 240px; }
    .chart .label, .chart .value, .chart .mark-label { font-size: 12px; fill: var(--ink); }
    .chart .value { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
    .chart .mark { stroke: var(--muted); stroke-dasharray: 4 3; }
    .project { margin-top: 36px; }
    table.form { table-layout: fixed; margin: 0; }
    table.form + table.form { border-top: none; }
    table.form td, table.form th { overflow-wrap: anywhere; }
    table.form td.num { white-space: normal; }
    tr.running td { border: none; background: none; color: var(--muted); font-size: 12px; padding: 6px 0 2px; }
    table.review { table-layout: fixed; } table.review td { vertical-align: top; overflow-wrap: anywhere; }
    @page { size: A4 landscape; margin: 12mm 12mm 14mm; }
    @media print {
      body { margin: 0; max-width: none; padding: 0; }
      table { font-size: 11px; } th, td { padding: 3px 4px; }
      .project, .notes { break-before: page; margin-top: 0; }
      thead { display: table-header-group; }
      /* Rows may break between pages: a row kept whole with the merged 一级/二级 cells beside it
         would carry a whole block to the next page and leave half a page blank. */
      table, svg { break-inside: auto; }
      /* The form's pages break where SelfAssessmentHTML.pageBreaks puts them. */
      table.indicators tr.break, table.indicators.newpage { break-before: page; }
      h2, h3 { break-after: avoid; }
    }
    """
}
