/// Every colour a page uses, in one place, with the pairs text is read on: a test holds each pair
/// to the WCAG contrast it needs (4.5:1 for text, 3:1 for a focus ring), and the style sheet may
/// use no colour that is not listed here.
enum HTMLPalette {
    static let ink = "#1a1a1a"
    static let paper = "#ffffff"
    static let muted = "#3b3b3b"
    static let rule = "#555555"
    static let headRow = "#e8e8e8"
    static let headColumn = "#f4f4f4"
    static let link = "#0b4f8a"
    static let visited = "#5b2a86"
    static let band = "#12395e"
    static let bandInk = "#ffffff"
    static let focus = "#b34700"

    /// What is read on what, and the contrast it needs.
    static let pairs: [(use: String, foreground: String, background: String, minimum: Double)] = [
        ("text", ink, paper, 4.5),
        ("small print", muted, paper, 4.5),
        ("column headers", ink, headRow, 4.5),
        ("row headers", ink, headColumn, 4.5),
        ("links", link, paper, 4.5),
        ("links in row headers", link, headColumn, 4.5),
        ("visited links", visited, paper, 4.5),
        ("visited links in row headers", visited, headColumn, 4.5),
        ("site name and sections", bandInk, band, 4.5),
        ("table rules", rule, paper, 3),
        ("chart bars", band, paper, 3),
        ("focus ring", focus, paper, 3),
        ("focus ring on the band", bandInk, band, 3),
    ]

    static var all: [String] { [ink, paper, muted, rule, headRow, headColumn, link, visited, band, bandInk, focus] }
}
