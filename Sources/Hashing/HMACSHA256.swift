/// HMAC-SHA-256 (RFC 2104, FIPS 198-1), streaming or one-shot. Used where a digest must prove
/// not only that bytes are whole but that whoever wrote them held a key — a snapshot outside the
/// store, a session id — which a plain SHA-256 cannot, since anyone can recompute it.
public struct HMACSHA256: Sendable {
    static let blockBytes = 64
    /// SHA-256 with the inner and the outer padded key already hashed: both are one block, so
    /// PBKDF2 can run its rounds from these two states without hashing the key again.
    private(set) var inner = SHA256()
    let outer: SHA256

    public init(key: [UInt8]) {
        // A key longer than a block is hashed first; a shorter one is padded with zeros.
        var block = key.count > Self.blockBytes ? SHA256.hash(key).bytes : key
        block += [UInt8](repeating: 0, count: Self.blockBytes - block.count)
        inner.update(block.map { $0 ^ 0x36 })
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5C })
        self.outer = outer
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) { inner.update(bytes) }
    public mutating func update(_ bytes: [UInt8]) { inner.update(bytes) }
    public mutating func update(_ string: String) { inner.update(string) }

    public mutating func finalize() -> SHA256Digest {
        var outer = outer
        outer.update(inner.finalize().bytes)
        return outer.finalize()
    }

    public static func authenticate(_ message: [UInt8], key: [UInt8]) -> SHA256Digest {
        var mac = HMACSHA256(key: key)
        mac.update(message)
        return mac.finalize()
    }
}
