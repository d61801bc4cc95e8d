/// One self-contained HTML page, printable on A4: no external files, no scripts, Japanese font
/// fallbacks, tables that repeat their header across pages and are not split mid-row. A grid of
/// many columns (the schedule's twelve months) is printed landscape, its short cells unbroken; in
/// other tables the columns of short lines (dates, ids) are (`UnbrokenColumns`), so is every 和暦
/// date in a cell, and a long row header keeps a name's width. A list item with its own mark (◆)
/// gets no second bullet.
/// With a `PageFrame` the page is one of a published site: a skip link, the site's sections and
/// breadcrumbs as navigation landmarks, and a footer; without, it is the document alone.
struct HTMLRenderer {
    let document: Document
    let frame: PageFrame?
    /// Markup the web application adds before and after the document's blocks (a filter form,
    /// its forms), already escaped.
    var leader = ""
    var trailer = ""
    /// A style sheet to link instead of the inline one: a page served under a Content-Security-
    /// Policy that admits no inline style.
    var stylesheets: (base: String, wide: String)?

    static func isGrid(_ t: Table) -> Bool { t.header.count > 8 }

    static func render(_ d: Document, frame: PageFrame? = nil) -> String {
        HTMLRenderer(document: d, frame: frame).page()
    }

    func page() -> String {
        let d = document
        let wide = d.blocks.contains { if case .table(let t) = $0 { Self.isGrid(t) } else { false } }
        var body: [String] = []
        if let frame { body += header(frame) }
        let heading = ["<h1>\(text(d.title))</h1>"] + d.byline.map { "<p class=\"byline\">\(text($0))</p>" }
        if frame == nil {
            body += ["<header>"] + heading + ["</header>", "<main>"]
        } else {
            body += ["<main id=\"main\">"] + heading
        }
        if !leader.isEmpty { body.append(leader) }
        body += d.blocks.enumerated().map { n, b in
            let html = block(b, number: n)
            // Only a heading opens a printed page: it is the block the page is named by.
            guard d.newPageAt.contains(n), html.hasPrefix("<h2>") else { return html }
            return "<h2 class=\"new-page\">" + html.dropFirst(4)
        }
        if !trailer.isEmpty { body.append(trailer) }
        body.append("</main>")
        if let frame, !frame.footer.isEmpty {
            body.append("<footer class=\"site\">" + frame.footer.map { "<p>\(text($0))</p>" }.joined() + "</footer>")
        }
        return """
        <!DOCTYPE html>
        <html lang="\(Self.escape(d.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">\(frame == nil ? "" : "\n<meta name=\"generator\" content=\"kadai\">")
        <title>\(Self.escape(frame.map { $0.siteName == d.title ? d.title : "\(d.title) | \($0.siteName)" } ?? d.title))</title>
        \(stylesheets.map { "<link rel=\"stylesheet\" href=\"\(Self.escape($0.base))\">" + (wide ? "\n<link rel=\"stylesheet\" href=\"\(Self.escape($0.wide))\">" : "") } ?? """
        <style>
        \(Self.style)\(frame == nil ? "" : "\n" + Self.siteStyle)\(wide ? "\n" + Self.wideStyle : "")
        </style>
        """)
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    func header(_ frame: PageFrame) -> [String] {
        var lines = ["<a class=\"skip\" href=\"#main\">\(text(frame.skipLabel))</a>", "<header class=\"site\">",
                     "<p class=\"site-name\"><a href=\"\(Self.escape(frame.home))\">\(text(frame.siteName))</a></p>"]
        if !frame.sections.isEmpty {
            lines.append("<nav class=\"sections\" aria-label=\"\(Self.escape(frame.sectionsLabel))\"><ul>"
                + frame.sections.map { "<li>\(anchor($0))</li>" }.joined() + "</ul></nav>")
        }
        lines.append("</header>")
        if !frame.crumbs.isEmpty {
            lines.append("<nav class=\"crumbs\" aria-label=\"\(Self.escape(frame.crumbsLabel))\"><ol>"
                + frame.crumbs.map { "<li>\(anchor($0))</li>" }.joined() + "<li aria-current=\"page\">\(text(document.title))</li></ol></nav>")
        }
        return lines
    }

    func block(_ block: Block, number: Int) -> String {
        switch block {
        case .heading(let t): return "<h2>\(text(t))</h2>"
        case .paragraph(let t): return "<p>\(lines(t))</p>"
        case .bullets(let items):
            return "<ul>" + items.map { "<li\(ListMark.leads($0) ? " class=\"marked\"" : "")>\(lines($0))</li>" }.joined() + "</ul>"
        case .fields(let fields):
            return "<table class=\"fields\"><tbody>" + fields.map {
                "<tr><th scope=\"row\">\(text($0.label))</th><td>\(lines($0.value))</td></tr>"
            }.joined() + "</tbody></table>"
        case .table(let t):
            // Wrapped, so a wide table scrolls sideways on a phone instead of squeezing its text.
            // On a site's page a table of several columns becomes a card per row on a phone, each
            // value under its column's name.
            let grid = Self.isGrid(t)
            let cards = frame != nil && !grid && t.header.count > 2
            // A grid's cells are unbroken already (the wide style).
            let unbroken = grid ? [] : UnbrokenColumns.of(t)
            var html = "<div class=\"scroll\">" + (grid ? "<table class=\"grid\">" : cards ? "<table class=\"cards\">" : "<table>")
            if let caption = t.caption { html += "<caption>\(text(caption))</caption>" }
            html += "<thead><tr>" + t.header.map { "<th scope=\"col\">\(text($0))</th>" }.joined() + "</tr></thead><tbody>"
            html += t.rows.enumerated().map { r, row in
                "<tr>" + row.enumerated().map { c, cell in
                    let shown = UnbrokenDates.mark(lines(cell))
                    let content = t.link(row: r, column: c).map { "<a href=\"\(Self.escape($0))\">\(shown)</a>" } ?? shown
                    var attributes = c == 0 ? " scope=\"row\"" : ""
                    // A cell that repeats its column's name (a link to that document) needs no label.
                    if cards, c > 0, c < t.header.count, cell != t.header[c] { attributes += " data-label=\"\(Self.escape(t.header[c]))\"" }
                    // A short cell (a date, a count, a position) keeps to one line on a wide screen;
                    // a row header is often a name, so only the shortest (a date) does.
                    var classes: [String] = []
                    if frame != nil, !grid, cell.count <= (c == 0 ? 11 : 16), !cell.contains("\n") { classes.append("short") }
                    if unbroken.contains(c) { classes.append("unbroken") }
                    if !classes.isEmpty { attributes += " class=\"\(classes.joined(separator: " "))\"" }
                    return c == 0 ? "<th\(attributes)>\(content)</th>" : "<td\(attributes)>\(content)</td>"
                }.joined() + "</tr>"
            }.joined()
            return html + "</tbody></table></div>"
        case .note(let t): return "<p class=\"note\">\(lines(t))</p>"
        case .links(let links):
            return "<ul class=\"links\">" + links.map { "<li>\(anchor($0))</li>" }.joined() + "</ul>"
        case .chart(let c): return chart(c, id: "chart\(number)")
        }
    }

    /// A bar chart as inline SVG that scales with the page: the picture is `role="img"`, named by
    /// its title and described by its text alternative, so a screen reader reads the figures.
    func chart(_ c: BarChart, id: String) -> String {
        let row = 30, left = 120, width = 480, barSpace = 290
        let top = c.bars.map(\.value).max() ?? 0
        let height = c.bars.count * row + 8
        var svg = "<figure class=\"chart\"><svg role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(width) \(height)\">"
            + "<title id=\"\(id)-title\">\(Self.escape(c.title))</title><desc id=\"\(id)-desc\">\(Self.escape(c.alternative))</desc>"
        for (i, bar) in c.bars.enumerated() {
            let y = i * row + 4
            let length = top == 0 ? 0 : max(bar.value == 0 ? 0 : 2, bar.value * barSpace / top)
            svg += "<text x=\"\(left - 8)\" y=\"\(y + 18)\" text-anchor=\"end\">\(Self.escape(bar.label))</text>"
                + "<rect x=\"\(left)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"18\"></rect>"
                + "<text x=\"\(left + length + 6)\" y=\"\(y + 18)\">\(bar.value)\(Self.escape(c.unit))</text>"
        }
        return svg + "</svg><figcaption aria-hidden=\"true\">\(text(c.title))</figcaption></figure>"
    }

    func anchor(_ link: Link) -> String { "<a href=\"\(Self.escape(link.href))\">\(text(link.text))</a>" }

    /// Escaped text. On a page not in Japanese, each run of Japanese (a body's name, an issue's
    /// title) is marked `lang="ja"`, so a screen reader reads it with a Japanese voice and the
    /// English around it with the page's.
    func text(_ t: String) -> String {
        guard document.language != "ja", Self.hasJapanese(t) else { return Self.escape(t) }
        return Self.runs(t).map { $0.japanese ? "<span lang=\"ja\">\(Self.escape($0.text))</span>" : Self.escape($0.text) }.joined()
    }

    /// Text cut into runs of Japanese and of everything else. Digits, spaces and ASCII
    /// punctuation between two Japanese characters stay in the Japanese run (令和2年 5月); at its
    /// edges they belong to the page's language.
    static func runs(_ text: String) -> [(japanese: Bool, text: String)] {
        var runs: [(japanese: Bool, text: String)] = []
        var pending = ""
        for ch in text {
            let japanese = hasJapanese(String(ch))
            let neutral = !japanese && ch.unicodeScalars.allSatisfy { $0.value < 0x80 && !($0.properties.isAlphabetic) }
            if neutral {
                pending.append(ch)
                continue
            }
            if let last = runs.last, last.japanese == japanese {
                runs[runs.count - 1].text += pending + String(ch)
            } else if !japanese {
                runs.append((false, pending + String(ch)))
            } else {
                if !pending.isEmpty {
                    if runs.isEmpty { runs.append((false, pending)) } else { runs[runs.count - 1].text += pending }
                }
                runs.append((true, String(ch)))
            }
            pending = ""
        }
        if !pending.isEmpty {
            if let last = runs.last, !last.japanese { runs[runs.count - 1].text += pending } else { runs.append((false, pending)) }
        }
        return runs
    }

    /// Text with its line breaks kept.
    func lines(_ t: String) -> String {
        text(t).replacing("\n", with: "<br>")
    }

    static func hasJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            (0x3000...0x30FF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
                || (0xFF00...0xFFEF).contains($0.value)
        }
    }

    typealias P = HTMLPalette

    static let style = """
    @page { size: A4; margin: 15mm 14mm; }
    html { font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", "YuGothic", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", sans-serif; color: \(P.ink); background: \(P.paper); }
    body { max-width: 182mm; margin: 0 auto; padding: 1rem; font-size: 10.5pt; line-height: 1.6; }
    h1 { font-size: 15pt; margin: 0 0 .3rem; border-bottom: 2px solid \(P.ink); padding-bottom: .2rem; }
    h2 { font-size: 11.5pt; margin: 1.1rem 0 .4rem; }
    .byline { margin: 0; text-align: right; font-size: 9.5pt; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
    th, td { border: 1px solid \(P.rule); padding: .25rem .4rem; vertical-align: top; text-align: left; }
    thead th { background: \(P.headRow); }
    tbody th { background: \(P.headColumn); font-weight: normal; }
    table.fields th { width: 28%; }
    caption { text-align: left; font-weight: bold; padding-bottom: .2rem; }
    ul { margin: .2rem 0 .6rem; padding-left: 1.4rem; }
    li.marked { list-style: none; padding-left: 1em; text-indent: -1em; }
    .unbroken { white-space: nowrap; }
    tbody th[scope="row"]:not(.unbroken) { min-width: 6.5em; }
    .note { font-size: 9pt; color: \(P.muted); }
    figure.chart { margin: .4rem 0 .8rem; max-width: 34rem; }
    figure.chart svg { width: 100%; height: auto; }
    figure.chart text { fill: \(P.ink); font-size: 15px; }
    figure.chart rect { fill: \(P.band); }
    figure.chart figcaption { font-size: 9.5pt; color: \(P.muted); }
    @media print {
      body { padding: 0; max-width: none; }
      thead { display: table-header-group; }
      tr, li { break-inside: avoid; }
      h2 { break-after: avoid; }
      h2.new-page { break-before: page; }
    }
    .scroll { overflow-x: auto; }
    @media (max-width: 600px) { body { font-size: 11pt; padding: .5rem; } table { font-size: 10pt; } table.grid td, table.grid thead th { padding: .2rem .25rem; } }
    @media print { .scroll { overflow: visible; } }
    """

    /// After the site's sheet, as the web application links it: a site's page with a grid is as
    /// wide as the landscape page. The grid's type is a little smaller, so twelve months of
    /// 8月6日, some with （オンライン開催） under them, fit across it unbroken.
    static let wideStyle = """
    @page { size: A4 landscape; margin: 12mm; }
    body { max-width: 273mm; }
    table.grid { font-size: 9pt; }
    table.grid td { white-space: nowrap; text-align: center; }
    table.grid thead th { text-align: center; white-space: nowrap; }
    table.grid tbody th { min-width: 9em; }
    """

    /// The site's frame: a band with the council's name and sections, breadcrumbs, a footer;
    /// links underlined and coloured, a visible focus ring for keyboard users; on paper the
    /// navigation is left out and links print as plain text.
    static let siteStyle = """
    body { max-width: 62rem; }
    a { color: \(P.link); text-underline-offset: .15em; }
    a:visited { color: \(P.visited); }
    a:focus-visible { outline: 3px solid \(P.focus); outline-offset: 2px; }
    .skip { position: absolute; left: -10000px; }
    .skip:focus { position: static; display: inline-block; margin-bottom: .4rem; background: \(P.paper); }
    header.site { background: \(P.band); color: \(P.bandInk); margin: -1rem -1rem .6rem; padding: .6rem 1rem .5rem; }
    header.site a, header.site a:visited { color: \(P.bandInk); }
    header.site a:focus-visible { outline-color: \(P.bandInk); }
    .site-name { margin: 0; font-size: 12.5pt; font-weight: bold; }
    .site-name a { text-decoration: none; }
    nav.sections ul { list-style: none; display: flex; flex-wrap: wrap; gap: .1rem 1.4rem; margin: .3rem 0 0; padding: 0; }
    nav.sections a { display: inline-block; padding: .15rem 0; }
    nav.crumbs ol { list-style: none; display: flex; flex-wrap: wrap; margin: 0 0 .8rem; padding: 0; font-size: 9.5pt; }
    nav.crumbs li + li::before { content: "›"; padding: 0 .45em; }
    ul.links { list-style: square; }
    ul.links li { padding: .2rem 0; }
    footer.site { margin-top: 2rem; border-top: 1px solid \(P.rule); padding-top: .4rem; font-size: 9pt; color: \(P.muted); }
    footer.site p { margin: .1rem 0; overflow-wrap: anywhere; }
    table.fields td { overflow-wrap: anywhere; }
    @media (min-width: 601px) { .short { white-space: nowrap; } }
    @media (max-width: 600px) {
      header.site { margin: -.5rem -.5rem .6rem; padding: .5rem; }
      th.short { white-space: nowrap; }
      table.cards thead { position: absolute; left: -10000px; }
      table.cards caption { display: block; }
      table.cards, table.cards tbody, table.cards tr, table.cards th, table.cards td { display: block; width: auto; }
      table.cards tr { border: 1px solid \(P.rule); margin-bottom: .6rem; }
      table.cards th, table.cards td { border: none; }
      table.cards tbody th { font-weight: bold; }
      table.cards td { padding: .1rem .4rem; }
      table.cards td[data-label]::before { content: attr(data-label) "："; color: \(P.muted); font-size: 9.5pt; }
      table.cards td[data-label]:lang(en)::before { content: attr(data-label) ": "; }
      table.cards td:empty { display: none; }
    }
    @media print {
      .skip, nav.sections, nav.crumbs { display: none; }
      header.site { background: none; color: \(P.ink); margin: 0 0 .4rem; padding: 0; }
      header.site a, a, a:visited { color: \(P.ink); text-decoration: none; }
    }
    """

    static func escape(_ text: String) -> String {
        // Most text has nothing to escape; when it has, the five characters are ASCII, so the
        // scalars are scanned rather than compared Character by Character.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
