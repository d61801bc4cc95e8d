/// A cursor over UTF-8 bytes: the parser behind `JSONValue.parse`, and the building block of
/// hand-written scanners for lines whose shape is known (the event log's fixed key order).
///
/// Every method either succeeds and moves `offset` past what it read, or throws and leaves
/// `offset` where it was; a thrown error's `offset` is absolute in the buffer.
///
/// Methods read exactly at `offset` and do not skip whitespace around what they read (the log
/// has none); call `skipWhitespace()` where a document may have it. Inside the values read by
/// `readValue` and `skipValue`, whitespace is allowed wherever RFC 8259 allows it.
///
/// Not `Sendable`: it borrows memory whose lifetime the caller controls, like the
/// `UnsafeRawBufferPointer` it is made from. Create one per buffer and per task.
public struct JSONReader {
    /// Arrays and objects nested deeper than this are rejected (`.tooDeep`), which bounds
    /// what hostile nesting can cost. (The stack is safe at any depth: see `recursionLimit`.)
    public static let maximumDepth = 512

    /// Nil only for an empty buffer, in which case no byte is ever loaded (every load is
    /// guarded by an index below `count`).
    let base: UnsafeRawPointer?
    /// The number of bytes in the buffer.
    public let count: Int
    private var position: Int

    public init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0) {
        precondition(offset >= 0 && offset <= buffer.count, "JSONReader offset \(offset) outside 0...\(buffer.count)")
        base = buffer.baseAddress
        count = buffer.count
        position = offset
    }

    /// The next byte to read. Setting it outside `0...count` is a precondition failure.
    public var offset: Int {
        get { position }
        set {
            precondition(newValue >= 0 && newValue <= count, "JSONReader offset \(newValue) outside 0...\(count)")
            position = newValue
        }
    }

    public var isAtEnd: Bool { position >= count }

    /// The byte at `offset`, or nil at the end; lets a scanner choose what to read next.
    public var peek: UInt8? {
        position < count ? byte(position) : nil
    }

    // MARK: Public reading methods

    /// The exact bytes of `literal`, no whitespace skipped. A mismatch, or input too short to
    /// hold the literal, is `.expectedLiteral(literal)` at `offset`.
    public mutating func expect(_ literal: StaticString) throws(JSONError) {
        position = try matchLiteral(literal, at: position)
    }

    /// One structural byte (`{`, `:`, `]`…): what `expect` does for a one-byte literal, cheaper.
    @inline(__always)
    public mutating func expect(byte expected: UInt8) throws(JSONError) {
        guard position < count else { throw JSONError(offset: position, reason: .unexpectedEnd) }
        let b = byte(position)
        guard b == expected else { throw JSONError(offset: position, reason: .unexpectedByte(b)) }
        position &+= 1
    }

    public mutating func skipWhitespace() {
        position = skippingWhitespace(from: position)
    }

    /// A string starting at `offset` (which must be at its opening quote), unescaped.
    public mutating func readString() throws(JSONError) -> String {
        let parsed = try parseString(openingQuote: try expectQuote(at: position))
        position = parsed.close &+ 1
        return parsed.string
    }

    /// The bytes between the quotes of a string with no escapes, validated as UTF-8, without
    /// copying. A string that contains an escape throws `.stringHasEscapes` at its opening
    /// quote and leaves `offset` unchanged, so a caller can fall back to `readString()`.
    /// The result points into the reader's buffer and lives as long as that buffer.
    public mutating func readStringBytes() throws(JSONError) -> UnsafeRawBufferPointer {
        let open = try expectQuote(at: position)
        let scanned = try scanString(openingQuote: open)
        guard !scanned.escaped else {
            throw JSONError(offset: open, reason: .stringHasEscapes)
        }
        position = scanned.close &+ 1
        return slice(open &+ 1, scanned.close)
    }

    /// Checks and passes a string at `offset` without building it; returns whether it has escapes.
    public mutating func skipString() throws(JSONError) -> Bool {
        let scanned = try scanString(openingQuote: try expectQuote(at: position))
        position = scanned.close &+ 1
        return scanned.escaped
    }

    /// `null` or a string.
    public mutating func readOptionalString() throws(JSONError) -> String? {
        guard position < count else {
            throw JSONError(offset: position, reason: .unexpectedEnd)
        }
        if byte(position) == UInt8(ascii: "n") {
            position = try matchLiteral("null", at: position)
            return nil
        }
        return try readString()
    }

    /// A JSON integer: no fraction or exponent (`.expectedInteger`), within `Int64`
    /// (`.numberOutOfRange`). Both errors point at the number's first byte.
    public mutating func readInt() throws(JSONError) -> Int64 {
        guard position < count else {
            throw JSONError(offset: position, reason: .unexpectedEnd)
        }
        let first = byte(position)
        guard first == UInt8(ascii: "-") || isDigit(first) else {
            throw JSONError(offset: position, reason: .unexpectedByte(first))
        }
        let number = try scanNumber(at: position)
        guard number.isInteger else {
            throw JSONError(offset: number.start, reason: .expectedInteger)
        }
        guard let value = integerValue(number) else {
            throw JSONError(offset: number.start, reason: .numberOutOfRange)
        }
        position = number.end
        return value
    }

    /// `true` or `false`.
    public mutating func readBool() throws(JSONError) -> Bool {
        if peek == UInt8(ascii: "t") {
            position = try matchLiteral("true", at: position)
            return true
        }
        position = try matchLiteral("false", at: position)
        return false
    }

    /// Moves past a `null` at `offset` and returns true; returns false for anything else.
    public mutating func skipNull() -> Bool {
        guard peek == UInt8(ascii: "n"), let end = try? matchLiteral("null", at: position) else { return false }
        position = end
        return true
    }

    /// An array starting at `offset`: `element` is called with the reader at each element, which
    /// it must read whole. Whitespace between elements is allowed.
    public mutating func readArray(_ element: (inout JSONReader) throws(JSONError) -> Void) throws(JSONError) {
        let start = position
        do {
            try expect(byte: UInt8(ascii: "["))
            skipWhitespace()
            if peek == UInt8(ascii: "]") {
                position &+= 1
                return
            }
            while true {
                skipWhitespace()
                try element(&self)
                skipWhitespace()
                if peek == UInt8(ascii: ",") {
                    position &+= 1
                } else {
                    try expect(byte: UInt8(ascii: "]"))
                    return
                }
            }
        } catch {
            position = start
            throw error
        }
    }

    /// Any value starting at `offset`, built in full.
    public mutating func readValue() throws(JSONError) -> JSONValue {
        var i = position
        let value = try parseValue(&i, depth: 0)
        position = i
        return value
    }

    /// Checks a value starting at `offset` exactly as `readValue` would (grammar, UTF-8,
    /// escapes, number range, duplicate keys, depth) without building it, and returns the
    /// byte range it occupies, e.g. to keep an event's `data` as bytes and decode it later.
    public mutating func skipValue() throws(JSONError) -> Range<Int> {
        let start = position
        var i = start
        // 40 keys and 32 levels of stack memory cover ordinary input without allocating. (Each
        // stays under 1 KiB, the size the standard library always puts on the stack.)
        let result = withUnsafeTemporaryAllocation(of: KeySpan.self, capacity: 40) { keySlots in
            withUnsafeTemporaryAllocation(of: SkipLevel.self, capacity: 32) { levelSlots in
                var keys = KeyStack(slots: keySlots)
                var levels = LevelStack(inline: levelSlots)
                return Result { () throws(JSONError) in try skipValue(&i, keys: &keys, levels: &levels) }
            }
        }
        try result.get()
        position = i
        return start..<i
    }

    // MARK: Byte access

    /// Callers guarantee `i < count`, so the buffer is not empty and `base` is not nil.
    @inline(__always)
    func byte(_ i: Int) -> UInt8 {
        base.unsafelyUnwrapped.load(fromByteOffset: i, as: UInt8.self)
    }

    @inline(__always)
    func slice(_ start: Int, _ end: Int) -> UnsafeRawBufferPointer {
        guard start < end else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: base.unsafelyUnwrapped + start, count: end &- start)
    }

    @inline(__always)
    func skippingWhitespace(from start: Int) -> Int {
        var i = start
        while i < count {
            let b = byte(i)
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { break }
            i &+= 1
        }
        return i
    }

    @inline(__always)
    func expectQuote(at i: Int) throws(JSONError) -> Int {
        guard i < count else {
            throw JSONError(offset: i, reason: .unexpectedEnd)
        }
        let b = byte(i)
        guard b == UInt8(ascii: "\"") else {
            throw JSONError(offset: i, reason: .unexpectedByte(b))
        }
        return i
    }

    /// Returns the offset after the literal; a misspelling or truncation is reported at `start`.
    @inline(__always)
    func matchLiteral(_ literal: StaticString, at start: Int) throws(JSONError) -> Int {
        let length: Int? = literal.withUTF8Buffer { expected in
            guard expected.count <= count &- start,
                bytesEqual(slice(start, start &+ expected.count), UnsafeRawBufferPointer(expected))
            else { return nil }
            return expected.count
        }
        guard let length else {
            throw JSONError(offset: start, reason: .expectedLiteral(literal.description))
        }
        return start &+ length
    }
}
