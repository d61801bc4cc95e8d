import JSON
import Testing

/// Bytes of `text` with `\u{..}` escapes for the raw bytes a Swift string cannot hold.
func bytes(_ text: String, _ raw: [UInt8] = [], _ tail: String = "") -> [UInt8] {
    Array(text.utf8) + raw + Array(tail.utf8)
}

func parseError(_ input: [UInt8]) -> JSONError? {
    do {
        _ = try JSONValue.parse(input)
        return nil
    } catch {
        return error
    }
}

struct AcceptCase: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: JSONValue
    init(_ input: String, _ expected: JSONValue) {
        self.input = input
        self.expected = expected
    }
    var testDescription: String { input.count > 40 ? String(input.prefix(40)) + "…" : input }
}

struct RejectCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: [UInt8]
    var offset: Int
    var reason: JSONError.Reason
    init(_ name: String, _ input: [UInt8], _ offset: Int, _ reason: JSONError.Reason) {
        self.name = name
        self.input = input
        self.offset = offset
        self.reason = reason
    }
    var testDescription: String { name }
}

@Suite struct JSONValueTests {
    static let rfcExample1 = """
        {
          "Image": {
              "Width":  800,
              "Height": 600,
              "Title":  "View from 15th Floor",
              "Thumbnail": {
                  "Url":    "http://www.example.com/image/481989943",
                  "Height": 125,
                  "Width":  100
              },
              "Animated" : false,
              "IDs": [116, 943, 234, 38793]
            }
        }
        """

    static let rfcExample2 = """
        [
          {
             "precision": "zip",
             "Latitude":  37.7668,
             "Longitude": -122.3959,
             "Address":   "",
             "City":      "SAN FRANCISCO",
             "State":     "CA",
             "Zip":       "94107",
             "Country":   "US"
          },
          {
             "precision": "zip",
             "Latitude":  37.371991,
             "Longitude": -122.026020,
             "Address":   "",
             "City":      "SUNNYVALE",
             "State":     "CA",
             "Zip":       "94085",
             "Country":   "US"
          }
        ]
        """

