import Testing
@testable import QRCode

/// The mask penalty's four rules on symbols small enough to score by hand, and the choice it makes.
struct PenaltyTests {
    /// All light, 21 × 21: rule 1 gives 3 + 16 for each of 42 lines, rule 2 gives 3 for each of
    /// 400 blocks, rule 3 finds no finder-like run, rule 4 gives 10 × 10 for 0 % dark.
    @Test func anAllLightSymbolScoresEveryRuleButTheThird() {
        #expect(Penalty.score(Array(repeating: false, count: 21 * 21), size: 21) == 42 * 19 + 400 * 3 + 100)
    }

    /// A chequerboard has no runs, no blocks and 221 of 441 dark, under 5 % from half.
    @Test func aChequerboardScoresNothing() {
        let modules = (0..<(21 * 21)).map { ($0 / 21 + $0 % 21) % 2 == 0 }
        #expect(Penalty.score(modules, size: 21) == 0)
    }

    /// One dark-light-dark-dark-dark-light-dark run with four light after it, on an otherwise light
    /// symbol, against the same symbol with one module of the run made light.
    @Test func aFinderLikeRunScoresForty() {
        let size = 11
        var modules = Array(repeating: false, count: size * size)
        for (x, dark) in [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0].enumerated() { modules[x] = dark == 1 }
        var withoutTheRun = modules
        withoutTheRun[2] = false // 1 0 0 1 1 0 1 0 0 0 0 is no longer the pattern
        let difference = Penalty.score(modules, size: size) - Penalty.score(withoutTheRun, size: size)
        // Flipping one module also changes rule 1 in column 2 (light runs of 10, scoring 8, become
        // one of 11, scoring 9) and rule 2 (the block at columns 1–2, rows 0–1, becomes all light: 3);
        // rule 4 is 10 × 9 both ways (5 or 4 dark of 121).
        #expect(difference == 40 - 1 - 3)
    }

    @Test(arguments: ["https://example.jp/map/2026.html", "サンプル市 ふくしマップ"])
    func theChosenMaskHasTheLowestPenalty(_ text: String) throws {
        let chosen = try QRCode.encode(text)
        let scores = try (0..<8).map { try QRCode.encode(text, correction: .medium, mask: $0) }.map { Penalty.score($0.modules, size: $0.size) }
        #expect(scores[chosen.mask] == scores.min())
        #expect(try QRCode.encode(text, correction: .medium, mask: chosen.mask) == chosen)
    }
}
