/// Byte classification eight bytes at a time (SWAR), shared by the reader and the writer.
///
/// Each mask has the high bit set in the lanes that match. A borrow can only carry upward out
/// of a lane that matches, so lanes above the first match may be set falsely, but the lowest
/// set lane is always exact: `firstLane` is where the first interesting byte is.
enum WordScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Eight bytes with the first one in the low lane, on any endianness.
    @inline(__always)
    static func load(_ p: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Lanes below 0x20, `"` or `\`: what a JSON string must escape. Non-ASCII lanes never
    /// match, so UTF-8 text is skipped at full speed.
    @inline(__always)
    static func escapeMask(_ w: UInt64) -> UInt64 {
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        let control = (w &- ones &* 0x20) & ~w
        let isQuote = (quote &- ones) & ~quote
        let isBackslash = (backslash &- ones) & ~backslash
        return (control | isQuote | isBackslash) & highs
    }

    /// `escapeMask` plus the non-ASCII lanes, which need UTF-8 validation.
    @inline(__always)
    static func attentionMask(_ w: UInt64) -> UInt64 {
        escapeMask(w) | (w & highs)
    }

    /// The index (0...7) of the lowest matching lane of a non-zero mask.
    @inline(__always)
    static func firstLane(_ mask: UInt64) -> Int {
        mask.trailingZeroBitCount &>> 3
    }
}
