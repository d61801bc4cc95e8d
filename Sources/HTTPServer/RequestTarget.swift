/// A request-target (RFC 9112 §3.2) split into its path and query. The path is percent-decoded
/// and checked: what could reach a file or a route other than the one written is a `flaw`.
public struct RequestTarget: Sendable, Equatable {
    /// The target as sent.
    public let raw: String
    /// The path as sent, still percent-encoded (`*` for `OPTIONS *`): this is what the access log shows.
    public let rawPath: String
    /// What follows the first `?`, as sent; nil when there is no `?`.
    public let query: String?
    /// The decoded path (lossy where it is not UTF-8, which is then a flaw).
    public let path: String
    public let flaw: PathFlaw?

    /// Reads an origin-form (`/a?b`), absolute-form (`http://host/a?b`) or asterisk-form (`*`)
    /// target of visible ASCII characters; anything else, or a `%` not followed by two hex digits
    /// in the path, is a 400.
    public init(_ raw: String) throws(HTTPRefusal) {
        let bytes = Array(raw.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy(ASCII.isVisible) else { throw HTTPRefusal(.badRequest, "the request target holds a character that is not visible ASCII") }
        guard !bytes.contains(ASCII.hash) else { throw HTTPRefusal(.badRequest, "the request target holds a fragment") }
        self.raw = raw
        if raw == "*" {
            (rawPath, query, path, flaw) = ("*", nil, "*", nil)
            return
        }
        let pathAndQuery = try Self.pathAndQuery(of: bytes)
        let split = pathAndQuery.firstIndex(of: ASCII.question)
        let pathBytes = pathAndQuery[..<(split ?? pathAndQuery.endIndex)]
        rawPath = String(decoding: pathBytes, as: UTF8.self)
        query = split.map { String(decoding: pathAndQuery[($0 + 1)...], as: UTF8.self) }
        (path, flaw) = try Self.decode(pathBytes)
    }

    /// The `/path?query` of an origin-form target, or of an absolute-form one after its authority.
    private static func pathAndQuery(of bytes: [UInt8]) throws(HTTPRefusal) -> ArraySlice<UInt8> {
        if bytes.first == ASCII.slash { return bytes[...] }
        let lowered = bytes.map(ASCII.lowercased)
        for scheme in ["http://", "https://"] where lowered.starts(with: scheme.utf8) {
            let authorityStart = scheme.utf8.count
            let pathStart = bytes[authorityStart...].firstIndex { $0 == ASCII.slash || $0 == ASCII.question } ?? bytes.endIndex
            let authority = bytes[authorityStart..<pathStart]
            guard !authority.isEmpty, !authority.contains(0x40) else { throw HTTPRefusal(.badRequest, "the request target's authority is empty or holds user information") }
            if pathStart == bytes.endIndex { return Array("/".utf8)[...] }
            return bytes[pathStart] == ASCII.slash ? bytes[pathStart...] : (Array("/".utf8) + bytes[pathStart...])[...]
        }
        throw HTTPRefusal(.badRequest, "the request target is neither a path, an absolute URI nor '*'")
    }

    private static func decode(_ raw: ArraySlice<UInt8>) throws(HTTPRefusal) -> (String, PathFlaw?) {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(raw.count)
        var encodedSlash = false
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == ASCII.percent else {
                decoded.append(byte)
                index += 1
                continue
            }
            guard index + 2 < raw.endIndex, let high = ASCII.hexValue(raw[index + 1]), let low = ASCII.hexValue(raw[index + 2]) else {
                throw HTTPRefusal(.badRequest, "the path holds a '%' not followed by two hexadecimal digits")
            }
            let value = high << 4 | low
            if value == ASCII.slash { encodedSlash = true }
            decoded.append(value)
            index += 3
        }
        let text = String(validating: decoded, as: UTF8.self)
        let segments = decoded.split(separator: ASCII.slash, omittingEmptySubsequences: false)
        let flaw: PathFlaw? =
            if decoded.contains(where: ASCII.isControl) { .controlCharacter }
            else if text == nil { .invalidUTF8 }
            else if decoded.contains(ASCII.backslash) { .backslash }
            else if segments.contains(where: { $0.elementsEqual([ASCII.dot]) || $0.elementsEqual([ASCII.dot, ASCII.dot]) }) { .dotSegment }
            else if encodedSlash { .encodedSlash }
            else { nil }
        return (text ?? String(decoding: decoded, as: UTF8.self), flaw)
    }
}
