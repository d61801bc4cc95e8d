/// Strings: finding their end, validating escapes and UTF-8, and unescaping.
extension JSONReader {
    /// A string for the parser: validated by `scanString`, then made with one decoding.
    /// (Letting the decoding's own check stand in for `scanString`'s UTF-8 validation, and
    /// comparing its output with the input to detect repairs, measured only a few percent
    /// faster: not worth a second way to read strings.)
    @inline(__always)
    func parseString(openingQuote open: Int) throws(JSONError) -> (string: String, close: Int) {
        let scanned = try scanString(openingQuote: open)
        return (makeString(from: open &+ 1, to: scanned.close, escaped: scanned.escaped), scanned.close)
    }

    /// Finds the closing quote of the string whose opening quote is at `open`, checking
    /// escapes, control characters and UTF-8 on the way. Truncated input is `.unexpectedEnd`.
    func scanString(openingQuote open: Int) throws(JSONError) -> (close: Int, escaped: Bool) {
        // `open < count`, so the buffer is not empty.
        let p = base.unsafelyUnwrapped
        var i = open &+ 1
        var escaped = false
        while true {
            // Plain ASCII, 8 bytes at a time, straight to the first byte that needs a look.
            while i &+ 8 <= count {
                let mask = WordScan.attentionMask(WordScan.load(p, i))
                if mask != 0 {
                    i &+= WordScan.firstLane(mask)
                    break
                }
                i &+= 8
            }
            guard i < count else {
                throw JSONError(offset: count, reason: .unexpectedEnd)
            }
            let b = p.load(fromByteOffset: i, as: UInt8.self)
            if b >= 0x80 {
                i = try scanNonASCII(p, from: i)
            } else if b == UInt8(ascii: "\"") {
                return (i, escaped)
            } else if b == UInt8(ascii: "\\") {
                escaped = true
                i = try scanEscape(p, at: i)
            } else if b < 0x20 {
                throw JSONError(offset: i, reason: .controlCharacterInString(b))
            } else {
                i &+= 1
            }
        }
    }

