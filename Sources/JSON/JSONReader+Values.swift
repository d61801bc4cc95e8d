/// Building values: the parser behind `readValue` and `JSONValue.parse`.
extension JSONReader {
    /// Containers nested deeper than this are read by the iterative `parseDeepValue`.
    /// Recursion is faster (no explicit stack to allocate), but a debug build needs kilobytes
    /// of stack per level, and a thread may have only 512 KiB: 16 levels are safe anywhere and
    /// more than the log's values use.
    static let recursionLimit = 16

    /// Reads one value; `depth` is the number of containers already open around it.
    func parseValue(_ i: inout Int, depth: Int) throws(JSONError) -> JSONValue {
        guard i < count else {
            throw JSONError(offset: i, reason: .unexpectedEnd)
        }
        let b = byte(i)
        switch b {
        case UInt8(ascii: "\""):
            let parsed = try parseString(openingQuote: i)
            i = parsed.close &+ 1
            return .string(parsed.string)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if depth >= JSONReader.recursionLimit {
                return try parseDeepValue(&i, depth: depth)
            }
            if b == UInt8(ascii: "{") {
                return try parseObject(&i, depth: depth &+ 1)
            }
            return try parseArray(&i, depth: depth &+ 1)
        case UInt8(ascii: "t"):
            i = try matchLiteral("true", at: i)
            return .bool(true)
        case UInt8(ascii: "f"):
            i = try matchLiteral("false", at: i)
            return .bool(false)
        case UInt8(ascii: "n"):
            i = try matchLiteral("null", at: i)
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let number = try scanNumber(at: i)
            let value = try numberValue(number)
            i = number.end
            return value
        default:
            throw JSONError(offset: i, reason: .unexpectedByte(b))
        }
    }

    /// After an element of a container: skips whitespace, then either a `,` (true: another
    /// element follows, `j` is at it) or the container's `closing` byte (false: `j` is past it).
    @inline(__always)
    func continuesAfterElement(_ j: inout Int, closing: UInt8) throws(JSONError) -> Bool {
        j = skippingWhitespace(from: j)
        guard j < count else {
            throw JSONError(offset: j, reason: .unexpectedEnd)
        }
        let separator = byte(j)
        if separator == UInt8(ascii: ",") {
            j = skippingWhitespace(from: j &+ 1)
            return true
        }
        guard separator == closing else {
            throw JSONError(offset: j, reason: .unexpectedByte(separator))
        }
        j &+= 1
        return false
    }

    /// The array whose `[` is at `i`; `depth` counts it. (`depth` stays below `maximumDepth`
    /// here: deeper containers go to `parseDeepValue`.)
    func parseArray(_ i: inout Int, depth: Int) throws(JSONError) -> JSONValue {
        var j = skippingWhitespace(from: i &+ 1)
        var elements: [JSONValue] = []
        guard j < count else {
            throw JSONError(offset: j, reason: .unexpectedEnd)
        }
        if byte(j) == UInt8(ascii: "]") {
            i = j &+ 1
            return .array(elements)
        }
        elements.reserveCapacity(4)
        while true {
            elements.append(try parseValue(&j, depth: depth))
            if try !continuesAfterElement(&j, closing: UInt8(ascii: "]")) {
                i = j
                return .array(elements)
            }
        }
    }

    /// The object whose `{` is at `i`; `depth` counts it.
    func parseObject(_ i: inout Int, depth: Int) throws(JSONError) -> JSONValue {
        var j = skippingWhitespace(from: i &+ 1)
        var object = JSONObject()
        guard j < count else {
            throw JSONError(offset: j, reason: .unexpectedEnd)
        }
        if byte(j) == UInt8(ascii: "}") {
            i = j &+ 1
            return .object(object)
        }
        // Growing from one entry would reallocate three times for a typical event.
        object.reserveCapacity(8)
        while true {
            let (key, valueStart) = try parseKey(at: j, notIn: object)
            j = valueStart
            let value = try parseValue(&j, depth: depth)
            object.appendNew(key, value)
            if try !continuesAfterElement(&j, closing: UInt8(ascii: "}")) {
                i = j
                return .object(object)
            }
        }
    }

