import Testing
@testable import QRCode

/// The fixed parts of the symbol, where the standard puts them, and the choice of version.
struct StructureTests {
    static let finderRows = ["1111111", "1000001", "1011101", "1011101", "1011101", "1000001", "1111111"]

    @Test(arguments: [("https://example.jp/map/2026.html", QRCode.Correction.medium), (String(repeating: "あ", count: 100), .high)])
    func findersTimingAndTheDarkModuleAreInPlace(_ text: String, _ correction: QRCode.Correction) throws {
        let code = try QRCode.encode(text, correction: correction)
        let size = code.size
        #expect(size == 17 + 4 * code.version)
        func row(_ x: Int, _ y: Int, _ length: Int) -> String {
            String((0..<length).map { code.isDark(x: x + $0, y: y) ? "1" : "0" })
        }
        for (left, top) in [(0, 0), (size - 7, 0), (0, size - 7)] {
            #expect((0..<7).map { row(left, top + $0, 7) } == Self.finderRows, "finder at \(left), \(top)")
        }
        // The separators: light beside each finder.
        #expect(row(0, 7, 8) == "00000000")
        #expect(row(size - 8, 7, 8) == "00000000")
        #expect(row(0, size - 8, 8) == "00000000")
        // Timing along row 6 and down column 6, between the finders.
        let timing = String((8..<(size - 8)).map { $0 % 2 == 0 ? "1" : "0" })
        #expect(row(8, 6, size - 16) == timing)
        #expect(String((8..<(size - 8)).map { code.isDark(x: 6, y: $0) ? "1" : "0" }) == timing)
        #expect(code.isDark(x: 8, y: size - 8), "the dark module")
        // Both copies of the format information say the same level and mask.
        let bits = FormatInformation.bits(correction: correction, mask: code.mask)
        let nearTopLeft = (0...5).map { code.isDark(x: 8, y: $0) } + [code.isDark(x: 8, y: 7), code.isDark(x: 8, y: 8), code.isDark(x: 7, y: 8)]
            + (9..<15).map { code.isDark(x: 14 - $0, y: 8) }
        let split = (0..<8).map { code.isDark(x: size - 1 - $0, y: 8) } + (8..<15).map { code.isDark(x: 8, y: size - 15 + $0) }
        let expected = (0..<15).map { bits >> $0 & 1 == 1 }
        #expect(nearTopLeft == expected)
        #expect(split == expected)
    }

    @Test func anAlignmentPatternSitsAtEachPublishedCentre() throws {
        let code = try QRCode.encode(String(repeating: "x", count: 80)) // version 5 at M: one pattern at (30, 30)
        #expect(code.version == 5)
        let rows = (-2...2).map { dy in String((-2...2).map { dx in code.isDark(x: 30 + dx, y: 30 + dy) ? "1" : "0" }) }
        #expect(rows == ["11111", "10001", "10101", "10001", "11111"])
    }

    /// Rows of ISO/IEC 18004 Annex E.
    @Test(arguments: [
        (1, []), (2, [6, 18]), (6, [6, 34]), (7, [6, 22, 38]), (14, [6, 26, 46, 66]), (15, [6, 26, 48, 70]),
        (22, [6, 26, 50, 74, 98]), (32, [6, 34, 60, 86, 112, 138]), (36, [6, 24, 50, 76, 102, 128, 154]),
        (40, [6, 30, 58, 86, 114, 142, 170]),
    ])
    func alignmentCentresAreThePublishedOnes(_ version: Int, _ centres: [Int]) {
        #expect(Alignment.centres(version: version) == centres)
    }

    /// Codewords in all (Table 1) at some versions: the count of free modules is right.
    @Test(arguments: [(1, 26), (2, 44), (6, 172), (7, 196), (14, 581), (21, 1156), (40, 3706)])
    func totalCodewordsAreThePublishedOnes(_ version: Int, _ total: Int) {
        #expect(Capacity.totalCodewords(version: version) == total)
    }

    /// The byte-mode capacities of Table 7, versions 1–9 at every level and 10 at M: the longest
    /// text that fits a version chooses it, one byte more chooses the next.
    static let byteCapacities: [(Int, QRCode.Correction, Int)] = [
        [17, 14, 11, 7], [32, 26, 20, 14], [53, 42, 32, 24], [78, 62, 46, 34], [106, 84, 60, 44],
        [134, 106, 74, 58], [154, 122, 86, 64], [192, 152, 108, 84], [230, 180, 130, 98],
    ].enumerated().flatMap { index, row in zip(QRCode.Correction.allCases, row).map { (index + 1, $0, $1) } }
        + [(10, .medium, 213)]

    @Test(arguments: byteCapacities)
    func theLongestTextThatFitsAVersionChoosesIt(_ version: Int, _ correction: QRCode.Correction, _ capacity: Int) throws {
        #expect(try QRCode.encode(String(repeating: "a", count: capacity), correction: correction).version == version)
        #expect(try QRCode.encode(String(repeating: "a", count: capacity + 1), correction: correction).version == version + 1)
    }

    /// Table 7 at version 40: the most each level holds.
    @Test(arguments: [(QRCode.Correction.low, 2953), (.medium, 2331), (.quartile, 1663), (.high, 1273)])
    func versionFortyHoldsThePublishedMostAndNoMore(_ correction: QRCode.Correction, _ most: Int) throws {
        #expect(try QRCode.encode(String(repeating: "a", count: most), correction: correction).version == 40)
        #expect(throws: QRCodeError.tooLong(byteCount: most + 1, maximum: most, correction: correction)) {
            try QRCode.encode(String(repeating: "a", count: most + 1), correction: correction)
        }
    }

    @Test func tooLongSaysTheLengthInBytesAndTheMost() {
        // Each kana is three bytes in UTF-8.
        let error = #expect(throws: QRCodeError.self) { try QRCode.encode(String(repeating: "マ", count: 500), correction: .high) }
        #expect(error?.description == "The text is 1500 bytes (UTF-8); a QR code at level H holds at most 1273. Shorten it, or choose a lower level of correction.")
    }

    @Test func theEmptyTextIsAVersionOneCode() throws {
        #expect(try QRCode.encode("").version == 1)
    }

    /// The data codewords of a byte-mode message: mode 0100, count, bytes, terminator, pads.
    @Test func byteModeDataCodewordsAreLaidOutAsTheStandardSays() {
        // "A" at 1-H: 0100 00000001 01000001 0000, then pad bytes to 9 codewords.
        #expect(DataCodewords.make([0x41], version: 1, correction: .high) == [0x40, 0x14, 0x10, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11])
    }
}
