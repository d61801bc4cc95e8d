/// Why a byte sequence is not the JSON that was asked for, and where.
///
/// `offset` is absolute in the buffer that was parsed (not relative to a reader's starting
/// offset), so a caller scanning one line of a larger file can add the line's start to it.
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// The input stopped inside a value: an open object, array or string, or nothing at all.
        case unexpectedEnd
        /// A byte that cannot start or continue the construct being read.
        case unexpectedByte(UInt8)
        /// A misspelt `true`, `false` or `null`, or bytes that differ from `JSONReader.expect`.
        case expectedLiteral(String)
        /// A number with a leading zero, like `01` or `-00`.
        case leadingZero
        /// A number that breaks the grammar: `1.`, `-`, `1e`, `1e+`.
        case invalidNumber
        /// A number too large for a `Double`, or (for `JSONReader.readInt`) for an `Int64`.
        case numberOutOfRange
        /// `JSONReader.readInt` met a number with a fraction or an exponent.
        case expectedInteger
        /// `JSONReader.readStringBytes` met a string that needs unescaping; use `readString`.
        case stringHasEscapes
        /// A backslash followed by something other than `"\/bfnrtu`.
        case invalidEscape
        /// `\u` not followed by four hexadecimal digits.
        case invalidUnicodeEscape
        /// A `\u` escape of a UTF-16 surrogate that is not part of a high-low pair.
        case unpairedSurrogate
        /// A raw byte below 0x20 inside a string; RFC 8259 requires it to be escaped.
        case controlCharacterInString(UInt8)
        /// Bytes inside a string that are not well-formed UTF-8 (RFC 3629).
        case invalidUTF8
        /// The same key twice in one object (compared by code points, as RFC 8259 suggests).
        case duplicateKey(String)
        /// More than `JSONReader.maximumDepth` nested arrays and objects.
        case tooDeep
        /// Something other than whitespace after a complete value.
        case trailingData
    }

    public var offset: Int
    public var reason: Reason

    public init(offset: Int, reason: Reason) {
        self.offset = offset
        self.reason = reason
    }

    public var description: String {
        let at = "at byte \(offset)"
        switch reason {
        case .unexpectedEnd:
            return "unexpected end of input \(at)"
        case .unexpectedByte(let byte):
            return "unexpected \(JSONError.quote(byte)) \(at)"
        case .expectedLiteral(let literal):
            return "expected '\(literal)' \(at)"
        case .leadingZero:
            return "number with a leading zero \(at)"
        case .invalidNumber:
            return "invalid number \(at): a digit is required here"
        case .numberOutOfRange:
            return "number out of range \(at)"
        case .expectedInteger:
            return "expected an integer \(at), found a fraction or exponent"
        case .stringHasEscapes:
            return "string with escapes \(at) where raw bytes were asked for"
        case .invalidEscape:
            return "invalid escape \(at): only \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX are allowed"
        case .invalidUnicodeEscape:
            return "invalid \\u escape \(at): four hexadecimal digits are required"
        case .unpairedSurrogate:
            return "unpaired UTF-16 surrogate in \\u escape \(at)"
        case .controlCharacterInString(let byte):
            return "unescaped control character \(JSONError.hex(byte)) in string \(at)"
        case .invalidUTF8:
            return "invalid UTF-8 \(at)"
        case .duplicateKey(let key):
            return "duplicate key \"\(key)\" \(at)"
        case .tooDeep:
            return "nesting deeper than \(JSONReader.maximumDepth) \(at)"
        case .trailingData:
            return "unexpected data after the value \(at)"
        }
    }

    /// Printable ASCII is shown as itself so the message matches what the user sees in an editor.
    static func quote(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte <= 0x7E {
            return "'" + String(decoding: CollectionOfOne(byte), as: UTF8.self) + "'"
        }
        return "byte " + hex(byte)
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return "0x" + String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }
}