    /// One array or object that `parseDeepValue` has opened and not yet closed.
    struct OpenContainer {
        var isObject: Bool
        var elements: [JSONValue] = []
        var object = JSONObject()
        /// The key of the member whose value is being read.
        var key = ""
    }

    /// Reads the container at `i`, nested in `depth` others, keeping its nesting in an explicit
    /// stack rather than in recursion, so that no input can exhaust the thread's stack. Errors
    /// and results are exactly those of `parseValue`.
    func parseDeepValue(_ i: inout Int, depth: Int) throws(JSONError) -> JSONValue {
        var open: [OpenContainer] = []
        var j = i
        readValue: while true {
            guard j < count else {
                throw JSONError(offset: j, reason: .unexpectedEnd)
            }
            var value: JSONValue
            let b = byte(j)
            switch b {
            case UInt8(ascii: "\""):
                let parsed = try parseString(openingQuote: j)
                j = parsed.close &+ 1
                value = .string(parsed.string)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard depth &+ open.count < JSONReader.maximumDepth else {
                    throw JSONError(offset: j, reason: .tooDeep)
                }
                let isObject = b == UInt8(ascii: "{")
                j = skippingWhitespace(from: j &+ 1)
                guard j < count else {
                    throw JSONError(offset: j, reason: .unexpectedEnd)
                }
                if byte(j) == b &+ 2 {  // `}` and `]` follow `{` and `[` by two in ASCII
                    j &+= 1
                    value = isObject ? .object(JSONObject()) : .array([])
                } else {
                    var container = OpenContainer(isObject: isObject)
                    if isObject {
                        (container.key, j) = try parseKey(at: j, notIn: container.object)
                    }
                    open.append(container)
                    continue readValue
                }
            case UInt8(ascii: "t"):
                j = try matchLiteral("true", at: j)
                value = .bool(true)
            case UInt8(ascii: "f"):
                j = try matchLiteral("false", at: j)
                value = .bool(false)
            case UInt8(ascii: "n"):
                j = try matchLiteral("null", at: j)
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let number = try scanNumber(at: j)
                value = try numberValue(number)
                j = number.end
            default:
                throw JSONError(offset: j, reason: .unexpectedByte(b))
            }
            // The value is complete: add it to the innermost open container, and close every
            // container that ends right after it.
            while let top = open.indices.last {
                let isObject = open[top].isObject
                if isObject {
                    let key = open[top].key
                    open[top].object.appendNew(key, value)
                } else {
                    open[top].elements.append(value)
                }
                if try continuesAfterElement(&j, closing: isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    if isObject {
                        (open[top].key, j) = try parseKey(at: j, notIn: open[top].object)
                    }
                    continue readValue
                }
                let closed = open.removeLast()
                value = isObject ? .object(closed.object) : .array(closed.elements)
            }
            i = j
            return value
        }
    }

    /// A key at `j` that `object` does not have yet, and the `:` after it; returns the key and
    /// where its value starts. (The same checks in the same order as `skipKey`.)
    @inline(__always)
    func parseKey(at j: Int, notIn object: JSONObject) throws(JSONError) -> (key: String, valueStart: Int) {
        let (key, close) = try parseString(openingQuote: try expectQuote(at: j))
        if !object.isEmpty && object.position(of: key) != nil {
            throw JSONError(offset: j, reason: .duplicateKey(key))
        }
        return (key, try expectColon(after: close))
    }

    /// From a key's closing quote to the first byte of its value.
    @inline(__always)
    func expectColon(after close: Int) throws(JSONError) -> Int {
        let j = skippingWhitespace(from: close &+ 1)
        guard j < count else {
            throw JSONError(offset: j, reason: .unexpectedEnd)
        }
        let b = byte(j)
        guard b == UInt8(ascii: ":") else {
            throw JSONError(offset: j, reason: .unexpectedByte(b))
        }
        return skippingWhitespace(from: j &+ 1)
    }
}
