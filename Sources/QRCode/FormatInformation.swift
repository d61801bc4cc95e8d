/// The two small BCH codes that tell a reader how to read the rest (ISO/IEC 18004 §7.9, §7.10).
enum FormatInformation {
    /// 15 bits: the level and mask, a BCH(15,5) remainder by x¹⁰+x⁸+x⁵+x⁴+x²+x+1 (0x537), then XOR
    /// 101010000010010 so that no level and mask gives all zeros.
    static func bits(correction: QRCode.Correction, mask: Int) -> Int {
        let data = correction.formatBits << 3 | mask
        return (data << 10 | remainder(data, generator: 0x537, degree: 10)) ^ 0x5412
    }

    /// 18 bits from version 7: the version, then a BCH(18,6) remainder by the generator 0x1F25.
    static func versionBits(version: Int) -> Int {
        version << 12 | remainder(version, generator: 0x1F25, degree: 12)
    }

    /// The remainder of data·x^degree divided by the generator, over GF(2).
    private static func remainder(_ data: Int, generator: Int, degree: Int) -> Int {
        var value = data << degree
        for shift in stride(from: bitLength(value) - 1, through: degree, by: -1)
        where value >> shift & 1 == 1 {
            value ^= generator << (shift - degree)
        }
        return value
    }

    private static func bitLength(_ value: Int) -> Int { Int.bitWidth - value.leadingZeroBitCount }
}
