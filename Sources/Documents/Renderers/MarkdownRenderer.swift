/// Markdown for a terminal or a wiki: headings, bullet lists and pipe tables. Table cells keep
/// their line breaks as `<br>`, which Markdown tables allow and terminals still read.
enum MarkdownRenderer {
    static func render(_ d: Document) -> String {
        var out: [String] = ["# " + d.title]
        if !d.byline.isEmpty { out.append(d.byline.joined(separator: "  \n")) }
        for block in d.blocks {
            switch block {
            case .heading(let text): out.append("## " + text)
            case .paragraph(let text): out.append(text)
            case .bullets(let items): out.append(items.map { "- " + $0.replacing("\n", with: " ") }.joined(separator: "\n"))
            case .fields(let fields):
                // Label on the left, value on the right, as on the paper forms; the first pair
                // stands in the header row a Markdown table must have.
                let rows = fields.map { [$0.label, $0.value] }
                out.append(table(header: rows[0], rows: Array(rows.dropFirst())))
            case .table(let t):
                var text = t.caption.map { "**\($0)**\n\n" } ?? ""
                let rows = t.rows.enumerated().map { r, row in
                    row.enumerated().map { c, text in t.link(row: r, column: c).map { "[\(text.replacing("]", with: "\\]"))](\($0))" } ?? text }
                }
                text += table(header: t.header, rows: rows)
                out.append(text)
            case .note(let text): out.append("> " + text.replacing("\n", with: "\n> "))
            case .chart(let c): out.append("**\(c.title)**\n\n" + table(header: ["", c.unit], rows: c.bars.map { [$0.label, String($0.value)] }))
            case .links(let links): out.append(links.map { "- [\($0.text.replacing("]", with: "\\]"))](\($0.href))" }.joined(separator: "\n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    static func table(header: [String], rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String { "| " + cells.map(cell).joined(separator: " | ") + " |" }
        return ([line(header), "|" + String(repeating: " --- |", count: header.count)] + rows.map(line)).joined(separator: "\n")
    }

    static func cell(_ text: String) -> String {
        text.replacing("|", with: "\\|").replacing("\n", with: "<br>")
    }
}
