/// Validating values without building them: the checker behind `skipValue`.
extension JSONReader {
    /// A key of an object being skipped: where its bytes are and whether they need unescaping
    /// before comparison.
    struct KeySpan {
        var start: Int
        var end: Int
        var escaped: Bool
    }

    /// The keys of the objects `skipValue` is inside, innermost last, in stack memory, so an
    /// object's keys are compared without building strings or allocating.
    struct KeyStack {
        let slots: UnsafeMutableBufferPointer<KeySpan>
        var count = 0
    }

    /// One array or object that `skipValue` is inside.
    struct SkipLevel {
        /// This object's keys are `KeyStack.slots[firstKey..<count]`.
        var firstKey: Int
        var isObject: Bool
        /// Whether this object's keys moved to a set (the last one in `seenSets`).
        var usesSet: Bool
    }

    /// Open levels: the first ones in stack memory, deeper ones (rare) on the heap.
    struct LevelStack {
        let inline: UnsafeMutableBufferPointer<SkipLevel>
        var overflow: [SkipLevel] = []
        var count = 0

        var top: SkipLevel {
            get { count <= inline.count ? inline[count &- 1] : overflow[count &- 1 &- inline.count] }
            set {
                if count <= inline.count {
                    inline[count &- 1] = newValue
                } else {
                    overflow[count &- 1 &- inline.count] = newValue
                }
            }
        }

        mutating func push(_ level: SkipLevel) {
            if count < inline.count {
                (inline.baseAddress.unsafelyUnwrapped + count).initialize(to: level)
            } else {
                overflow.append(level)
            }
            count &+= 1
        }

        mutating func pop() {
            count &-= 1
            if count >= inline.count { overflow.removeLast() }
        }
    }

    /// Validates one value like `parseValue`, iteratively for the same reason, in the same
    /// order, so both report the same first error.
    func skipValue(_ i: inout Int, keys: inout KeyStack, levels: inout LevelStack) throws(JSONError) {
        // Key sets of large objects, innermost last; empty (and unallocated) for ordinary input.
        var seenSets: [Set<[UInt8]>] = []
        var j = i
        readValue: while true {
            guard j < count else {
                throw JSONError(offset: j, reason: .unexpectedEnd)
            }
            let b = byte(j)
            switch b {
            case UInt8(ascii: "\""):
                j = try scanString(openingQuote: j).close &+ 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard levels.count < JSONReader.maximumDepth else {
                    throw JSONError(offset: j, reason: .tooDeep)
                }
                let isObject = b == UInt8(ascii: "{")
                j = skippingWhitespace(from: j &+ 1)
                guard j < count else {
                    throw JSONError(offset: j, reason: .unexpectedEnd)
                }
                if byte(j) == b &+ 2 {
                    j &+= 1
                } else {
                    levels.push(SkipLevel(firstKey: keys.count, isObject: isObject, usesSet: false))
                    if isObject {
                        j = try skipKey(at: j, level: &levels.top, keys: &keys, seenSets: &seenSets)
                    }
                    continue readValue
                }
            case UInt8(ascii: "t"):
                j = try matchLiteral("true", at: j)
            case UInt8(ascii: "f"):
                j = try matchLiteral("false", at: j)
            case UInt8(ascii: "n"):
                j = try matchLiteral("null", at: j)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let number = try scanNumber(at: j)
                if number.mightOverflowDouble {
                    _ = try numberValue(number)
                }
                j = number.end
            default:
                throw JSONError(offset: j, reason: .unexpectedByte(b))
            }
            while levels.count > 0 {
                let level = levels.top
                if try continuesAfterElement(&j, closing: level.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    if level.isObject {
                        j = try skipKey(at: j, level: &levels.top, keys: &keys, seenSets: &seenSets)
                    }
                    continue readValue
                }
                if level.isObject {
                    keys.count = level.firstKey
                    if level.usesSet { seenSets.removeLast() }
                }
                levels.pop()
            }
            i = j
            return
        }
    }

    /// Checks the key at `j` against the earlier keys of its object, records it, and returns
    /// where its value starts. Past a handful of keys (or when the slots run out), a set of
    /// decoded keys replaces the linear comparison, so many keys cost linear time.
    func skipKey(
        at j: Int, level: inout SkipLevel, keys: inout KeyStack, seenSets: inout [Set<[UInt8]>]
    ) throws(JSONError) -> Int {
        let open = try expectQuote(at: j)
        let scanned = try scanString(openingQuote: open)
        let key = KeySpan(start: open &+ 1, end: scanned.close, escaped: scanned.escaped)
        if level.usesSet {
            if seenSets[seenSets.count &- 1].insert(keyBytes(key)).inserted == false {
                throw duplicate(key, at: open)
            }
        } else {
            for k in level.firstKey..<keys.count where keysEqual(keys.slots[k], key) {
                throw duplicate(key, at: open)
            }
            if keys.count &- level.firstKey < JSONObject.indexThreshold && keys.count < keys.slots.count {
                (keys.slots.baseAddress.unsafelyUnwrapped + keys.count).initialize(to: key)
                keys.count &+= 1
            } else {
                var set = Set((level.firstKey..<keys.count).map { keyBytes(keys.slots[$0]) })
                set.insert(keyBytes(key))
                seenSets.append(set)
                level.usesSet = true
            }
        }
        return try expectColon(after: scanned.close)
    }

    func duplicate(_ key: KeySpan, at open: Int) -> JSONError {
        JSONError(offset: open, reason: .duplicateKey(makeString(from: key.start, to: key.end, escaped: key.escaped)))
    }

    func keysEqual(_ a: KeySpan, _ b: KeySpan) -> Bool {
        if !a.escaped && !b.escaped {
            return bytesEqual(slice(a.start, a.end), slice(b.start, b.end))
        }
        return keyBytes(a) == keyBytes(b)
    }

    func keyBytes(_ key: KeySpan) -> [UInt8] {
        guard key.escaped else { return Array(slice(key.start, key.end)) }
        return [UInt8](unsafeUninitializedCapacity: key.end &- key.start) { buffer, initialized in
            initialized = unescape(from: key.start, to: key.end, into: buffer)
        }
    }

    /// An object key at `offset`, checked and passed: nil when it has no escapes (its bytes are
    /// those between the quotes), otherwise its unescaped UTF-8 for comparison.
    mutating func readKey() throws(JSONError) -> [UInt8]? {
        let open = try expectQuote(at: offset)
        let scanned = try scanString(openingQuote: open)
        offset = scanned.close &+ 1
        guard scanned.escaped else { return nil }
        return keyBytes(KeySpan(start: open &+ 1, end: scanned.close, escaped: true))
    }
}
