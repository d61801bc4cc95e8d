/// The data codewords of one text in byte mode (ISO/IEC 18004 §7.4): mode, count, bytes, terminator, padding.
enum DataCodewords {
    static let byteMode = 0b0100
    /// The two pad codewords, alternated to fill the capacity (11101100, 00010001).
    static let pads: [UInt8] = [0xEC, 0x11]

    static func make(_ bytes: [UInt8], version: Int, correction: QRCode.Correction) -> [UInt8] {
        let capacity = Capacity.dataCodewords(version: version, correction: correction) * 8
        var buffer = BitBuffer()
        buffer.append(byteMode, bits: 4)
        buffer.append(bytes.count, bits: Capacity.countBits(version: version))
        for byte in bytes { buffer.append(Int(byte), bits: 8) }
        // Up to four zero bits end the message, fewer when the capacity is nearly full.
        buffer.append(0, bits: min(4, capacity - buffer.count))
        buffer.append(0, bits: (8 - buffer.count % 8) % 8)
        var codewords = buffer.bytes
        let padding = capacity / 8 - codewords.count
        codewords += (0..<padding).map { pads[$0 % 2] }
        return codewords
    }
}