    static let accepted: [AcceptCase] = [
        // RFC 8259 section 13 and the small examples of section 2.
        AcceptCase(rfcExample1, [
            "Image": [
                "Width": 800, "Height": 600, "Title": "View from 15th Floor",
                "Thumbnail": ["Url": "http://www.example.com/image/481989943", "Height": 125, "Width": 100],
                "Animated": false, "IDs": [116, 943, 234, 38793],
            ],
        ]),
        AcceptCase(rfcExample2, [
            ["precision": "zip", "Latitude": 37.7668, "Longitude": -122.3959, "Address": "",
             "City": "SAN FRANCISCO", "State": "CA", "Zip": "94107", "Country": "US"],
            ["precision": "zip", "Latitude": 37.371991, "Longitude": -122.026020, "Address": "",
             "City": "SUNNYVALE", "State": "CA", "Zip": "94085", "Country": "US"],
        ]),
        AcceptCase(#""Hello world!""#, "Hello world!"),
        AcceptCase("42", 42),
        AcceptCase("true", true),
        AcceptCase("false", false),
        AcceptCase("null", .null),
        // Structure and whitespace.
        AcceptCase("[]", []),
        AcceptCase("{}", [:]),
        AcceptCase(" \t\r\n[ 1 , { \"a\" : [ ] , \"b\":{}} ]\n ", [1, ["a": [], "b": [:]]]),
        AcceptCase(#"[[[[["deep"]]]]]"#, [[[[["deep"]]]]]),
        AcceptCase(#"{"a":{"b":{"c":[null,true,{"d":-1}]}}}"#, ["a": ["b": ["c": [.null, true, ["d": -1]]]]]),
        // Escapes.
        AcceptCase(#""\u00e9""#, "é"),
        AcceptCase(#""\u00E9\u3042""#, "éあ"),
        AcceptCase(#""\ud83d\ude00""#, "😀"),
        AcceptCase(#""\uD83D\uDE00x""#, "😀x"),
        AcceptCase(#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        AcceptCase(#""\u0000\u001f""#, "\u{0}\u{1F}"),
        AcceptCase(#""a\nb\u3042c""#, "a\nbあc"),
        // Raw UTF-8 of every length.
        AcceptCase(#""地域課題「精神障害者が地域で暮らしにくい」""#, "地域課題「精神障害者が地域で暮らしにくい」"),
        AcceptCase("\"é ü ą 😀 𠮷 \u{10FFFF}\"", "é ü ą 😀 𠮷 \u{10FFFF}"),
        AcceptCase("\"\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\"", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"),
        // Numbers.
        AcceptCase("0", .int(0)),
        AcceptCase("-0", .int(0)),
        AcceptCase("-0.0", .double(-0.0)),
        AcceptCase("1e3", .double(1000)),
        AcceptCase("1E+2", .double(100)),
        AcceptCase("-1.5E-2", .double(-0.015)),
        AcceptCase("0.1", .double(0.1)),
        AcceptCase("12345", .int(12345)),
        AcceptCase("9223372036854775807", .int(.max)),
        AcceptCase("-9223372036854775808", .int(.min)),
        AcceptCase("9223372036854775808", .double(9_223_372_036_854_775_808.0)),
        AcceptCase("-9223372036854775809", .double(-9_223_372_036_854_775_809.0)),
        AcceptCase("123456789012345678901234567890", .double(1.2345678901234568e29)),
        AcceptCase("1.7976931348623157e308", .double(.greatestFiniteMagnitude)),
        AcceptCase("2.2250738585072011e-308", .double(Double(bitPattern: 0x000F_FFFF_FFFF_FFFF))),  // the largest subnormal
        AcceptCase("5e-324", .double(.leastNonzeroMagnitude)),
        AcceptCase("1e-400", .double(0)),
        AcceptCase("0e99999", .double(0)),
        AcceptCase("9007199254740993", .int(9_007_199_254_740_993)),
        AcceptCase("9007199254740993.0", .double(9_007_199_254_740_992)),
        AcceptCase("[1,-2,3.25,4e0]", [1, -2, 3.25, 4.0]),
    ]

    @Test(arguments: accepted)
    func accepts(_ c: AcceptCase) throws {
        let value = try JSONValue.parse(c.input)
        #expect(value == c.expected)
        // Same answer through the other two entry points.
        #expect(try JSONValue.parse(Array(c.input.utf8)) == c.expected)
        let viaBuffer = try Array(c.input.utf8).withUnsafeBytes { try JSONValue.parse($0) }
        #expect(viaBuffer == c.expected)
        #expect(skipError(Array(c.input.utf8)) == nil)
    }

    static let deep600 = [UInt8](repeating: UInt8(ascii: "["), count: 600)

    static let rejected: [RejectCase] = [
        RejectCase("empty input", [], 0, .unexpectedEnd),
        RejectCase("only whitespace", bytes("  \n"), 3, .unexpectedEnd),
        RejectCase("open object", bytes("{"), 1, .unexpectedEnd),
        RejectCase("open array", bytes("[1,2"), 4, .unexpectedEnd),
        RejectCase("open string", bytes("\"abc"), 4, .unexpectedEnd),
        RejectCase("array trailing comma", bytes("[1,]"), 3, .unexpectedByte(UInt8(ascii: "]"))),
        RejectCase("object trailing comma", bytes(#"{"a":1,}"#), 7, .unexpectedByte(UInt8(ascii: "}"))),
        RejectCase("missing comma", bytes("[1 2]"), 3, .unexpectedByte(UInt8(ascii: "2"))),
        RejectCase("missing colon", bytes(#"{"a" 1}"#), 5, .unexpectedByte(UInt8(ascii: "1"))),
        RejectCase("number as key", bytes("{1:2}"), 1, .unexpectedByte(UInt8(ascii: "1"))),
        RejectCase("single quotes", bytes("'a'"), 0, .unexpectedByte(UInt8(ascii: "'"))),
        RejectCase("comment", bytes("/* c */ 1"), 0, .unexpectedByte(UInt8(ascii: "/"))),
        RejectCase("byte order mark", bytes("", [0xEF, 0xBB, 0xBF], "1"), 0, .unexpectedByte(0xEF)),
        RejectCase("leading zero", bytes("01"), 0, .leadingZero),
        RejectCase("negative leading zero", bytes("-01"), 1, .leadingZero),
        RejectCase("fraction without digits", bytes("1."), 2, .invalidNumber),
        RejectCase("fraction without integer", bytes(".5"), 0, .unexpectedByte(UInt8(ascii: "."))),
        RejectCase("plus sign", bytes("+1"), 0, .unexpectedByte(UInt8(ascii: "+"))),
        RejectCase("lone minus", bytes("-"), 1, .invalidNumber),
        RejectCase("exponent without digits", bytes("1e"), 2, .invalidNumber),
        RejectCase("signed exponent without digits", bytes("1e+"), 3, .invalidNumber),
        RejectCase("NaN", bytes("NaN"), 0, .unexpectedByte(UInt8(ascii: "N"))),
        RejectCase("Infinity", bytes("-Infinity"), 1, .invalidNumber),
        RejectCase("overflowing double", bytes("1e400"), 0, .numberOutOfRange),
        RejectCase("overflowing negative double", bytes("[-1e400]"), 1, .numberOutOfRange),
        RejectCase("overflowing integer digits", bytes(String(repeating: "9", count: 400)), 0, .numberOutOfRange),
        RejectCase("unknown escape", bytes(#""\x""#), 1, .invalidEscape),
        RejectCase("escape at end", bytes(#""\"#), 2, .unexpectedEnd),
        RejectCase("short unicode escape", bytes(#""\u12""#), 1, .invalidUnicodeEscape),
        RejectCase("non-hex unicode escape", bytes(#""ab\u12G4""#), 3, .invalidUnicodeEscape),
        RejectCase("lone high surrogate", bytes(#""\ud800""#), 1, .unpairedSurrogate),
        RejectCase("lone low surrogate", bytes(#""\udc00""#), 1, .unpairedSurrogate),
        RejectCase("high surrogate then BMP", bytes(#""\ud800\u0041""#), 1, .unpairedSurrogate),
        RejectCase("high surrogate then other escape", bytes(#""\ud83d\n""#), 1, .unpairedSurrogate),
        RejectCase("two high surrogates", bytes(#""x\ud83d\ud83d""#), 2, .unpairedSurrogate),
        RejectCase("raw tab", bytes("\"a\tb\""), 2, .controlCharacterInString(0x09)),
        RejectCase("raw newline", bytes("\"a\nb\""), 2, .controlCharacterInString(0x0A)),
        RejectCase("raw NUL", bytes("\"a", [0x00], "b\""), 2, .controlCharacterInString(0x00)),
        RejectCase("raw 0x1F", bytes("[\"", [0x1F], "\"]"), 2, .controlCharacterInString(0x1F)),
        RejectCase("UTF-8 0xFF", bytes("\"", [0xFF], "\""), 1, .invalidUTF8),
        RejectCase("UTF-8 0xFE in a long ASCII run", bytes("\"abcdefghijklmnop", [0xFE], "\""), 17, .invalidUTF8),
        RejectCase("UTF-8 overlong C0 80", bytes("\"", [0xC0, 0x80], "\""), 1, .invalidUTF8),
        RejectCase("UTF-8 overlong E0 80 AF", bytes("\"", [0xE0, 0x80, 0xAF], "\""), 1, .invalidUTF8),
        RejectCase("UTF-8 overlong F0 80 80 AF", bytes("\"", [0xF0, 0x80, 0x80, 0xAF], "\""), 1, .invalidUTF8),
        RejectCase("UTF-8 truncated E3 81", bytes("\"あ", [0xE3, 0x81], "\""), 4, .invalidUTF8),
        RejectCase("UTF-8 truncated at end of input", bytes("\"", [0xE3, 0x81]), 3, .unexpectedEnd),
        RejectCase("UTF-8 surrogate ED A0 80", bytes("\"", [0xED, 0xA0, 0x80], "\""), 1, .invalidUTF8),
        RejectCase("UTF-8 above U+10FFFF", bytes("\"", [0xF4, 0x90, 0x80, 0x80], "\""), 1, .invalidUTF8),
        RejectCase("UTF-8 lone continuation", bytes("\"a", [0x80], "\""), 2, .invalidUTF8),
        RejectCase("UTF-8 F5 lead", bytes("\"", [0xF5, 0x80, 0x80, 0x80], "\""), 1, .invalidUTF8),
        RejectCase("non-ASCII outside a string", bytes("", [0xFF]), 0, .unexpectedByte(0xFF)),
        RejectCase("tru", bytes("tru"), 0, .expectedLiteral("true")),
        RejectCase("nul", bytes("nul"), 0, .expectedLiteral("null")),
        RejectCase("fals", bytes("[fals]"), 1, .expectedLiteral("false")),
        RejectCase("True", bytes("True"), 0, .unexpectedByte(UInt8(ascii: "T"))),
        RejectCase("trailing data", bytes(#"{"a":1} x"#), 8, .trailingData),
        RejectCase("two values", bytes("1 2"), 2, .trailingData),
        RejectCase("duplicate key", bytes(#"{"a":1,"a":2}"#), 7, .duplicateKey("a")),
        RejectCase("duplicate key spelt with an escape", bytes(#"{"a":1,"\u0061":2}"#), 7, .duplicateKey("a")),
        RejectCase("duplicate key in a nested object", bytes(#"[{"k":{"x":1,"y":2,"x":3}}]"#), 19, .duplicateKey("x")),
        RejectCase("duplicate key before a missing colon", bytes(#"{"a":1,"a" 2}"#), 7, .duplicateKey("a")),
        RejectCase("duplicate key 20 levels deep", bytes(String(repeating: "[", count: 20) + #"{"a":1,"a":2}"#), 27, .duplicateKey("a")),
        RejectCase("600 nested arrays", deep600, 512, .tooDeep),
        RejectCase("513 nested objects",
                   Array(String(repeating: #"{"a":"#, count: 513).utf8) + Array("1".utf8) + Array(repeating: UInt8(ascii: "}"), count: 513),
                   512 * 5, .tooDeep),
    ]

    @Test(arguments: rejected)
    func rejects(_ c: RejectCase) {
        let error = parseError(c.input)
        #expect(error == JSONError(offset: c.offset, reason: c.reason), "\(error?.description ?? "accepted")")
        #expect(skipError(c.input) == error, "skipValue must reject the same way")
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = JSONReader.maximumDepth
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try JSONValue.parse(arrays)
        for _ in 1..<depth {
            value = value[0] ?? .null
        }
        #expect(value == [])
        let objects = String(repeating: #"{"k":"#, count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
        #expect(try JSONValue.parse(objects).serialized() == objects)
    }

    // MARK: Round trips

    static let canonical: [String] = [
        "null", "true", "false", "0", "-1", "9223372036854775807", "-9223372036854775808",
        "1.0", "-0.0", "0.1", "1.5", "-2.25e-05", "1e+16", "5e-324", "1.7976931348623157e+308",
        "9.223372036854776e+18",
        #""""#, #""a""#, #""\"\\/\b\f\n\r\t""#, #""\u0000\u0001\u001f\u007f""#.replacingUnicodeEscape(),
        #""é😀地域課題""#, "[]", "{}", "[[],{},[{}]]",
        #"{"position":12,"stream":"s-1","key":null,"data":{"a":[1,2]},"hash":"ab"}"#,
        #"{"z":1,"a":2,"m":[true,false,null,"x"]}"#,
        #"{"body":"精神障害者が地域で暮らしにくい","n":12345,"tags":["a","b"]}"#,
    ]

    @Test(arguments: canonical)
    func serializeParseIsIdentityOnCanonicalText(_ text: String) throws {
        #expect(try JSONValue.parse(text).serialized() == text)
    }

    @Test func parseSerializeIsIdentityOnRandomValues() throws {
        let baseSeed: UInt64 = 0x6B61_6461_695F_4A53
        for n in 0..<1500 {
            let seed = baseSeed &+ UInt64(n)
            var generator = RandomJSON(seed: seed)
            let value = generator.value()
            var out: [UInt8] = []
            value.serialize(into: &out)
            do {
                let back = try JSONValue.parse(out)
                #expect(back == value, "seed \(seed): \(value.serialized())")
                #expect(back.serialized() == value.serialized(), "seed \(seed)")
            } catch {
                Issue.record("seed \(seed): \(error) in \(value.serialized())")
            }
        }
    }

    /// Past `JSONReader.recursionLimit` levels the parser, writer and `==` switch to their
    /// iterative forms; they must agree with the recursive ones.
    @Test func deepRandomValuesRoundTrip() throws {
        let baseSeed: UInt64 = 0xDEE9_0000_0000_0000
        for n in 0..<120 {
            let seed = baseSeed &+ UInt64(n)
            var generator = RandomJSON(seed: seed)
            // The inner value is at most 6 deep, so the whole stays within the limit.
            let levels = n < 100 ? Int.random(in: 10...40, using: &generator.rng) : JSONReader.maximumDepth - 6
            let value = generator.deepValue(levels: levels)
            let text = value.serialized()
            do {
                let back = try JSONValue.parse(text)
                #expect(back == value, "seed \(seed)")
                #expect(back.serialized() == text, "seed \(seed)")
                #expect(skipError(Array(text.utf8)) == nil, "seed \(seed)")
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    @Test func deepValuesThatDifferAreUnequal() throws {
        let depth = 100
        let a = try JSONValue.parse(String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth))
        let b = try JSONValue.parse(String(repeating: "[", count: depth) + "2" + String(repeating: "]", count: depth))
        let c = try JSONValue.parse(String(repeating: #"{"k":"#, count: depth) + "1" + String(repeating: "}", count: depth))
        let d = try JSONValue.parse(String(repeating: #"{"k":"#, count: depth - 1) + #"{"j":1"# + String(repeating: "}", count: depth))
        #expect(a != b)
        #expect(a == a)
        #expect(c != d)
        #expect(c == c)
        #expect(a != c)
    }

    // MARK: Semantics

    @Test func equalityComparesScalarsNotCanonicalEquivalence() throws {
        let precomposed = try JSONValue.parse(#""\u00e9""#)
        let decomposed = try JSONValue.parse(#""e\u0301""#)
        #expect(precomposed != decomposed)
        // And so such keys are two keys, not a duplicate.
        let object = try JSONValue.parse(#"{"\u00e9":1,"e\u0301":2}"#)
        #expect(object.objectValue?.count == 2)
        #expect(object["\u{E9}"] == 1)
        #expect(object["e\u{301}"] == 2)
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let value = try JSONValue.parse("-0.0")
        #expect(value.doubleValue?.sign == .minus)
        #expect(try JSONValue.parse("-0") == .int(0))
    }

    @Test func accessors() throws {
        let value = try JSONValue.parse(#"{"s":"x","i":7,"d":2.5,"b":true,"a":[1],"o":{},"n":null}"#)
        #expect(value["s"]?.stringValue == "x")
        #expect(value["i"]?.intValue == 7)
        #expect(value["i"]?.doubleValue == 7)
        #expect(value["d"]?.doubleValue == 2.5)
        #expect(value["d"]?.intValue == nil)
        #expect(value["b"]?.boolValue == true)
        #expect(value["a"]?.arrayValue == [1])
        #expect(value["a"]?[0] == 1)
        #expect(value["a"]?[1] == nil)
        #expect(value["o"]?.objectValue == JSONObject())
        #expect(value["n"]?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(value["s"]?["x"] == nil)
        #expect(value.objectValue?.keys == ["s", "i", "d", "b", "a", "o", "n"])
    }
}

extension String {
    /// Lets a table entry contain a raw DEL without writing it invisibly in the source.
    func replacingUnicodeEscape() -> String {
        replacing(#"\u007f"#, with: "\u{7F}")
    }
}
