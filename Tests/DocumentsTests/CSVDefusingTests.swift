import Testing
@testable import Documents

/// A cell Excel would run as a formula gets a leading apostrophe (OWASP's CSV injection guidance):
/// one starting with `=`, `+`, `-`, `@`, a tab or a carriage return (issue 11, finding 9).
@Suite struct CSVDefusingTests {
    static let cells: [(cell: String, written: String)] = [
        ("=1+1", "'=1+1"),
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+A1", "'+A1"),
        ("-A1", "'-A1"),
        ("-2+3", "'-2+3"),
        ("-1e5", "'-1e5"),
        ("-0x10", "'-0x10"),
        ("-inf", "'-inf"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("\r\n=1+1", "'\r\n=1+1"),
        ("-", "'-"),
        ("-2", "-2"),
        ("+1.5", "+1.5"),
        ("-.5", "-.5"),
        ("4回", "4回"),
        (" =1+1", " =1+1"),
        ("相談支援部会", "相談支援部会"),
        ("", ""),
    ]

    @Test(arguments: cells.indices) func aCell(_ i: Int) {
        let (cell, written) = Self.cells[i]
        #expect(CSVRenderer.defused(cell) == written, "\(cell.debugDescription)")
    }

    @Test func aTableQuotesTheDefusedCell() {
        #expect(CSVRenderer.table([["\t=cmd|' /C calc'!A0", "-2"]]) == "\u{FEFF}\"'\t=cmd|' /C calc'!A0\",\"-2\"\r\n")
    }
}
