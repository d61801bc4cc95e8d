/// A signed-in person's session: who it is (the login and the council actor every write is
/// recorded as), the token every form of this session must carry, and its times (milliseconds
/// since 1970), which end it after a while idle or a longer while in all.
public struct Session: Sendable, Equatable {
    /// 256 random bits as 64 hexadecimal digits: the cookie's value.
    public let id: String
    public let login: String
    public let actor: String
    /// 256 random bits, put in every form of the session and checked on every POST.
    public let formToken: String
    public let startedAt: Int64
    public internal(set) var lastSeenAt: Int64
    /// When this login last used kadai before this session (its last request), if it did since the
    /// server started: the start page shows what was recorded after it.
    public let previousVisit: Int64?
}
