import CouncilService

/// The sessions of the people signed in, in memory: a new random id at every sign-in (so an id
/// planted before cannot be taken over), ended after `idle` without a request or `absolute` in
/// all, at sign-out, or for every session of an account whose password was reset or which was
/// disabled. A restart signs everyone out, which is the safe way to fail.
public final class SessionStore: @unchecked Sendable {
    public struct Limits: Sendable {
        public var idleMilliseconds: Int64 = 30 * 60_000
        public var absoluteMilliseconds: Int64 = 8 * 3_600_000
        /// Beyond it the session seen longest ago is ended first.
        public var maximum = 10_000
        /// One login's sessions at most (a phone, a desk, a meeting room …).
        public var perLogin = 20
        public init() {}
    }

    let limits: Limits
    /// 32 random bytes each call (the kernel's, outside tests).
    let randomBytes: @Sendable () -> [UInt8]
    private var sessions: [String: Session] = [:]
    /// Each login's last request in a session that has ended or been replaced.
    private var lastVisits: [String: Int64] = [:]
    private let lock = ServiceLock()

    public init(limits: Limits = Limits(), randomBytes: @escaping @Sendable () -> [UInt8]) {
        self.limits = limits
        self.randomBytes = randomBytes
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    /// A new session for a person who has just proved who they are.
    public func start(login: String, actor: String, now: Int64) -> Session {
        lock.holding {
            let previous = ([lastVisits[login]] + sessions.values.filter { $0.login == login }.map(\.lastSeenAt)).compactMap { $0 }.max()
            let session = Session(id: Self.hex(randomBytes()), login: login, actor: actor, formToken: Self.hex(randomBytes()), startedAt: now,
                                  lastSeenAt: now, previousVisit: previous)
            // A person's many sign-ins push out their own oldest first, never everyone else's.
            let own = sessions.values.filter { $0.login == login }
            if own.count >= limits.perLogin, let oldest = own.min(by: { $0.lastSeenAt < $1.lastSeenAt }) {
                sessions[oldest.id] = nil
            } else if sessions.count >= limits.maximum, let oldest = sessions.values.min(by: { $0.lastSeenAt < $1.lastSeenAt }) {
                sessions[oldest.id] = nil
            }
            sessions[session.id] = session
            return session
        }
    }

    /// The session with this id, if it is still alive; seeing it keeps it from going idle.
    public func session(_ id: String, now: Int64) -> Session? {
        lock.holding {
            guard var session = sessions[id] else { return nil }
            guard now - session.lastSeenAt < limits.idleMilliseconds, now - session.startedAt < limits.absoluteMilliseconds else {
                sessions[id] = nil
                lastVisits[session.login] = max(lastVisits[session.login] ?? 0, session.lastSeenAt)
                return nil
            }
            session.lastSeenAt = now
            sessions[id] = session
            return session
        }
    }

    /// Sign-out: the id is worth nothing afterwards, even to whoever copied the cookie.
    public func end(_ id: String) {
        lock.holding {
            if let ended = sessions.removeValue(forKey: id) { lastVisits[ended.login] = max(lastVisits[ended.login] ?? 0, ended.lastSeenAt) }
        }
    }

    /// Every session of an account, when its password is reset or it is disabled.
    public func endAll(login: String) { lock.holding { sessions = sessions.filter { $0.value.login != login } } }

    public var count: Int { lock.holding { sessions.count } }
}
