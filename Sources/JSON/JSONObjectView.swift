/// The members of one JSON object, located in its bytes without building their values: a reader
/// of typed records (an event's data) looks up each field by name and reads only that value,
/// with no `String` made for the keys and no `JSONValue` tree. The bytes are checked exactly as
/// `JSONReader.readValue` would check them (grammar, UTF-8, escapes, duplicate keys, depth).
///
/// Like `JSONReader`, it borrows the buffer it was made from and must not outlive it.
public struct JSONObjectView {
    /// Plain numbers only, so walking and copying the members costs no reference counting.
    struct Member {
        /// The key's length and first bytes in one word: most lookups are settled by it alone.
        var signature: UInt64
        var keyStart: Int32
        var keyEnd: Int32
        var valueStart: Int32
        /// For a string value without escapes, its closing quote (its bytes are already checked);
        /// -1 otherwise.
        var plainStringEnd: Int32
        /// The key unescaped in `escapedKeys`, for a key written with escapes (never by this
        /// project's writer); -1 otherwise.
        var escapedKey: Int32
    }

    /// Where a member's value lies.
    public struct Value {
        /// A reader at the value's first byte.
        public var reader: JSONReader
        /// For a string with no escapes: the bytes between its quotes, already checked as UTF-8.
        public var plainString: UnsafeRawBufferPointer?
    }

    /// The buffer the object lies in, for reading objects nested in it.
    public let buffer: UnsafeRawBufferPointer
    private var members: [Member] = []
    private var escapedKeys: [[UInt8]] = []

    /// The object starting at `reader.offset`; moves the reader past it. Anything else there
    /// (another kind of value, malformed JSON) throws and leaves the reader where it was.
    public init(at reader: inout JSONReader, buffer: UnsafeRawBufferPointer) throws(JSONError) {
        precondition(buffer.count == reader.count && buffer.count <= Int(Int32.max), "the buffer must be the reader's, under 2 GiB")
        self.buffer = buffer
        var r = reader
        try r.expect(byte: UInt8(ascii: "{"))
        r.skipWhitespace()
        members.reserveCapacity(12)
        if r.peek == UInt8(ascii: "}") {
            r.offset += 1
        } else {
            // Keys of a large object go to a set, so hostile input with many keys stays linear.
            var seen: Set<[UInt8]>?
            while true {
                let keyOpen = r.offset
                let escaped = try r.readKey()
                let keyEnd = r.offset - 1
                let signature = escaped.map { $0.withUnsafeBytes(Self.signature) } ?? Self.signature(UnsafeRawBufferPointer(rebasing: buffer[(keyOpen + 1)..<keyEnd]))
                var member = Member(signature: signature, keyStart: Int32(keyOpen + 1), keyEnd: Int32(keyEnd), valueStart: 0, plainStringEnd: -1, escapedKey: -1)
                if let escaped {
                    member.escapedKey = Int32(escapedKeys.count)
                    escapedKeys.append(escaped)
                }
                if seen == nil && members.count >= JSONObject.indexThreshold { seen = Set(members.map(self.keyBytes)) }
                if seen != nil ? seen!.insert(keyBytes(member)).inserted == false : members.contains(where: { $0.signature == member.signature && self.sameKey($0, member) }) {
                    throw JSONError(offset: keyOpen, reason: .duplicateKey(String(decoding: keyBytes(member), as: UTF8.self)))
                }
                r.skipWhitespace()
                try r.expect(byte: UInt8(ascii: ":"))
                r.skipWhitespace()
                member.valueStart = Int32(r.offset)
                if r.peek == UInt8(ascii: "\"") {
                    let escapes = try r.skipString()
                    if !escapes { member.plainStringEnd = Int32(r.offset - 1) }
                } else {
                    _ = try r.skipValue()
                }
                members.append(member)
                r.skipWhitespace()
                if r.peek == UInt8(ascii: ",") {
                    r.offset += 1
                    r.skipWhitespace()
                    continue
                }
                try r.expect(byte: UInt8(ascii: "}"))
                break
            }
        }
        reader = r
    }

    /// A buffer holding exactly one object, with whitespace allowed around it.
    public init(_ buffer: UnsafeRawBufferPointer) throws(JSONError) {
        var reader = JSONReader(buffer)
        reader.skipWhitespace()
        try self.init(at: &reader, buffer: buffer)
        reader.skipWhitespace()
        guard reader.isAtEnd else { throw JSONError(offset: reader.offset, reason: .trailingData) }
    }

    public var count: Int { members.count }

    /// The value of `key`, or nil when the object has no such key. Keys are compared by their
    /// UTF-8 bytes, as `JSONObject` compares them.
    public func value(forKey key: String) -> Value? {
        var key = key
        return key.withUTF8 { value(forKeyBytes: UnsafeRawBufferPointer($0)) }
    }

    /// The same for a key written in the source, read without a closure or a copy.
    public func value(forKey key: StaticString) -> Value? {
        guard key.hasPointerRepresentation else { return value(forKey: key.description) }
        return value(forKeyBytes: UnsafeRawBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    }

    private func value(forKeyBytes wanted: UnsafeRawBufferPointer) -> Value? {
        let signature = Self.signature(wanted)
        for m in members where m.signature == signature {
            // Up to 7 bytes, the signature is the whole key.
            if wanted.count <= 7 || keyEquals(m, wanted) {
                let start = Int(m.valueStart)
                return Value(reader: JSONReader(buffer, offset: start),
                             plainString: m.plainStringEnd < 0 ? nil : UnsafeRawBufferPointer(rebasing: buffer[(start + 1)..<Int(m.plainStringEnd)]))
            }
        }
        return nil
    }

    /// A reader at the value of `key`, or nil when the object has no such key.
    public func reader(forKey key: String) -> JSONReader? {
        value(forKey: key)?.reader
    }

    /// A reader at the value of `key`, or nil when the object has no such key.
    public func reader(forKey key: StaticString) -> JSONReader? {
        value(forKey: key)?.reader
    }

    /// The length in the top byte, then up to 7 bytes of the key.
    @inline(__always)
    static func signature(_ key: UnsafeRawBufferPointer) -> UInt64 {
        var word = UInt64(truncatingIfNeeded: key.count) << 56
        for i in 0..<min(7, key.count) { word |= UInt64(key[i]) << (8 * UInt64(i)) }
        return word
    }

    /// The key's bytes as written (unescaped when it has escapes).
    private func withKey<R>(_ m: Member, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if m.escapedKey >= 0 { return escapedKeys[Int(m.escapedKey)].withUnsafeBytes(body) }
        return body(UnsafeRawBufferPointer(rebasing: buffer[Int(m.keyStart)..<Int(m.keyEnd)]))
    }

    private func keyEquals(_ m: Member, _ wanted: UnsafeRawBufferPointer) -> Bool {
        withKey(m) { bytesEqual($0, wanted) }
    }

    private func keyBytes(_ m: Member) -> [UInt8] {
        withKey(m) { Array($0) }
    }

    private func sameKey(_ a: Member, _ b: Member) -> Bool {
        withKey(b) { keyEquals(a, $0) }
    }
}
