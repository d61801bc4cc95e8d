/// Appends compact JSON to a byte buffer.
///
/// The line encoder of the event log writes its fields in a fixed order with these pieces, so
/// they are public and avoid intermediate `String`s.
public enum JSONWriter: Sendable {
    /// `s` quoted and escaped. Only what RFC 8259 requires is escaped (`"`, `\`, bytes below
    /// 0x20, using the short forms where they exist); `/` and non-ASCII stay as they are, so the
    /// log stays readable Japanese in any editor.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { appendEscaped($0, to: &out) }
    }

    /// Decimal digits without building a `String`.
    public static func appendInt(_ v: Int64, to out: inout [UInt8]) {
        var magnitude = v.magnitude
        // 19 digits for Int64.max, one more for the sign.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            digitPairs.withUTF8Buffer { pairs in
                var i = 20
                while magnitude >= 100 {
                    let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 100)
                    let pair = Int(truncatingIfNeeded: remainder) &* 2
                    i &-= 2
                    buffer[i] = pairs[pair]
                    buffer[i &+ 1] = pairs[pair &+ 1]
                    magnitude = quotient
                }
                if magnitude >= 10 {
                    let pair = Int(truncatingIfNeeded: magnitude) &* 2
                    i &-= 2
                    buffer[i] = pairs[pair]
                    buffer[i &+ 1] = pairs[pair &+ 1]
                } else {
                    i &-= 1
                    buffer[i] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude)
                }
                if v < 0 {
                    i &-= 1
                    buffer[i] = UInt8(ascii: "-")
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<20]))
            }
        }
    }

    /// "00" "01" … "99": two digits per division when printing integers. A literal, not an
    /// array, so reading it needs no lazy initialisation or reference counting.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Swift's shortest round-trip spelling: integral values keep ".0" (`1.0`), large and tiny
    /// ones use an exponent (`1e+16`, `5e-324`), all of which JSON reads back as the same double.
    /// NaN and infinities are a precondition failure: JSON cannot spell them.
    public static func appendDouble(_ v: Double, to out: inout [UInt8]) {
        precondition(v.isFinite, "JSON cannot represent \(v)")
        var text = v.description
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Containers nested deeper than this are written by the iterative `appendDeepValue`, for
    /// the reason given at `JSONReader.recursionLimit`.
    static let recursionLimit = JSONReader.recursionLimit

    /// `depth` is the number of containers already open around `value`.
    static func appendValue(_ value: JSONValue, to out: inout [UInt8], depth: Int = 0) {
        if appendScalar(value, to: &out) { return }
        switch value {
        case .null, .bool, .int, .double, .string:
            return
        case .array where depth >= recursionLimit, .object where depth >= recursionLimit:
            appendDeepValue(value, to: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (n, element) in elements.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                appendValue(element, to: &out, depth: depth &+ 1)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for n in 0..<object.count {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                appendValue(appendKey(of: object, at: n, to: &out), to: &out, depth: depth &+ 1)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Writes `value` if it is not a container; says whether it did.
    private static func appendScalar(_ value: JSONValue, to out: inout [UInt8]) -> Bool {
        switch value {
        case .null: appendLiteral("null", to: &out)
        case .bool(let b): appendLiteral(b ? "true" : "false", to: &out)
        case .int(let i): appendInt(i, to: &out)
        case .double(let d): appendDouble(d, to: &out)
        case .string(let s): appendString(s, to: &out)
        case .array, .object: return false
        }
        return true
    }

    /// One array or object being written, and the index of its next element.
    private enum OpenContainer {
        case array([JSONValue], next: Int)
        case object(JSONObject, next: Int)
    }

    /// Iterative, so that deep values cannot exhaust the thread's stack.
    private static func appendDeepValue(_ value: JSONValue, to out: inout [UInt8]) {
        var open: [OpenContainer] = []
        var current = value
        writeValue: while true {
            switch current {
            case .null, .bool, .int, .double, .string:
                _ = appendScalar(current, to: &out)
            case .array(let elements):
                guard let first = elements.first else {
                    appendLiteral("[]", to: &out)
                    break
                }
                out.append(UInt8(ascii: "["))
                open.append(.array(elements, next: 1))
                current = first
                continue writeValue
            case .object(let object):
                guard !object.isEmpty else {
                    appendLiteral("{}", to: &out)
                    break
                }
                out.append(UInt8(ascii: "{"))
                current = appendKey(of: object, at: 0, to: &out)
                open.append(.object(object, next: 1))
                continue writeValue
            }
            // `current` is written: move to the next element of the innermost open container,
            // closing the ones that are finished.
            while let container = open.popLast() {
                switch container {
                case .array(let elements, let next):
                    if next < elements.count {
                        out.append(UInt8(ascii: ","))
                        open.append(.array(elements, next: next &+ 1))
                        current = elements[next]
                        continue writeValue
                    }
                    out.append(UInt8(ascii: "]"))
                case .object(let object, let next):
                    if next < object.count {
                        out.append(UInt8(ascii: ","))
                        current = appendKey(of: object, at: next, to: &out)
                        open.append(.object(object, next: next &+ 1))
                        continue writeValue
                    }
                    out.append(UInt8(ascii: "}"))
                }
            }
            return
        }
    }

    /// Writes `"key":` of the entry at `position` and returns its value.
    private static func appendKey(of object: JSONObject, at position: Int, to out: inout [UInt8]) -> JSONValue {
        let entry = object.entry(at: position)
        appendString(entry.key, to: &out)
        out.append(UInt8(ascii: ":"))
        return entry.value
    }

    private static func appendLiteral(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // No `reserveCapacity` here: it allocates exactly what is asked, so calling it for
        // every string of a long line would reallocate on every call.
        let count = source.count
        out.append(UInt8(ascii: "\""))
        guard count > 0, let base = source.baseAddress else {
            out.append(UInt8(ascii: "\""))
            return
        }
        let raw = UnsafeRawPointer(base)
        var runStart = 0
        var i = 0
        while i < count {
            // Eight bytes at a time, straight to the first one that needs escaping.
            while i &+ 8 <= count {
                let mask = WordScan.escapeMask(WordScan.load(raw, i))
                if mask != 0 {
                    i &+= WordScan.firstLane(mask)
                    break
                }
                i &+= 8
            }
            guard i < count else { break }
            let byte = base[i]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                i &+= 1
                continue
            }
            if runStart < i {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
            }
            appendEscape(for: byte, to: &out)
            i &+= 1
            runStart = i
        }
        if runStart < count {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(for byte: UInt8, to out: inout [UInt8]) {
        let short: UInt8
        switch byte {
        case UInt8(ascii: "\""): short = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): short = UInt8(ascii: "\\")
        case 0x08: short = UInt8(ascii: "b")
        case 0x0C: short = UInt8(ascii: "f")
        case 0x0A: short = UInt8(ascii: "n")
        case 0x0D: short = UInt8(ascii: "r")
        case 0x09: short = UInt8(ascii: "t")
        default:
            let hex: StaticString = "0123456789abcdef"
            hex.withUTF8Buffer { digits in
                out.append(contentsOf: [
                    UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                    digits[Int(byte >> 4)], digits[Int(byte & 0xF)],
                ])
            }
            return
        }
        out.append(UInt8(ascii: "\\"))
        out.append(short)
    }
}
