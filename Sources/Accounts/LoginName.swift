/// The name a person signs in with: plain ASCII letters, digits and `-`, `_`, `.`, starting with a
/// letter or digit, at most 32 characters. Kept in lower case, so `Tanaka` and `tanaka` are one
/// account and no two accounts differ by case alone.
public struct LoginName: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let limit = 32
    public let text: String

    public init(_ typed: String) throws(AccountError) {
        let bytes = Array(typed.utf8)
        func letterOrDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        guard let first = bytes.first, letterOrDigit(first), bytes.count <= Self.limit,
              bytes.allSatisfy({ letterOrDigit($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }) else { throw .invalidLogin(typed) }
        text = typed.lowercased()
    }

    public var description: String { text }

    public static func < (a: LoginName, b: LoginName) -> Bool { a.text < b.text }
}
