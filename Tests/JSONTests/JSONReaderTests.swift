import JSON
import Testing

/// Runs `body` with a reader over `text`'s UTF-8 bytes.
func withReader<R>(_ text: String, _ body: (inout JSONReader) throws(JSONError) -> R) throws(JSONError) -> R {
    try withReader(Array(text.utf8), body)
}

func withReader<R>(_ input: [UInt8], _ body: (inout JSONReader) throws(JSONError) -> R) throws(JSONError) -> R {
    let result = input.withUnsafeBytes { buffer in
        Result { () throws(JSONError) -> R in
            var reader = JSONReader(buffer)
            return try body(&reader)
        }
    }
    return try result.get()
}

struct ReaderErrorCase: Sendable, CustomTestStringConvertible {
    enum Method: Sendable { case expectKey, readString, readStringBytes, readOptionalString, readInt, readValue, skipValue }
    var method: Method
    var input: String
    var offset: Int
    var reason: JSONError.Reason
    init(_ method: Method, _ input: String, _ offset: Int, _ reason: JSONError.Reason) {
        self.method = method
        self.input = input
        self.offset = offset
        self.reason = reason
    }
    var testDescription: String { "\(method) on \(input)" }
}

@Suite struct JSONReaderTests {
    static let line = #"{"position":12,"stream":"s-1","key":null,"data":{"a":[1,2]},"hash":"ab"}"#

