/// The CSS inlined into every page: screen and print (A4 landscape, one week per page).
///
/// Every colour pair keeps a contrast ratio of at least 7:1 (text #1a1a1a on pale tints, links
/// #0a4a7f on white).
enum Stylesheet {
    /// Number of block colours (`c0` … `c5`).
    static let paletteSize = 6

    static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    html { font-size: 15px; }
    body { margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 80rem; color: #1a1a1a; background: #ffffff;
      font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; line-height: 1.4; }
    a { color: #0a4a7f; }
    a:focus-visible { outline: 3px solid #0a4a7f; outline-offset: 2px; }
    h1 { font-size: 1.8rem; margin: 0.5rem 0 0.25rem; }
    h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #1a1a1a; }
    h3 { font-size: 1.1rem; margin: 1.25rem 0 0.4rem; }
    p { margin: 0.25rem 0; }
    .subtitle { font-size: 1.15rem; }
    .meta { color: #333333; }
    .back { margin: 0 0 0.5rem; }
    nav ul, ul.feeds { list-style: none; padding: 0; margin: 0; columns: 18rem; }
    nav li, ul.feeds li { margin: 0.15rem 0; break-inside: avoid; }
    .button { display: inline-block; margin-left: 0.5rem; padding: 0.05rem 0.6rem; border-radius: 0.3rem;
      background: #0a4a7f; color: #ffffff; text-decoration: none; font-size: 0.85rem; }
    table { border-collapse: collapse; }
    table.agenda { width: 100%; table-layout: fixed; }
    table.agenda col.when { width: 9.5rem; } table.agenda col.what { width: 42%; } table.agenda col.who { width: 28%; }
    table.agenda th, table.agenda td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem;
      border-bottom: 1px solid #bbbbbb; }
    table.agenda td.when { white-space: nowrap; }
    table.agenda .title { font-weight: bold; }
    table.grid { width: 100%; table-layout: fixed; font-size: 0.8rem; }
    table.grid th { font-weight: bold; text-align: center; padding: 0.2rem; border: 1px solid #999999; background: #f2f2f2; }
    table.grid thead th:first-child { width: 4.5rem; }
    table.grid tbody th { font-weight: normal; text-align: right; vertical-align: top; font-size: 0.75rem; border-width: 0 1px; }
    table.grid tbody tr.hour th { border-top: 1px solid #999999; }
    table.grid tbody tr { height: var(--row, 1.2rem); }
    table.grid td { border-left: 1px solid #999999; border-right: 1px solid #999999; padding: 0; vertical-align: top; }
    table.grid tbody tr.hour td { border-top: 1px dotted #bbbbbb; }
    table.grid td.session { padding: 1px; }
    .block { min-height: calc(var(--span, 1) * var(--row, 1.2rem) - 2px); padding: 0.15rem 0.3rem; border: 1px solid #555555; border-left-width: 4px; border-radius: 3px;
      overflow-wrap: anywhere; line-height: 1.2; }
    .block p { margin: 0; }
    .block .title { font-weight: bold; }
    .block .when, .block .where { font-size: 0.7rem; }
    .c0 { background: #dbeafe; } .c1 { background: #dcfce7; } .c2 { background: #fef3c7; }
    .c3 { background: #fce7f3; } .c4 { background: #ede9fe; } .c5 { background: #e0f2f1; }
    .empty { color: #333333; font-style: italic; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
      clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
    table.grid th .closure { font-weight: normal; font-style: italic; }
    table.grid td.closed { vertical-align: middle; text-align: center; font-style: italic; color: #333333;
      background: repeating-linear-gradient(135deg, #f2f2f2 0 6px, #e6e6e6 6px 12px); }
    .zone { color: #333333; white-space: nowrap; }
    .period { margin: 1rem 0; padding: 0.4rem 0.6rem; border-left: 4px solid #555555; background: #f2f2f2; }
    @page { size: A4 landscape; margin: 10mm; }
    @media print {
      html { font-size: 10pt; }
      table.grid { font-size: 0.85rem; }
      table.grid tbody th, .block .when, .block .where { font-size: 0.8rem; }
      table.grid tbody tr { height: calc(var(--row, 1.2rem) * 0.7); }
      .block { min-height: calc(var(--span, 1) * var(--row, 1.2rem) * 0.7 - 2px); }
      body { max-width: none; padding: 0; }
      .back, .button, nav.views, section.feeds { display: none; }
      a { color: inherit; text-decoration: none; }
      section.week { break-after: page; break-inside: avoid; }
      section.week:last-of-type { break-after: auto; }
      section.week h2 { margin-top: 0; }
      section.day, tr, td.session, .block { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      .c0, .c1, .c2, .c3, .c4, .c5, table.grid th, table.grid td.closed, .period { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }
    """
}