    /// Validates a run of non-ASCII UTF-8 starting at `start` and returns where it ends (the
    /// next ASCII byte or the end of input). Whole sequences are matched from one 4-byte load,
    /// which keeps Japanese text (3-byte sequences) at a few instructions per character.
    func scanNonASCII(_ p: UnsafeRawPointer, from start: Int) throws(JSONError) -> Int {
        var i = start
        while i &+ 4 <= count {
            if i &+ 8 <= count {
                // Two 3-byte sequences from one load: CJK text is made of little else.
                let pair = WordScan.load(p, i)
                if pair & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0 {
                    let first = (pair & 0x0F) &<< 6 | (pair &>> 8) & 0x3F
                    let second = (pair &>> 18) & 0x3C0 | (pair &>> 32) & 0x3F
                    if first >= 0x20 && first & 0x3E0 != 0x360 && second >= 0x20 && second & 0x3E0 != 0x360 {
                        i &+= 6
                        continue
                    }
                }
            }
            let w = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt32.self))
            if w & 0x00C0_C0F0 == 0x0080_80E0 {
                // 1110xxxx 10xxxxxx 10xxxxxx: the top 10 bits of the scalar rule out overlong
                // forms (< U+0800) and surrogates (U+D800...U+DFFF).
                let top = (w & 0x0F) &<< 6 | (w &>> 8) & 0x3F
                guard top >= 0x20 && top & 0x3E0 != 0x360 else { break }
                i &+= 3
            } else if w & 0xC0E0 == 0x80C0 {
                // 110xxxxx 10xxxxxx, but not the overlong C0 and C1 leads.
                guard w & 0x1E != 0 else { break }
                i &+= 2
            } else if w & 0xC0C0_C0F8 == 0x8080_80F0 {
                // 11110xxx and three continuations, from U+10000 to U+10FFFF.
                let top = (w & 0x07) &<< 6 | (w &>> 8) & 0x3F
                guard top >= 0x10 && top <= 0x10F else { break }
                i &+= 4
            } else {
                break
            }
        }
        // ASCII, an invalid sequence, or the last few bytes: one careful sequence at a time.
        while i < count {
            let lead = p.load(fromByteOffset: i, as: UInt8.self)
            if lead < 0x80 { break }
            i = try scanMultibyte(p, at: i, lead: lead)
        }
        return i
    }

    /// Validates one UTF-8 sequence (RFC 3629: no overlongs, no surrogates, nothing above
    /// U+10FFFF) whose lead byte `lead` (>= 0x80) is at `i`; returns the offset after it.
    /// Errors point at the lead byte; a sequence cut short by the end of input is `.unexpectedEnd`.
    @inline(__always)
    func scanMultibyte(_ p: UnsafeRawPointer, at i: Int, lead: UInt8) throws(JSONError) -> Int {
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF:
            length = 2
        case 0xE0...0xEF:
            length = 3
            if lead == 0xE0 { low = 0xA0 } else if lead == 0xED { high = 0x9F }
        case 0xF0...0xF4:
            length = 4
            if lead == 0xF0 { low = 0x90 } else if lead == 0xF4 { high = 0x8F }
        default:
            throw JSONError(offset: i, reason: .invalidUTF8)
        }
        guard i &+ 1 < count else {
            throw JSONError(offset: count, reason: .unexpectedEnd)
        }
        let second = p.load(fromByteOffset: i &+ 1, as: UInt8.self)
        guard second >= low && second <= high else {
            throw JSONError(offset: i, reason: .invalidUTF8)
        }
        var k = 2
        while k < length {
            guard i &+ k < count else {
                throw JSONError(offset: count, reason: .unexpectedEnd)
            }
            guard p.load(fromByteOffset: i &+ k, as: UInt8.self) & 0xC0 == 0x80 else {
                throw JSONError(offset: i, reason: .invalidUTF8)
            }
            k &+= 1
        }
        return i &+ length
    }

    /// Validates the escape whose backslash is at `i`; returns the offset after it.
    func scanEscape(_ p: UnsafeRawPointer, at i: Int) throws(JSONError) -> Int {
        guard i &+ 1 < count else {
            throw JSONError(offset: count, reason: .unexpectedEnd)
        }
        switch p.load(fromByteOffset: i &+ 1, as: UInt8.self) {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return i &+ 2
        case UInt8(ascii: "u"):
            let unit = try hex4(p, at: i &+ 2, escape: i)
            if unit >= 0xDC00 && unit <= 0xDFFF {
                throw JSONError(offset: i, reason: .unpairedSurrogate)
            }
            guard unit >= 0xD800 && unit <= 0xDBFF else { return i &+ 6 }
            // A high surrogate must be followed at once by a `\u` low surrogate.
            let next = i &+ 6
            guard next < count else {
                throw JSONError(offset: count, reason: .unexpectedEnd)
            }
            guard p.load(fromByteOffset: next, as: UInt8.self) == UInt8(ascii: "\\") else {
                throw JSONError(offset: i, reason: .unpairedSurrogate)
            }
            guard next &+ 1 < count else {
                throw JSONError(offset: count, reason: .unexpectedEnd)
            }
            guard p.load(fromByteOffset: next &+ 1, as: UInt8.self) == UInt8(ascii: "u") else {
                throw JSONError(offset: i, reason: .unpairedSurrogate)
            }
            let low = try hex4(p, at: next &+ 2, escape: next)
            guard low >= 0xDC00 && low <= 0xDFFF else {
                throw JSONError(offset: i, reason: .unpairedSurrogate)
            }
            return next &+ 6
        default:
            throw JSONError(offset: i, reason: .invalidEscape)
        }
    }

    func hex4(_ p: UnsafeRawPointer, at start: Int, escape: Int) throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        var k = 0
        while k < 4 {
            guard start &+ k < count else {
                throw JSONError(offset: count, reason: .unexpectedEnd)
            }
            guard let digit = JSONReader.hexValue(p.load(fromByteOffset: start &+ k, as: UInt8.self)) else {
                throw JSONError(offset: escape, reason: .invalidUnicodeEscape)
            }
            value = value << 4 | digit
            k &+= 1
        }
        return value
    }

    @inline(__always)
    static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b &- UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b &- UInt8(ascii: "a") &+ 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b &- UInt8(ascii: "A") &+ 10)
        default: return nil
        }
    }

    /// The string between `start` and `end` (exclusive), already validated by `scanString`.
    func makeString(from start: Int, to end: Int, escaped: Bool) -> String {
        guard start < end else { return "" }
        if !escaped {
            return slice(start, end).withMemoryRebound(to: UInt8.self) {
                String(decoding: $0, as: UTF8.self)
            }
        }
        // Unescaping never lengthens: each escape is at least as long as what it stands for.
        return String(unsafeUninitializedCapacity: end &- start) { buffer in
            unescape(from: start, to: end, into: buffer)
        }
    }

    /// Writes the unescaped bytes of a validated string body into `out` (at least `end - start`
    /// bytes) and returns how many were written.
    func unescape(from start: Int, to end: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = start
        var o = 0
        while i < end {
            let b = byte(i)
            guard b == UInt8(ascii: "\\"), i &+ 1 < end else {
                out[o] = b
                o &+= 1
                i &+= 1
                continue
            }
            let e = byte(i &+ 1)
            i &+= 2
            switch e {
            case UInt8(ascii: "b"): out[o] = 0x08
            case UInt8(ascii: "f"): out[o] = 0x0C
            case UInt8(ascii: "n"): out[o] = 0x0A
            case UInt8(ascii: "r"): out[o] = 0x0D
            case UInt8(ascii: "t"): out[o] = 0x09
            case UInt8(ascii: "u"):
                var scalar = hex4Trusted(at: i)
                i &+= 4
                if scalar >= 0xD800 && scalar <= 0xDBFF && i &+ 6 <= end {
                    let low = hex4Trusted(at: i &+ 2)
                    scalar = 0x10000 &+ ((scalar &- 0xD800) << 10) &+ (low &- 0xDC00)
                    i &+= 6
                }
                o = writeUTF8(scalar, into: out, at: o)
                continue
            default: out[o] = e  // `"`, `\` and `/` stand for themselves
            }
            o &+= 1
        }
        return o
    }

    /// Four hex digits already checked by `scanEscape`; anything else reads as zero.
    func hex4Trusted(at start: Int) -> UInt32 {
        var value: UInt32 = 0
        for k in 0..<4 where start &+ k < count {
            value = value << 4 | (JSONReader.hexValue(byte(start &+ k)) ?? 0)
        }
        return value
    }

    func writeUTF8(_ scalar: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at o: Int) -> Int {
        switch scalar {
        case 0..<0x80:
            out[o] = UInt8(truncatingIfNeeded: scalar)
            return o &+ 1
        case 0x80..<0x800:
            out[o] = 0xC0 | UInt8(truncatingIfNeeded: scalar >> 6)
            out[o &+ 1] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
            return o &+ 2
        case 0x800..<0x10000:
            out[o] = 0xE0 | UInt8(truncatingIfNeeded: scalar >> 12)
            out[o &+ 1] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F)
            out[o &+ 2] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
            return o &+ 3
        default:
            out[o] = 0xF0 | UInt8(truncatingIfNeeded: scalar >> 18)
            out[o &+ 1] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 12) & 0x3F)
            out[o &+ 2] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F)
            out[o &+ 3] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
            return o &+ 4
        }
    }
}
