/// SHA-256 as specified in FIPS 180-4, streaming (`update` … `finalize`) or one-shot (`hash`).
///
/// Every record of the log is hashed, so the hot path never allocates: partial blocks are
/// kept in a tuple, the message schedule lives on the stack, and full blocks are compressed
/// straight from the caller's memory.
public struct SHA256: Sendable {
    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
    private typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    /// The chaining value; PBKDF2 starts its rounds from HMAC's keyed states (`PBKDF2.swift`).
    private(set) var state: State = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
        0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    private var pending: Block = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var byteCount: UInt64 = 0
    private var finalized = false

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        precondition(!finalized, "SHA256.update called after finalize()")
        guard var source = bytes.baseAddress, !bytes.isEmpty else { return }
        var remaining = bytes.count
        byteCount &+= UInt64(remaining)

        if pendingCount > 0 {
            let offset = pendingCount
            let take = min(64 - offset, remaining)
            withUnsafeMutableBytes(of: &pending) { ($0.baseAddress! + offset).copyMemory(from: source, byteCount: take) }
            pendingCount += take
            source += take
            remaining -= take
            guard pendingCount == 64 else { return }
            withUnsafeBytes(of: pending) { Self.compress(&state, $0.baseAddress!, blocks: 1) }
            pendingCount = 0
        }

        let fullBlocks = remaining / 64
        if fullBlocks > 0 {
            Self.compress(&state, source, blocks: fullBlocks)
            source += fullBlocks * 64
            remaining -= fullBlocks * 64
        }

        if remaining > 0 {
            let tail = remaining
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: source, byteCount: tail) }
            pendingCount = tail
        }
    }

    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Feeds the string's UTF-8 bytes.
    public mutating func update(_ string: String) {
        var string = string  // withUTF8 is mutating: it may first make a bridged string native.
        string.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// Pads and finishes the message. Calling it again returns the same digest;
    /// calling `update` afterwards traps.
    public mutating func finalize() -> SHA256Digest {
        if !finalized {
            finalized = true
            // Padding: 0x80, zeros, then the bit length as a big-endian UInt64, ending on a block boundary.
            // Two blocks are needed when fewer than 9 bytes are left in the current one.
            var tail: (Block, Block) = (pending, (0, 0, 0, 0, 0, 0, 0, 0))
            let used = pendingCount
            let bitLength = byteCount &* 8
            withUnsafeMutableBytes(of: &tail) { buffer in
                let blocks = used + 9 <= 64 ? 1 : 2
                buffer[used] = 0x80
                for i in (used + 1)..<(blocks * 64 - 8) { buffer[i] = 0 }
                buffer.storeBytes(of: bitLength.bigEndian, toByteOffset: blocks * 64 - 8, as: UInt64.self)
                Self.compress(&state, UnsafeRawPointer(buffer.baseAddress!), blocks: blocks)
            }
            pendingCount = 0
        }
        return SHA256Digest(state: state)
    }

    public static func hash(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    public static func hash(_ bytes: [UInt8]) -> SHA256Digest {
        bytes.withUnsafeBytes { hash($0) }
    }

    public static func hash(_ string: String) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(string)
        return hasher.finalize()
    }

    // MARK: - Compression

    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Runs the compression function over `blocks` consecutive 64-byte blocks at `data`.
    static func compress(_ state: inout State, _ data: UnsafeRawPointer, blocks: Int) {
        roundConstants.withUnsafeBufferPointer { constants in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                let k = constants.baseAddress!
                let w = schedule.baseAddress!
                var (h0, h1, h2, h3, h4, h5, h6, h7) = state
                var block = data
                for _ in 0..<blocks {
                    for t in 0..<16 {
                        w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let x = w[t &- 15], y = w[t &- 2]
                        let s0 = x.rotatedRight(7) ^ x.rotatedRight(18) ^ (x &>> 3)
                        let s1 = y.rotatedRight(17) ^ y.rotatedRight(19) ^ (y &>> 10)
                        w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
                    }
                    // Adding the constants up front (a vectorizable loop) leaves the rounds one table to read.
                    for t in 0..<64 { w[t] &+= k[t] }

                    var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
                    // Eight rounds per pass with the roles of the variables rotated in the
                    // arguments, instead of shifting all eight values every round.
                    for t in stride(from: 0, to: 64, by: 8) {
                        round(a, b, c, &d, e, f, g, &h, w[t])
                        round(h, a, b, &c, d, e, f, &g, w[t &+ 1])
                        round(g, h, a, &b, c, d, e, &f, w[t &+ 2])
                        round(f, g, h, &a, b, c, d, &e, w[t &+ 3])
                        round(e, f, g, &h, a, b, c, &d, w[t &+ 4])
                        round(d, e, f, &g, h, a, b, &c, w[t &+ 5])
                        round(c, d, e, &f, g, h, a, &b, w[t &+ 6])
                        round(b, c, d, &e, f, g, h, &a, w[t &+ 7])
                    }
                    h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
                    h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
                    block += 64
                }
                state = (h0, h1, h2, h3, h4, h5, h6, h7)
            }
        }
    }

    /// One SHA-256 round, written so that the caller rotates the roles of the eight working
    /// variables: only the two that change (`d` and `h`) are written.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
    ) {
        let sigma1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
        let choose = g ^ (e & (f ^ g))
        let t1 = h &+ sigma1 &+ choose &+ kw
        let sigma0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
        let majority = b ^ ((a ^ b) & (b ^ c))
        d &+= t1
        h = t1 &+ sigma0 &+ majority
    }
}

extension UInt32 {
    @inline(__always)
    fileprivate func rotatedRight(_ n: UInt32) -> UInt32 {
        (self &>> n) | (self &<< (32 &- n))
    }
}
