/// The columns of a table whose lines are all short — dates, counts, ids, a status — which HTML
/// keeps unbroken. Beside a long column a browser gives a short one its narrowest possible width,
/// and Japanese may break between any two characters, so 令和5年5月11日 stood a character or two a
/// line and K-0005 split at its hyphen. The narrowest are kept first, and only while they leave
/// each long column a readable width on a portrait A4 page.
struct UnbrokenColumns {
    /// In characters (a Latin letter is half): the line of a portrait A4 page at 10.5pt less a
    /// little; the longest line kept unbroken (第10回 令和10年12月31日, どこでだれと暮らしたいか部会
    /// fit); what a long column keeps at least; a cell's padding.
    static let page = 46.0
    static let longestLine = 14.0
    static let longColumn = 12.0
    static let padding = 0.8

    /// The header is left out: a column's name may wrap above its cells.
    static func of(_ table: Table) -> Set<Int> {
        let widths = table.header.indices.map { c in
            table.rows.compactMap { c < $0.count ? $0[c] : nil }.flatMap { $0.split(separator: "\n") }.map(width).max() ?? 0
        }
        let short = widths.indices.filter { widths[$0] <= longestLine }.sorted { widths[$0] < widths[$1] }
        var left = page - longColumn * Double(widths.count - short.count) - padding * Double(widths.count)
        var kept = Set<Int>()
        for c in short where widths[c] <= left {
            kept.insert(c)
            left -= widths[c]
        }
        return kept
    }

    /// A Japanese (or other wide) character is one, a Latin letter, digit or space about half.
    static func width(_ line: Substring) -> Double {
        line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 1 : 0.5) }
    }
}
