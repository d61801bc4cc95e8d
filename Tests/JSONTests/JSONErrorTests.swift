import JSON
import Testing

@Suite struct JSONErrorTests {
    static let descriptions: [(JSONError.Reason, String)] = [
        (.unexpectedEnd, "unexpected end of input at byte 12"),
        (.unexpectedByte(UInt8(ascii: ",")), "unexpected ',' at byte 12"),
        (.unexpectedByte(0x0B), "unexpected byte 0x0B at byte 12"),
        (.unexpectedByte(0xFF), "unexpected byte 0xFF at byte 12"),
        (.expectedLiteral(#","stream":"#), #"expected ',"stream":' at byte 12"#),
        (.leadingZero, "number with a leading zero at byte 12"),
        (.invalidNumber, "invalid number at byte 12: a digit is required here"),
        (.numberOutOfRange, "number out of range at byte 12"),
        (.expectedInteger, "expected an integer at byte 12, found a fraction or exponent"),
        (.stringHasEscapes, "string with escapes at byte 12 where raw bytes were asked for"),
        (.invalidEscape, #"invalid escape at byte 12: only \" \\ \/ \b \f \n \r \t \uXXXX are allowed"#),
        (.invalidUnicodeEscape, #"invalid \u escape at byte 12: four hexadecimal digits are required"#),
        (.unpairedSurrogate, #"unpaired UTF-16 surrogate in \u escape at byte 12"#),
        (.controlCharacterInString(0x09), "unescaped control character 0x09 in string at byte 12"),
        (.invalidUTF8, "invalid UTF-8 at byte 12"),
        (.duplicateKey("a"), #"duplicate key "a" at byte 12"#),
        (.tooDeep, "nesting deeper than 512 at byte 12"),
        (.trailingData, "unexpected data after the value at byte 12"),
    ]

    @Test(arguments: descriptions)
    func describesItselfInPlainEnglish(_ reason: JSONError.Reason, _ expected: String) {
        #expect(JSONError(offset: 12, reason: reason).description == expected)
    }

    @Test func parseErrorsCarryTheirDescription() {
        #expect(parseError(bytes("\"", [0xFF], "\""))?.description == "invalid UTF-8 at byte 1")
        #expect(parseError(bytes("[1,2,,3]"))?.description == "unexpected ',' at byte 5")
    }
}
