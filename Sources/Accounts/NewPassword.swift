/// A password someone chose, checked before it is hashed: at least 12 characters, not one
/// character repeated, not the login name, no control characters (it must be typeable into a
/// form), and not so long that it is surely a mistake.
public struct NewPassword: Sendable {
    public static let minimum = 12
    public static let maximum = 128
    public let text: String

    public init(_ text: String, for login: LoginName) throws(AccountError) {
        let length = text.count
        guard length >= Self.minimum else { throw .passwordTooShort(minimum: Self.minimum, length: length) }
        // Counted in bytes too, so characters stacked with combining marks cannot carry megabytes.
        guard length <= Self.maximum, text.utf8.count <= Self.maximum * 8 else { throw .passwordTooLong(maximum: Self.maximum) }
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            throw .passwordControlCharacter
        }
        guard Set(text).count > 1 else { throw .passwordOneCharacter }
        guard text.lowercased() != login.text else { throw .passwordIsLogin(login.text) }
        self.text = text
    }
}
