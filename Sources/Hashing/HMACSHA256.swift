/// HMAC-SHA-256 (RFC 2104, FIPS 198-1), streaming or one-shot. Used where a digest must prove
/// not only that bytes are whole but that whoever wrote them held a key — a snapshot outside the
/// store, a session id — which a plain SHA-256 cannot, since anyone can recompute it.
public struct HMACSHA256: Sendable {
    static let blockBytes = 64
    private var inner = SHA256()
    private var outerKey: [UInt8]

    public init(key: [UInt8]) {
        // A key longer than a block is hashed first; a shorter one is padded with zeros.
        var block = key.count > Self.blockBytes ? SHA256.hash(key).bytes : key
        block += [UInt8](repeating: 0, count: Self.blockBytes - block.count)
        inner.update(block.map { $0 ^ 0x36 })
        outerKey = block.map { $0 ^ 0x5C }
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) { inner.update(bytes) }
    public mutating func update(_ bytes: [UInt8]) { inner.update(bytes) }
    public mutating func update(_ string: String) { inner.update(string) }

    public mutating func finalize() -> SHA256Digest {
        var outer = SHA256()
        outer.update(outerKey)
        outer.update(inner.finalize().bytes)
        return outer.finalize()
    }

    public static func authenticate(_ message: [UInt8], key: [UInt8]) -> SHA256Digest {
        var mac = HMACSHA256(key: key)
        mac.update(message)
        return mac.finalize()
    }
}
