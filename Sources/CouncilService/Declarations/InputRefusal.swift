/// A value of a recording command that cannot be read (a date that does not exist, a word that is
/// not in the vocabulary), refused before anything is loaded or written. It names its field, so a
/// form can show the message beside it; the message is worded around how each front names the
/// field (`--on` on the command line, 「日付」 on a form).
public struct InputRefusal: Error, Sendable {
    /// The field's declared name; nil when the refusal is about the command as a whole.
    public let field: String?
    let message: @Sendable (_ japanese: Bool, _ fieldName: String) -> String

    public init(field: String?, _ message: @escaping @Sendable (_ japanese: Bool, _ fieldName: String) -> String) {
        self.field = field
        self.message = message
    }

    /// The message, naming the field as `fieldName`.
    public func text(japanese: Bool, fieldName: String) -> String { message(japanese, fieldName) }
}
