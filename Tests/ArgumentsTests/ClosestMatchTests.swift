import Arguments
import Testing

@Suite("closestMatch")
struct ClosestMatchTests {
    static let commands = ["init", "audit", "stats", "issue"]

    @Test(arguments: [
        // Exact, ignoring case.
        ("audit", commands, "audit"),
        ("AUDIT", commands, "audit"),
        ("k-0001", ["K-0001", "K-0002"], "K-0001"),
        // One transposition counts as one edit.
        ("audti", commands, "audit"),
        ("Audti", commands, "audit"),
        ("sattS", commands, "stats"),
        ("ab", ["ba"], "ba"),
        // Insertions, deletions, substitutions within max(1, length / 3).
        ("isue", commands, "issue"),
        ("issues", commands, "issue"),
        ("vrify", ["verify", "anchor", "log"], "verify"),
        ("verifyy", ["verify", "anchor", "log"], "verify"),
        ("--stor", ["--store", "--as", "--lang", "--json"], "--store"),
        ("jp", ["ja", "en"], "ja"),
        // A unique beginning is an abbreviation.
        ("aud", commands, "audit"),
        ("st", commands, "stats"),
        ("相談支援部", ["相談支援部会", "就労部会"], "相談支援部会"),
        // A shared beginning is not.
        ("i", commands, nil),
        ("in", ["init", "inbox"], nil),
        // Equally near different words: no guess.
        ("K-0003", ["K-0001", "K-0002"], nil),
        // Too far.
        ("xyz", commands, nil),
        ("frobnicate", commands, nil),
        ("fr", ["ja", "en"], nil),
        ("verification", ["verify"], nil),
        // Optimal string alignment never edits a substring twice: "ca" → "abc" is 3, not 2.
        ("ca", ["abc"], nil),
        // Nothing to match.
        ("audit", [], nil),
        ("", commands, nil),
    ] as [(String, [String], String?)])
    func closest(_ word: String, _ candidates: [String], _ expected: String?) {
        #expect(closestMatch(to: word, among: candidates) == expected)
    }

    @Test("The candidate is returned as spelt in the list, not as typed")
    func spelling() {
        #expect(closestMatch(to: "STAT", among: ["Stats"]) == "Stats")
    }
}
