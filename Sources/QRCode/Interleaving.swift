/// The final codeword sequence (ISO/IEC 18004 §7.6): the data split into blocks, each block given
/// its correction codewords, then the data and the correction read across the blocks in turn,
/// so that a smudge spoils a little of many blocks rather than all of one.
enum Interleaving {
    static func withCorrection(_ data: [UInt8], version: Int, correction: QRCode.Correction) -> [UInt8] {
        let blockCount = BlockTable.blockCount(version: version, correction: correction)
        let perBlock = BlockTable.correctionCodewordsPerBlock(version: version, correction: correction)
        let total = Capacity.totalCodewords(version: version)
        // Blocks differ by at most one data codeword; the shorter ones come first.
        let shortBlockCount = blockCount - total % blockCount
        let shortDataCount = total / blockCount - perBlock
        let encoder = ReedSolomon(degree: perBlock)

        var blocks: [[UInt8]] = []
        var start = 0
        for index in 0..<blockCount {
            let length = shortDataCount + (index < shortBlockCount ? 0 : 1)
            blocks.append(Array(data[start..<(start + length)]))
            start += length
        }
        let corrections = blocks.map(encoder.correction(for:))

        var result: [UInt8] = []
        result.reserveCapacity(total)
        for column in 0...shortDataCount {
            for block in blocks where column < block.count { result.append(block[column]) }
        }
        for column in 0..<perBlock {
            for block in corrections { result.append(block[column]) }
        }
        return result
    }
}
