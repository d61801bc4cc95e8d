/// How many codewords a version has, and how many of them are left for data at a level.
enum Capacity {
    /// Modules not taken by finder, timing, alignment, format or version patterns: the room for
    /// codewords (and up to seven remainder bits). Counted from the patterns rather than tabled.
    static func dataModules(version: Int) -> Int {
        let size = QRCode.size(of: version)
        var taken = 3 * 8 * 8 // three finders with their separators
        taken += 2 * (size - 16) // two timing lines between the separators
        taken += 2 * 15 + 1 // two copies of the format information, and the dark module
        let alignments = Alignment.centres(version: version).count
        if alignments > 0 {
            let placed = alignments * alignments - 3 // none where a finder sits
            // Those on the timing lines overlap them by five modules each.
            taken += placed * 25 - (alignments - 2) * 2 * 5
        }
        if version >= 7 { taken += 2 * 18 }
        return size * size - taken
    }

    static func totalCodewords(version: Int) -> Int { dataModules(version: version) / 8 }

    static func dataCodewords(version: Int, correction: QRCode.Correction) -> Int {
        totalCodewords(version: version)
            - BlockTable.correctionCodewordsPerBlock(version: version, correction: correction) * BlockTable.blockCount(version: version, correction: correction)
    }

    /// Bits of the character count in byte mode: one byte up to version 9, two from 10.
    static func countBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

    static func fits(byteCount: Int, version: Int, correction: QRCode.Correction) -> Bool {
        byteCount <= maximumByteCount(version: version, correction: correction)
    }

    /// The longest text in byte mode: a 4-bit mode, the count, then the bytes.
    static func maximumByteCount(version: Int = 40, correction: QRCode.Correction) -> Int {
        let bits = dataCodewords(version: version, correction: correction) * 8 - 4 - countBits(version: version)
        return min(bits / 8, (1 << countBits(version: version)) - 1)
    }
}
