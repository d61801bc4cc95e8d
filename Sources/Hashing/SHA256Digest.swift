/// A SHA-256 digest: 32 bytes, printed as 64 lowercase hex digits.
public struct SHA256Digest: Hashable, Sendable, CustomStringConvertible {
    // Four big-endian words rather than an Array: equality and hashing are four integer
    // operations, and a digest costs no heap allocation.
    private let w0, w1, w2, w3: UInt64

    private init(_ w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ w3: UInt64) {
        (self.w0, self.w1, self.w2, self.w3) = (w0, w1, w2, w3)
    }

    init(state s: SHA256.State) {
        func join(_ high: UInt32, _ low: UInt32) -> UInt64 { UInt64(high) << 32 | UInt64(low) }
        self.init(join(s.0, s.1), join(s.2, s.3), join(s.4, s.5), join(s.6, s.7))
    }

    /// All zero bytes: the "previous hash" of the first record of a chain.
    public static let zero = SHA256Digest(0, 0, 0, 0)

    /// Nil unless `bytes` holds exactly 32 bytes.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        func word(_ i: Int) -> UInt64 {
            bytes[i * 8..<i * 8 + 8].reduce(0) { $0 << 8 | UInt64($1) }
        }
        self.init(word(0), word(1), word(2), word(3))
    }

    public var bytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 32) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            raw.storeBytes(of: w0.bigEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: w1.bigEndian, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: w2.bigEndian, toByteOffset: 16, as: UInt64.self)
            raw.storeBytes(of: w3.bigEndian, toByteOffset: 24, as: UInt64.self)
            count = 32
        }
    }

    public var hex: String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            writeHex(to: buffer.baseAddress!)
            return 64
        }
    }

    public var description: String { hex }

    /// Nil unless `hex` is exactly 64 hex digits (either case).
    public init?(hex: some StringProtocol) {
        guard hex.utf8.count == 64 else { return nil }
        // Copied to the stack so that one non-generic parser serves every string type.
        var ascii: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &ascii) { $0.copyBytes(from: hex.utf8) }
        guard let digest = withUnsafeBytes(of: ascii, { SHA256Digest(hexUTF8: $0) }) else { return nil }
        self = digest
    }

    /// Nil unless `hexUTF8` is exactly 64 ASCII hex digits (either case).
    public init?(hexUTF8: UnsafeRawBufferPointer) {
        guard hexUTF8.count == 64,
              let w0 = Self.parseWord(hexUTF8, at: 0), let w1 = Self.parseWord(hexUTF8, at: 16),
              let w2 = Self.parseWord(hexUTF8, at: 32), let w3 = Self.parseWord(hexUTF8, at: 48)
        else { return nil }
        self.init(w0, w1, w2, w3)
    }

    /// Writes exactly 64 lowercase ASCII hex digits at `destination`.
    public func writeHex(to destination: UnsafeMutablePointer<UInt8>) {
        Self.writeHex(w0, to: destination)
        Self.writeHex(w1, to: destination + 16)
        Self.writeHex(w2, to: destination + 32)
        Self.writeHex(w3, to: destination + 48)
    }

    /// True iff `ascii` is exactly this digest's 64 lowercase hex digits. Does not allocate.
    public func hexEquals(_ ascii: UnsafeRawBufferPointer) -> Bool {
        guard ascii.count == 64 else { return false }
        var expected: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &expected) { buffer in
            writeHex(to: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
            return buffer.elementsEqual(ascii)
        }
    }

    // MARK: - Hex digits

    private static func writeHex(_ word: UInt64, to destination: UnsafeMutablePointer<UInt8>) {
        for i in 0..<16 {
            let nibble = UInt8(truncatingIfNeeded: word &>> UInt64(60 - 4 * i)) & 0xF
            destination[i] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble  // "0"… / "a"… (0x61 - 10)
        }
    }

    /// The 16 hex digits at `offset` as a big-endian word.
    /// Sixteen hex digits to a word through a lookup table: the log scanner parses two digests per
    /// record, so this sits on the replay path.
    private static func parseWord(_ ascii: UnsafeRawBufferPointer, at offset: Int) -> UInt64? {
        let p = ascii.baseAddress!.assumingMemoryBound(to: UInt8.self) + offset
        return hexTable.withUnsafeBufferPointer { table in
            let t = table.baseAddress!
            var word: UInt64 = 0
            var bad: UInt8 = 0
            for i in 0..<16 {
                let v = t[Int(p[i])]
                bad |= v
                word = word << 4 | UInt64(v & 0x0F)
            }
            // Valid digits map to 0…15; anything else has the 0x80 bit set.
            return bad & 0x80 == 0 ? word : nil
        }
    }

    private static let hexTable: [UInt8] = (0..<256).map { c in
        switch c {
        case 48...57: UInt8(c - 48)
        case 97...102: UInt8(c - 87)
        case 65...70: UInt8(c - 55)
        default: 0x80
        }
    }
}
