import EventStore

/// One person who signs in to the web application, and the council actor whose role rules apply to
/// what they do there: the administrator's id or a seat's id, as the log knows them.
public struct SignInAccount: Equatable, Sendable {
    public var login: LoginName
    public var actor: String
    public var password: PasswordHash
    /// A disabled account cannot sign in; it stays listed, so its name is not given to someone else.
    public var disabled: Bool
    public var created: Timestamp
    /// When the password or the disabled flag last changed.
    public var changed: Timestamp

    public init(login: LoginName, actor: String, password: PasswordHash, disabled: Bool = false, created: Timestamp, changed: Timestamp) {
        self.login = login
        self.actor = actor
        self.password = password
        self.disabled = disabled
        self.created = created
        self.changed = changed
    }
}

/// What a sign-in attempt came to. A front says the same words for every refusal, so that no
/// answer tells whether a name exists (`RefusalText.signInRefused`); the reason is for its log.
public enum SignInResult: Equatable, Sendable {
    case signedIn(SignInAccount)
    case refused(SignInRefusal)
}

public enum SignInRefusal: Error, Equatable, Sendable {
    case unknownLogin, wrongPassword, disabled
}
