/// Numbers: the RFC 8259 grammar, `Int64` values and correctly rounded doubles.
extension JSONReader {
    /// Where a number's parts are; `scanNumber` has checked the grammar.
    struct NumberSpan {
        var start: Int
        var negative: Bool
        /// The integer digits are `integerStart..<integerEnd`.
        var integerStart: Int
        var integerEnd: Int
        /// The fraction digits (after the '.') are `integerEnd + 1 ..< fractionEnd`, empty if none.
        var fractionEnd: Int
        var exponentStart: Int
        var end: Int

        var isInteger: Bool { end == integerEnd }
        var hasExponent: Bool { exponentStart < end }

        /// Only huge integers and exponents can leave the `Double` range; everything else is
        /// skipped without computing its value.
        var mightOverflowDouble: Bool {
            hasExponent || integerEnd &- integerStart > 300
        }
    }

    @inline(__always)
    func isDigit(_ b: UInt8) -> Bool {
        b &- UInt8(ascii: "0") < 10
    }

    /// Checks the grammar of the number at `start` (a '-' or a digit) and finds its parts.
    func scanNumber(at start: Int) throws(JSONError) -> NumberSpan {
        var i = start
        let negative = byte(i) == UInt8(ascii: "-")
        if negative { i &+= 1 }
        let integerStart = i
        guard i < count else {
            throw JSONError(offset: i, reason: .invalidNumber)
        }
        let first = byte(i)
        if first == UInt8(ascii: "0") {
            i &+= 1
            if i < count && isDigit(byte(i)) {
                throw JSONError(offset: integerStart, reason: .leadingZero)
            }
        } else if isDigit(first) {
            i &+= 1
            while i < count && isDigit(byte(i)) { i &+= 1 }
        } else {
            throw JSONError(offset: i, reason: .invalidNumber)
        }
        let integerEnd = i
        if i < count && byte(i) == UInt8(ascii: ".") {
            i &+= 1
            guard i < count && isDigit(byte(i)) else {
                throw JSONError(offset: i, reason: .invalidNumber)
            }
            while i < count && isDigit(byte(i)) { i &+= 1 }
        }
        let fractionEnd = i
        if i < count && byte(i) | 0x20 == UInt8(ascii: "e") {
            i &+= 1
            if i < count && (byte(i) == UInt8(ascii: "+") || byte(i) == UInt8(ascii: "-")) { i &+= 1 }
            guard i < count && isDigit(byte(i)) else {
                throw JSONError(offset: i, reason: .invalidNumber)
            }
            while i < count && isDigit(byte(i)) { i &+= 1 }
        }
        return NumberSpan(
            start: start, negative: negative, integerStart: integerStart, integerEnd: integerEnd,
            fractionEnd: fractionEnd, exponentStart: fractionEnd, end: i)
    }

    /// The `Int64` an integer span stands for, or nil when it is out of range.
    func integerValue(_ n: NumberSpan) -> Int64? {
        let digits = n.integerEnd &- n.integerStart
        var magnitude: UInt64 = 0
        if digits <= 18 {
            // 10^18 - 1 < 2^63: no overflow possible.
            for k in n.integerStart..<n.integerEnd {
                magnitude = magnitude &* 10 &+ UInt64(byte(k) &- UInt8(ascii: "0"))
            }
        } else if digits == 19 {
            for k in n.integerStart..<n.integerEnd {
                let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(byte(k) &- UInt8(ascii: "0")))
                if o1 || o2 { return nil }
                magnitude = sum
            }
        } else {
            return nil
        }
        if n.negative {
            guard magnitude <= UInt64(Int64.max) &+ 1 else { return nil }
            return Int64(truncatingIfNeeded: 0 &- magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    func numberValue(_ n: NumberSpan) throws(JSONError) -> JSONValue {
        if n.isInteger, let value = integerValue(n) {
            return .int(value)
        }
        if let fast = fastDouble(n) {
            return .double(fast)
        }
        // Rare: many digits or a large exponent. The standard library rounds correctly.
        let text = slice(n.start, n.end).withMemoryRebound(to: UInt8.self) {
            String(decoding: $0, as: UTF8.self)
        }
        guard let value = Double(text) else {
            throw JSONError(offset: n.start, reason: .invalidNumber)
        }
        guard value.isFinite else {
            throw JSONError(offset: n.start, reason: .numberOutOfRange)
        }
        return .double(value)
    }

    /// Clinger's fast path: when the decimal significand fits in 53 bits and the power of ten
    /// is exact (|e| <= 22), one IEEE multiplication or division rounds correctly.
    func fastDouble(_ n: NumberSpan) -> Double? {
        let fractionStart = n.integerEnd &+ 1
        let fractionDigits = n.fractionEnd > n.integerEnd ? n.fractionEnd &- fractionStart : 0
        let significantDigits = (n.integerEnd &- n.integerStart) &+ fractionDigits
        guard significantDigits <= 19 else { return nil }
        var significand: UInt64 = 0
        for k in n.integerStart..<n.integerEnd {
            significand = significand &* 10 &+ UInt64(byte(k) &- UInt8(ascii: "0"))
        }
        if fractionDigits > 0 {
            for k in fractionStart..<n.fractionEnd {
                significand = significand &* 10 &+ UInt64(byte(k) &- UInt8(ascii: "0"))
            }
        }
        guard significand <= 1 << 53 else { return nil }
        var exponent = 0
        if n.hasExponent {
            var k = n.exponentStart &+ 1
            var exponentNegative = false
            let sign = byte(k)
            if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                exponentNegative = sign == UInt8(ascii: "-")
                k &+= 1
            }
            guard n.end &- k <= 4 else { return nil }
            while k < n.end {
                exponent = exponent &* 10 &+ Int(byte(k) &- UInt8(ascii: "0"))
                k &+= 1
            }
            if exponentNegative { exponent = 0 &- exponent }
        }
        let value: Double
        if significand == 0 {
            value = 0
        } else {
            let power = exponent &- fractionDigits
            guard power >= -22 && power <= 22 else { return nil }
            let scale = JSONReader.exactPowersOfTen[power < 0 ? 0 &- power : power]
            value = power < 0 ? Double(significand) / scale : Double(significand) * scale
        }
        return n.negative ? -value : value
    }

    static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}
