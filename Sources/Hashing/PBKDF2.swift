/// PBKDF2 (RFC 8018 §5.2) with HMAC-SHA-256 as its pseudorandom function: a password stretched by
/// `iterations` rounds of HMAC, so that each guess costs an attacker as much as a sign-in costs us.
public enum PBKDF2 {
    /// `length` bytes derived from `password` and `salt`. `iterations` and `length` must be 1 or more.
    public static func sha256(password: [UInt8], salt: [UInt8], iterations: Int, length: Int) -> [UInt8] {
        precondition(iterations >= 1 && length >= 1, "PBKDF2 needs at least one iteration and one byte")
        let mac = HMACSHA256(key: password)
        var derived: [UInt8] = []
        derived.reserveCapacity(length + 31)
        var blockIndex: UInt32 = 1
        while derived.count < length {
            // U1 = HMAC(P, S ‖ INT(i)); T = U1 ⊕ U2 ⊕ … ⊕ Uc, each Uj = HMAC(P, Uj-1).
            var first = mac
            first.update(salt)
            first.update([UInt8(blockIndex >> 24), UInt8(truncatingIfNeeded: blockIndex >> 16),
                          UInt8(truncatingIfNeeded: blockIndex >> 8), UInt8(truncatingIfNeeded: blockIndex)])
            derived += rounds(from: first.finalize().bytes, count: iterations - 1, mac)
            blockIndex += 1
        }
        return Array(derived.prefix(length))
    }

    /// T after `count` more rounds from U1. Every round hashes a 32-byte message under the same key,
    /// so it is two compressions from HMAC's keyed states over one prepared block — no padding
    /// worked out, no key hashed, nothing allocated inside the loop.
    private static func rounds(from first: [UInt8], count: Int, _ mac: HMACSHA256) -> [UInt8] {
        // The message block: U (32 bytes), 0x80, zeros, then the bit length of key block and U,
        // (64 + 32) × 8 = 768 = 0x0300, big-endian.
        var block = [UInt8](repeating: 0, count: 64)
        block[32] = 0x80
        block[62] = 0x03
        var u = words(first)
        var t = u
        let innerStart = mac.inner.state, outerStart = mac.outer.state
        block.withUnsafeMutableBytes { raw in
            for _ in 0..<count {
                store(u, in: raw)
                var inner = innerStart
                SHA256.compress(&inner, raw.baseAddress!, blocks: 1)
                store(inner, in: raw)
                u = outerStart
                SHA256.compress(&u, raw.baseAddress!, blocks: 1)
                t = (t.0 ^ u.0, t.1 ^ u.1, t.2 ^ u.2, t.3 ^ u.3, t.4 ^ u.4, t.5 ^ u.5, t.6 ^ u.6, t.7 ^ u.7)
            }
        }
        return SHA256Digest(state: t).bytes
    }

    private static func words(_ bytes: [UInt8]) -> SHA256.State {
        bytes.withUnsafeBytes { raw in
            func w(_ i: Int) -> UInt32 { UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
            return (w(0), w(1), w(2), w(3), w(4), w(5), w(6), w(7))
        }
    }

    /// Writes the eight words big-endian over the first 32 bytes of the block.
    @inline(__always)
    private static func store(_ s: SHA256.State, in raw: UnsafeMutableRawBufferPointer) {
        raw.storeBytes(of: s.0.bigEndian, toByteOffset: 0, as: UInt32.self)
        raw.storeBytes(of: s.1.bigEndian, toByteOffset: 4, as: UInt32.self)
        raw.storeBytes(of: s.2.bigEndian, toByteOffset: 8, as: UInt32.self)
        raw.storeBytes(of: s.3.bigEndian, toByteOffset: 12, as: UInt32.self)
        raw.storeBytes(of: s.4.bigEndian, toByteOffset: 16, as: UInt32.self)
        raw.storeBytes(of: s.5.bigEndian, toByteOffset: 20, as: UInt32.self)
        raw.storeBytes(of: s.6.bigEndian, toByteOffset: 24, as: UInt32.self)
        raw.storeBytes(of: s.7.bigEndian, toByteOffset: 28, as: UInt32.self)
    }
}
