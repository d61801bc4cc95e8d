/// CSV that Excel in Japan opens as it is: UTF-8 with a byte-order mark, CRLF line ends, every
/// cell quoted. A document becomes rows top to bottom: headings and paragraphs in the first
/// column, fields as label/value rows, tables as their header and rows.
public enum CSVRenderer {
    static func render(_ d: Document) -> String {
        var rows: [[String]] = [[d.title]] + d.byline.map { [$0] }
        for block in d.blocks {
            switch block {
            case .heading(let t), .paragraph(let t), .note(let t): rows.append([t])
            case .bullets(let items): rows += items.map { ["・" + $0] }
            case .links(let links): rows += links.map { [$0.text, $0.href] }
            case .chart(let c): rows += [[c.title]] + c.bars.map { [$0.label, String($0.value)] }
            case .fields(let fields): rows += fields.map { [$0.label, $0.value] }
            case .table(let t):
                if let caption = t.caption { rows.append([caption]) }
                rows.append(t.header)
                rows += t.rows
            }
        }
        return table(rows)
    }

    /// Rows as a CSV file for Excel: BOM, every cell quoted and defused, CRLF line ends.
    public static func table(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ cell: String) -> String {
        "\"" + defused(cell).replacing("\"", with: "\"\"") + "\""
    }

    /// Text that Excel would run as a formula is kept as text by a leading apostrophe (OWASP's
    /// CSV injection guidance): a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
    /// (Excel skips those two and reads the `=` after them). Plain numbers such as `-2` stay numbers.
    static func defused(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        if first == "+" || first == "-", isPlainNumber(cell.utf8.dropFirst()) { return cell }
        return "'" + cell
    }

    /// Digits with at most one decimal point, as after the sign of -2 or +1.5: nothing more than a number.
    static func isPlainNumber(_ rest: Substring.UTF8View) -> Bool {
        let digits = rest.filter { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        let points = rest.filter { $0 == UInt8(ascii: ".") }.count
        return digits > 0 && points <= 1 && digits + points == rest.count
    }
}
