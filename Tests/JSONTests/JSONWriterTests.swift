import JSON
import Testing

func written(_ append: (inout [UInt8]) -> Void) -> String {
    var out: [UInt8] = Array("prefix:".utf8)
    append(&out)
    return String(decoding: out.dropFirst(7), as: UTF8.self)
}

@Suite struct JSONWriterTests {
    static let strings: [(String, String)] = [
        ("", #""""#),
        ("plain", #""plain""#),
        ("a/b", #""a/b""#),
        ("quote \" backslash \\", #""quote \" backslash \\""#),
        ("\u{8}\u{C}\n\r\t", #""\b\f\n\r\t""#),
        ("\u{0}\u{1}\u{1B}\u{1F}\u{7F}", "\"\\u0000\\u0001\\u001b\\u001f\u{7F}\""),
        ("精神障害者が地域で暮らしにくい", #""精神障害者が地域で暮らしにくい""#),
        ("é😀\u{2028}", "\"é😀\u{2028}\""),
        ("a long ASCII run with one \"quote\" in the middle of it", #""a long ASCII run with one \"quote\" in the middle of it""#),
        ("相談先が分からない\n夜間の相談体制が弱い", #""相談先が分からない\n夜間の相談体制が弱い""#),
    ]

    @Test(arguments: strings)
    func appendString(_ input: String, _ expected: String) throws {
        let text = written { JSONWriter.appendString(input, to: &$0) }
        #expect(text == expected)
        #expect(try JSONValue.parse(text) == .string(input))
    }

    @Test func appendStringEscapesEveryControlCharacter() throws {
        for byte in UInt8(0)..<0x20 {
            let input = String(decoding: [UInt8(ascii: "x"), byte, UInt8(ascii: "y")], as: UTF8.self)
            let text = written { JSONWriter.appendString(input, to: &$0) }
            #expect(!text.utf8.contains { $0 < 0x20 }, "byte \(byte)")
            #expect(try JSONValue.parse(text) == .string(input), "byte \(byte)")
        }
    }

    static let ints: [Int64] = [0, 1, -1, 9, 10, 99, 100, -100, 12345, 1_000_000_007, .max, .min, .max - 1, .min + 1]

    @Test(arguments: ints)
    func appendInt(_ v: Int64) {
        #expect(written { JSONWriter.appendInt(v, to: &$0) } == String(v))
    }

    static let doubles: [(Double, String)] = [
        (0, "0.0"), (-0.0, "-0.0"), (1, "1.0"), (100, "100.0"), (0.1, "0.1"), (-1.5, "-1.5"),
        (1e16, "1e+16"), (1.25e-7, "1.25e-07"), (.leastNonzeroMagnitude, "5e-324"),
        (.greatestFiniteMagnitude, "1.7976931348623157e+308"),
    ]

    @Test(arguments: doubles)
    func appendDouble(_ v: Double, _ expected: String) throws {
        let text = written { JSONWriter.appendDouble(v, to: &$0) }
        #expect(text == expected)
        #expect(try JSONValue.parse(text) == .double(v))
    }

    @Test func serializedIsCompactAndKeepsKeyOrder() {
        let value: JSONValue = ["z": [1, 2.5, "x", .null, true], "a": ["k": false], "m": [:]]
        #expect(value.serialized() == #"{"z":[1,2.5,"x",null,true],"a":{"k":false},"m":{}}"#)
        #expect(value.description == value.serialized())
        var out: [UInt8] = []
        value.serialize(into: &out)
        #expect(String(decoding: out, as: UTF8.self) == value.serialized())
    }
}
