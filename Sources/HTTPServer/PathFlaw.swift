/// Why a request's decoded path is not safe to map onto names — files, routes, ids — as it is.
/// The server refuses such a path with 400 unless its configuration hands it to the handler.
public enum PathFlaw: Sendable, Equatable, CustomStringConvertible {
    /// NUL or another control character, sent as `%00`, `%0A`…
    case controlCharacter
    /// Bytes that are not UTF-8 once decoded.
    case invalidUTF8
    /// A backslash, sent as it is or as `%5C` (a separator on Windows).
    case backslash
    /// A `.` or `..` segment, sent as it is or as `%2E`.
    case dotSegment
    /// A `/` sent as `%2F`, which decodes into a separator the client did not send.
    case encodedSlash

    public var description: String {
        switch self {
        case .controlCharacter: "the path holds a control character"
        case .invalidUTF8: "the path is not UTF-8 once decoded"
        case .backslash: "the path holds a backslash"
        case .dotSegment: "the path holds a '.' or '..' segment"
        case .encodedSlash: "the path holds an encoded '/'"
        }
    }
}
