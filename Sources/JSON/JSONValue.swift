/// One JSON value (RFC 8259).
///
/// Numbers are split the way the log needs them: an integer literal that fits `Int64` is
/// `.int` (so positions and versions survive exactly); anything with a fraction or exponent, or
/// an integer beyond `Int64`, is `.double`. `-0` is `.int(0)`; `-0.0` is `.double(-0.0)`.
///
/// Equality compares strings and keys by Unicode scalars, not by canonical equivalence, and
/// object keys in order (see `JSONObject`), so equal values serialize to equal bytes (the one
/// exception: `.double(0.0) == .double(-0.0)`, as for `Double`).
/// `.int(1)` and `.double(1)` are different values: they serialize differently.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    // MARK: Parsing

    /// Parses exactly one value; whitespace may surround it, anything else after it is an error.
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONError) -> JSONValue {
        var reader = JSONReader(bytes)
        reader.skipWhitespace()
        let value = try reader.readValue()
        reader.skipWhitespace()
        guard reader.isAtEnd else {
            throw JSONError(offset: reader.offset, reason: .trailingData)
        }
        return value
    }

    public static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONError) in try parse(buffer) }
        }
        return try result.get()
    }

    public static func parse(_ text: String) throws(JSONError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONError) in try parse(UnsafeRawBufferPointer(buffer)) }
        }
        return try result.get()
    }

    // MARK: Serializing

    /// Compact JSON: no whitespace, keys in object order, non-ASCII as raw UTF-8.
    /// A `.double` that is NaN or infinite is a precondition failure (JSON has no spelling for it).
    public func serialized() -> String {
        var out: [UInt8] = []
        serialize(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public func serialize(into out: inout [UInt8]) {
        JSONWriter.appendValue(self, to: &out)
    }

    // MARK: Accessors

    /// The value under `key` when this is an object; `nil` otherwise or when the key is absent.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The element at `index` when this is an array and the index is in range; `nil` otherwise.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let array) = self, array.indices.contains(index) else { return nil }
        return array[index]
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var intValue: Int64? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// Either kind of number as a `Double` (an `.int` beyond 2^53 is rounded).
    public var doubleValue: Double? {
        switch self {
        case .double(let value): return value
        case .int(let value): return Double(value)
        default: return nil
        }
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    // MARK: Equatable

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        isEqual(lhs, rhs, depth: 0)
    }

    /// Recursive for the first levels and iterative below them, like the parser and writer,
    /// so comparing deep values cannot exhaust the thread's stack.
    private static func isEqual(_ lhs: JSONValue, _ rhs: JSONValue, depth: Int) -> Bool {
        switch (lhs, rhs) {
        case (.array(let l), .array(let r)):
            guard l.count == r.count else { return false }
            if depth >= JSONReader.recursionLimit { return isDeepEqual(lhs, rhs) }
            for k in l.indices where !isEqual(l[k], r[k], depth: depth &+ 1) {
                return false
            }
            return true
        case (.object(let l), .object(let r)):
            guard l.count == r.count else { return false }
            if depth >= JSONReader.recursionLimit { return isDeepEqual(lhs, rhs) }
            for k in 0..<l.count {
                let a = l.entry(at: k)
                let b = r.entry(at: k)
                guard utf8Equal(a.key, b.key), isEqual(a.value, b.value, depth: depth &+ 1) else { return false }
            }
            return true
        default:
            return isScalarEqual(lhs, rhs)
        }
    }

    private static func isDeepEqual(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        var pending = [(lhs, rhs)]
        while let (l, r) = pending.popLast() {
            switch (l, r) {
            case (.array(let a), .array(let b)):
                guard a.count == b.count else { return false }
                pending.append(contentsOf: zip(a, b))
            case (.object(let a), .object(let b)):
                guard a.count == b.count else { return false }
                for k in 0..<a.count {
                    let x = a.entry(at: k)
                    let y = b.entry(at: k)
                    guard utf8Equal(x.key, y.key) else { return false }
                    pending.append((x.value, y.value))
                }
            default:
                guard isScalarEqual(l, r) else { return false }
            }
        }
        return true
    }

    /// Equality of anything but two arrays or two objects.
    private static func isScalarEqual(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let l), .bool(let r)): return l == r
        case (.int(let l), .int(let r)): return l == r
        case (.double(let l), .double(let r)): return l == r
        case (.string(let l), .string(let r)): return utf8Equal(l, r)
        default: return false
        }
    }
}

extension JSONValue: CustomStringConvertible {
    public var description: String { serialized() }
}

extension JSONValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
}
