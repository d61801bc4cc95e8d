/// A JSON object that remembers the order its keys were added in.
///
/// The event log writes fields in a fixed order and hashes the bytes, so an object must
/// serialize its keys in the order they were read or added; a `Dictionary` would not.
///
/// Keys are compared by their Unicode scalars (UTF-8 bytes), not by Swift's `String ==`, which
/// treats canonically equivalent strings ("\u{E9}" and "e\u{301}") as equal: RFC 8259 names
/// are distinct when their code points differ, and the log must not merge them.
///
/// Equality is order-sensitive: two objects are equal when they hold the same keys in the same
/// order with equal values, which is when they serialize to the same bytes (`JSONValue` names
/// the one exception, zero's sign).
public struct JSONObject: Equatable, Sendable, ExpressibleByDictionaryLiteral, Sequence {
    public typealias Element = (key: String, value: JSONValue)

    struct Entry: Sendable {
        var key: String
        var value: JSONValue
    }

    /// Small objects (the common case in the log) are searched linearly, which beats hashing;
    /// larger ones get an index so hostile input with many keys cannot make parsing quadratic.
    static let indexThreshold = 16

    private var entries: [Entry]
    private var index: [UTF8Key: Int]?

    public init() {
        entries = []
        index = nil
    }

    /// A later pair with the same key replaces the earlier value and keeps the earlier place,
    /// as assigning through the subscript would.
    public init(_ pairs: [(String, JSONValue)]) {
        self.init()
        entries.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            self[key] = value
        }
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }
    public var values: [JSONValue] { entries.map(\.value) }

    /// Setting an existing key keeps its place; a new key goes last; `nil` removes the key.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let position = position(of: key) else { return nil }
            return entries[position].value
        }
        set {
            if let position = position(of: key) {
                if let newValue {
                    entries[position].value = newValue
                } else {
                    remove(at: position)
                }
            } else if let newValue {
                appendNew(key, newValue)
            }
        }
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let position = position(of: key) else { return nil }
        let old = entries[position].value
        remove(at: position)
        return old
    }

    public func contains(key: String) -> Bool {
        position(of: key) != nil
    }

    // MARK: Sequence

    public struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[Entry]>

        public mutating func next() -> Element? {
            guard let entry = base.next() else { return nil }
            return (entry.key, entry.value)
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(base: entries.makeIterator())
    }

    public var underestimatedCount: Int { entries.count }

    // MARK: Equatable

    /// Same keys in the same order with equal values (see `JSONValue`'s equality).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        JSONValue.object(lhs) == JSONValue.object(rhs)
    }

    // MARK: Internals shared with the parser and the writer

    mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    func position(of key: String) -> Int? {
        if let index {
            return index[UTF8Key(key)]
        }
        for position in entries.indices where utf8Equal(entries[position].key, key) {
            return position
        }
        return nil
    }

    /// The caller has checked that `key` is absent (the parser does, to report the duplicate).
    mutating func appendNew(_ key: String, _ value: JSONValue) {
        entries.append(Entry(key: key, value: value))
        if index != nil {
            index?[UTF8Key(key)] = entries.count - 1
        } else if entries.count > JSONObject.indexThreshold {
            rebuildIndex()
        }
    }

    func entry(at position: Int) -> Entry {
        entries[position]
    }

    private mutating func remove(at position: Int) {
        entries.remove(at: position)
        if entries.count > JSONObject.indexThreshold {
            rebuildIndex()
        } else {
            index = nil
        }
    }

    private mutating func rebuildIndex() {
        var fresh = [UTF8Key: Int](minimumCapacity: entries.count)
        for (position, entry) in entries.enumerated() {
            fresh[UTF8Key(entry.key)] = position
        }
        index = fresh
    }
}

/// A dictionary key that hashes and compares a string's UTF-8 bytes (see `JSONObject`).
struct UTF8Key: Hashable, Sendable {
    var string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        utf8Equal(lhs.string, rhs.string)
    }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(copy.utf8.count)
    }
}

/// Byte equality of two strings' UTF-8; Swift's `==` would apply canonical equivalence.
@inline(__always)
func utf8Equal(_ lhs: String, _ rhs: String) -> Bool {
    // Equal bytes imply `==`, so `!=` rules a pair out, and for ASCII (most keys) it is a plain
    // byte comparison. Only pairs that `==` accepts, canonical equivalents included, need the
    // byte-by-byte confirmation.
    guard lhs.utf8.count == rhs.utf8.count, lhs == rhs else { return false }
    var l = lhs, r = rhs
    return l.withUTF8 { a in r.withUTF8 { b in bytesEqual(UnsafeRawBufferPointer(a), UnsafeRawBufferPointer(b)) } }
}

/// Equal-length buffers compared a word at a time (no `memcmp` without importing libc). Inlined:
/// most callers compare a few bytes, where a call costs more than the comparison.
@inline(__always)
func bytesEqual(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
    let count = lhs.count
    guard count == rhs.count else { return false }
    guard count > 0, let l = lhs.baseAddress, let r = rhs.baseAddress else { return true }
    var i = 0
    while i &+ 8 <= count {
        if l.loadUnaligned(fromByteOffset: i, as: UInt64.self) != r.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
            return false
        }
        i &+= 8
    }
    while i < count {
        if l.load(fromByteOffset: i, as: UInt8.self) != r.load(fromByteOffset: i, as: UInt8.self) {
            return false
        }
        i &+= 1
    }
    return true
}
