/// One self-contained HTML page, printable on A4: no external files, no scripts, Japanese font
/// fallbacks, tables that repeat their header across pages and are not split mid-row. A grid of
/// many columns (the schedule's twelve months) is printed landscape, its short cells unbroken.
enum HTMLRenderer {
    static func isGrid(_ t: Table) -> Bool { t.header.count > 8 }

    static func render(_ d: Document) -> String {
        let wide = d.blocks.contains { if case .table(let t) = $0 { isGrid(t) } else { false } }
        var body: [String] = ["<header>", "<h1>\(escape(d.title))</h1>"]
        for line in d.byline { body.append("<p class=\"byline\">\(escape(line))</p>") }
        body.append("</header>")
        body.append("<main>")
        for block in d.blocks {
            switch block {
            case .heading(let text): body.append("<h2>\(escape(text))</h2>")
            case .paragraph(let text): body.append("<p>\(lines(text))</p>")
            case .bullets(let items): body.append("<ul>" + items.map { "<li>\(lines($0))</li>" }.joined() + "</ul>")
            case .fields(let fields):
                body.append("<table class=\"fields\"><tbody>" + fields.map {
                    "<tr><th scope=\"row\">\(escape($0.label))</th><td>\(lines($0.value))</td></tr>"
                }.joined() + "</tbody></table>")
            case .table(let t):
                // Wrapped, so a wide table scrolls sideways on a phone instead of squeezing its text.
                var html = "<div class=\"scroll\">" + (isGrid(t) ? "<table class=\"grid\">" : "<table>")
                if let caption = t.caption { html += "<caption>\(escape(caption))</caption>" }
                html += "<thead><tr>" + t.header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
                html += t.rows.map { row in
                    "<tr>" + row.enumerated().map { i, cell in
                        i == 0 ? "<th scope=\"row\">\(lines(cell))</th>" : "<td>\(lines(cell))</td>"
                    }.joined() + "</tr>"
                }.joined()
                body.append(html + "</tbody></table></div>")
            case .note(let text): body.append("<p class=\"note\">\(lines(text))</p>")
            case .links(let links):
                body.append("<ul class=\"links\">" + links.map { "<li><a href=\"\(escape($0.href))\">\(escape($0.text))</a></li>" }.joined() + "</ul>")
            }
        }
        body.append("</main>")
        return """
        <!DOCTYPE html>
        <html lang="\(escape(d.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(d.title))</title>
        <style>
        \(style)\(wide ? "\n" + wideStyle : "")
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    static let style = """
    @page { size: A4; margin: 15mm 14mm; }
    html { font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", "YuGothic", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", sans-serif; color: #1a1a1a; background: #fff; }
    body { max-width: 182mm; margin: 0 auto; padding: 1rem; font-size: 10.5pt; line-height: 1.6; }
    h1 { font-size: 15pt; margin: 0 0 .3rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; }
    h2 { font-size: 11.5pt; margin: 1.1rem 0 .4rem; }
    .byline { margin: 0; text-align: right; font-size: 9.5pt; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
    th, td { border: 1px solid #555; padding: .25rem .4rem; vertical-align: top; text-align: left; }
    thead th { background: #e8e8e8; }
    tbody th { background: #f4f4f4; font-weight: normal; }
    table.fields th { width: 28%; }
    caption { text-align: left; font-weight: bold; padding-bottom: .2rem; }
    ul { margin: .2rem 0 .6rem; padding-left: 1.4rem; }
    .note { font-size: 9pt; color: #333; }
    @media print {
      body { padding: 0; max-width: none; }
      thead { display: table-header-group; }
      tr, li { break-inside: avoid; }
      h2 { break-after: avoid; }
    }
    .scroll { overflow-x: auto; }
    @media (max-width: 600px) { body { font-size: 11pt; padding: .5rem; } table { font-size: 10pt; } table.grid td, table.grid thead th { padding: .2rem .25rem; } }
    @media print { .scroll { overflow: visible; } }
    """

    static let wideStyle = """
    @page { size: A4 landscape; margin: 12mm; }
    body { max-width: 273mm; }
    table.grid td { white-space: nowrap; text-align: center; }
    table.grid thead th { text-align: center; }
    table.grid tbody th { min-width: 9em; }
    """

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Escaped text with its line breaks kept.
    static func lines(_ text: String) -> String {
        escape(text).replacing("\n", with: "<br>")
    }
}