    @Test func scansAFixedKeyOrderLine() throws {
        let fields = try withReader(Self.line) { (r: inout JSONReader) throws(JSONError) in
            try r.expect(#"{"position":"#)
            let position = try r.readInt()
            try r.expect(#","stream":"#)
            let stream = try r.readString()
            try r.expect(#","key":"#)
            let key = try r.readOptionalString()
            try r.expect(#","data":"#)
            let data = try r.skipValue()
            try r.expect(#","hash":"#)
            let hash = String(decoding: try r.readStringBytes(), as: UTF8.self)
            try r.expect("}")
            return (position, stream, key, data, hash, r.isAtEnd)
        }
        #expect(fields.0 == 12)
        #expect(fields.1 == "s-1")
        #expect(fields.2 == nil)
        #expect(fields.3 == 48..<59)
        #expect(Array(Self.line.utf8)[fields.3].elementsEqual(#"{"a":[1,2]}"#.utf8))
        #expect(fields.4 == "ab")
        #expect(fields.5)
    }

    @Test func readsAPresentOptionalStringAndValues() throws {
        let (key, value, offset) = try withReader(#""k-1"{"a" : [ 1 , "é" ] }"#) { (r: inout JSONReader) throws(JSONError) in
            (try r.readOptionalString(), try r.readValue(), r.offset)
        }
        #expect(key == "k-1")
        #expect(value == ["a": [1, "é"]])
        #expect(offset == 26)
    }

    @Test func startsAtAGivenOffsetAndReportsAbsoluteOffsets() throws {
        let input = Array(#"xxxx"ab\q""#.utf8)
        let error = input.withUnsafeBytes { buffer -> JSONError? in
            var reader = JSONReader(buffer, offset: 4)
            do throws(JSONError) {
                _ = try reader.readString()
                return nil
            } catch {
                #expect(reader.offset == 4)
                return error
            }
        }
        #expect(error == JSONError(offset: 7, reason: .invalidEscape))
    }

    @Test func readStringUnescapesAndValidates() throws {
        let cases: [(String, String)] = [
            (#""""#, ""),
            (#""plain ascii longer than eight bytes""#, "plain ascii longer than eight bytes"),
            (#""精神障害者が地域で暮らしにくい""#, "精神障害者が地域で暮らしにくい"),
            (#""a\"b\\c\/d\u3042\ud83d\ude00""#, "a\"b\\c/dあ😀"),
            (#""\n""#, "\n"),
        ]
        for (input, expected) in cases {
            #expect(try withReader(input) { (r: inout JSONReader) throws(JSONError) in try r.readString() } == expected)
        }
    }

    @Test func readStringBytesLeavesTheOffsetForAFallback() throws {
        let (error, offset, fallback) = try withReader(#""a\nb""#) { (r: inout JSONReader) throws(JSONError) in
            var caught: JSONError?
            do throws(JSONError) { _ = try r.readStringBytes() } catch { caught = error }
            let offset = r.offset
            return (caught, offset, try r.readString())
        }
        #expect(error == JSONError(offset: 0, reason: .stringHasEscapes))
        #expect(offset == 0)
        #expect(fallback == "a\nb")
    }

    @Test func readIntCoversTheWholeRange() throws {
        let cases: [(String, Int64)] = [
            ("0", 0), ("-0", 0), ("7", 7), ("-12345", -12345),
            ("9223372036854775807", .max), ("-9223372036854775808", .min),
            ("999999999999999999", 999_999_999_999_999_999),
        ]
        for (input, expected) in cases {
            #expect(try withReader(input) { (r: inout JSONReader) throws(JSONError) in try r.readInt() } == expected)
        }
    }

    static let errors: [ReaderErrorCase] = [
        ReaderErrorCase(.expectKey, #"{"positon":1}"#, 0, .expectedLiteral(#"{"position":"#)),
        ReaderErrorCase(.expectKey, #"{"pos"#, 0, .expectedLiteral(#"{"position":"#)),
        ReaderErrorCase(.readString, "", 0, .unexpectedEnd),
        ReaderErrorCase(.readString, "12", 0, .unexpectedByte(UInt8(ascii: "1"))),
        ReaderErrorCase(.readString, #""abc"#, 4, .unexpectedEnd),
        ReaderErrorCase(.readStringBytes, "\"a\u{1}\"", 2, .controlCharacterInString(0x01)),
        ReaderErrorCase(.readOptionalString, "nul", 0, .expectedLiteral("null")),
        ReaderErrorCase(.readOptionalString, "1", 0, .unexpectedByte(UInt8(ascii: "1"))),
        ReaderErrorCase(.readInt, "1.5", 0, .expectedInteger),
        ReaderErrorCase(.readInt, "-2e3", 0, .expectedInteger),
        ReaderErrorCase(.readInt, "9223372036854775808", 0, .numberOutOfRange),
        ReaderErrorCase(.readInt, "-9223372036854775809", 0, .numberOutOfRange),
        ReaderErrorCase(.readInt, "99999999999999999999", 0, .numberOutOfRange),
        ReaderErrorCase(.readInt, "012", 0, .leadingZero),
        ReaderErrorCase(.readInt, "\"1\"", 0, .unexpectedByte(UInt8(ascii: "\""))),
        ReaderErrorCase(.readInt, "-", 1, .invalidNumber),
        ReaderErrorCase(.readValue, " 1", 0, .unexpectedByte(UInt8(ascii: " "))),
        ReaderErrorCase(.readValue, "[1,]", 3, .unexpectedByte(UInt8(ascii: "]"))),
        ReaderErrorCase(.skipValue, "[1,]", 3, .unexpectedByte(UInt8(ascii: "]"))),
        ReaderErrorCase(.skipValue, #"{"a":{"b":1,"b":2}}"#, 12, .duplicateKey("b")),
        ReaderErrorCase(.skipValue, #"{"b":1,"\u0062":2}"#, 7, .duplicateKey("b")),
        ReaderErrorCase(.skipValue, #"[1e999]"#, 1, .numberOutOfRange),
        ReaderErrorCase(.skipValue, "\"\u{E9}\\ud800\"", 3, .unpairedSurrogate),
        ReaderErrorCase(.skipValue, String(repeating: "[", count: 600), 512, .tooDeep),
    ]

    @Test(arguments: errors)
    func reportsErrorsAndKeepsItsPlace(_ c: ReaderErrorCase) {
        let input = Array(c.input.utf8)
        input.withUnsafeBytes { buffer in
            var reader = JSONReader(buffer)
            do throws(JSONError) {
                switch c.method {
                case .expectKey: try reader.expect(#"{"position":"#)
                case .readString: _ = try reader.readString()
                case .readStringBytes: _ = try reader.readStringBytes()
                case .readOptionalString: _ = try reader.readOptionalString()
                case .readInt: _ = try reader.readInt()
                case .readValue: _ = try reader.readValue()
                case .skipValue: _ = try reader.skipValue()
                }
                Issue.record("accepted \(c.input)")
            } catch {
                #expect(error == JSONError(offset: c.offset, reason: c.reason), "\(error)")
                #expect(reader.offset == 0, "a failed read must not move the cursor")
            }
        }
    }

    @Test func skipValueAgreesWithReadValueOnKeysInLargeObjects() throws {
        // Past the linear-scan threshold the duplicate check switches to a set.
        let keys = (0..<40).map { "\"k\($0)\":\($0)" }
        let distinct = "{" + keys.joined(separator: ",") + "}"
        let duplicated = "{" + (keys + [#""k\u0031":0"#]).joined(separator: ",") + "}"
        let range = try withReader(distinct) { (r: inout JSONReader) throws(JSONError) in try r.skipValue() }
        #expect(range == 0..<distinct.utf8.count)
        let expected = JSONError(offset: distinct.utf8.count, reason: .duplicateKey("k1"))
        #expect(parseError(Array(duplicated.utf8)) == expected)
        #expect(throws: expected) {
            try withReader(duplicated) { (r: inout JSONReader) throws(JSONError) in try r.skipValue() }
        }
    }

    @Test func skipValueFindsDuplicatesWhenManyObjectsAreOpen() throws {
        // Six open objects of 15 keys each hold more keys than skipValue keeps on the stack (40).
        func nested(_ level: Int, duplicateAt: Int?) -> String {
            var members = (0..<15).map { "\"k\($0)\":\($0)" }
            if level == duplicateAt { members.append(#""k3":0"#) }
            if level < 6 { members.append("\"next\":" + nested(level + 1, duplicateAt: duplicateAt)) }
            return "{" + members.joined(separator: ",") + "}"
        }
        let clean = Array(nested(1, duplicateAt: nil).utf8)
        #expect(skipError(clean) == nil)
        #expect(parseError(clean) == nil)
        for level in 1...6 {
            let input = Array(nested(1, duplicateAt: level).utf8)
            let error = parseError(input)
            #expect(error?.reason == .duplicateKey("k3"), "level \(level)")
            #expect(skipError(input) == error, "level \(level)")
        }
    }

    @Test func peekAndWhitespace() throws {
        let (first, second, end) = try withReader(" \t\r\n x") { (r: inout JSONReader) throws(JSONError) in
            let first = r.peek
            r.skipWhitespace()
            return (first, r.peek, r.offset)
        }
        #expect(first == UInt8(ascii: " "))
        #expect(second == UInt8(ascii: "x"))
        #expect(end == 5)
    }

    @Test func emptyBufferIsSafe() throws {
        var reader = JSONReader(UnsafeRawBufferPointer(start: nil, count: 0))
        #expect(reader.isAtEnd)
        #expect(reader.peek == nil)
        reader.skipWhitespace()
        var error: JSONError?
        do { _ = try reader.skipValue() } catch let caught { error = caught }
        #expect(error == JSONError(offset: 0, reason: .unexpectedEnd))
        #expect(throws: JSONError(offset: 0, reason: .unexpectedEnd)) {
            try JSONValue.parse(UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }
}

@Suite struct JSONReaderArrayTests {
    @Test(arguments: [
        (#"[]"#, [Int64]()),
        (#"[ 1 , 2 ,3 ]"#, [1, 2, 3]),
        (#"[-7]"#, [-7]),
    ]) func readsArraysElementByElement(_ input: String, _ expected: [Int64]) throws {
        let read = try withReader(input) { (r: inout JSONReader) throws(JSONError) -> [Int64] in
            var out: [Int64] = []
            try r.readArray { (e) throws(JSONError) in out.append(try e.readInt()) }
            #expect(r.isAtEnd)
            return out
        }
        #expect(read == expected)
    }

    @Test(arguments: [
        (#"[1,]"#, JSONError(offset: 3, reason: .unexpectedByte(UInt8(ascii: "]")))),
        (#"[1 2]"#, JSONError(offset: 3, reason: .unexpectedByte(UInt8(ascii: "2")))),
        (#"{}"#, JSONError(offset: 0, reason: .unexpectedByte(UInt8(ascii: "{")))),
        (#"[1"#, JSONError(offset: 2, reason: .unexpectedEnd)),
    ]) func aBadArrayLeavesTheReaderWhereItWas(_ input: String, _ expected: JSONError) {
        let outcome = Result { () throws(JSONError) -> Int in
            try withReader(input) { (r: inout JSONReader) throws(JSONError) -> Int in
                defer { #expect(r.offset == 0) }
                try r.readArray { (e) throws(JSONError) in _ = try e.readInt() }
                return r.offset
            }
        }
        guard case .failure(let error) = outcome else { Issue.record("accepted \(input)"); return }
        #expect(error == expected)
    }

    @Test func readsBooleansNullsAndSingleBytes() throws {
        let read = try withReader(#"true,false:null"#) { (r: inout JSONReader) throws(JSONError) in
            let a = try r.readBool()
            try r.expect(byte: UInt8(ascii: ","))
            let b = try r.readBool()
            let notNull = r.skipNull()
            try r.expect(byte: UInt8(ascii: ":"))
            let null = r.skipNull()
            return (a, b, notNull, null, r.isAtEnd)
        }
        #expect(read == (true, false, false, true, true))
        #expect(throws: JSONError(offset: 0, reason: .expectedLiteral("false"))) {
            try withReader("nope") { (r: inout JSONReader) throws(JSONError) in _ = try r.readBool() }
        }
        #expect(throws: JSONError(offset: 0, reason: .unexpectedByte(UInt8(ascii: ";")))) {
            try withReader(";") { (r: inout JSONReader) throws(JSONError) in try r.expect(byte: UInt8(ascii: ":")) }
        }
        #expect(throws: JSONError(offset: 0, reason: .unexpectedEnd)) {
            try withReader("") { (r: inout JSONReader) throws(JSONError) in try r.expect(byte: UInt8(ascii: ":")) }
        }
    }
}
