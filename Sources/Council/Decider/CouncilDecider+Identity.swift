import Calendar

/// Who a write is recorded as, where roles are enforced.
public struct Identity: Equatable, Sendable {
    public var actor: String
    /// When the administrator writes in another actor's name: the record saying so, to go first in
    /// the batch.
    public var onBehalf: RecordedOnBehalf?

    public init(actor: String, onBehalf: RecordedOnBehalf? = nil) {
        self.actor = actor
        self.onBehalf = onBehalf
    }
}

extension CouncilDecider {
    /// The actor of a write where roles are enforced: the one the writing account is linked to.
    /// Naming another actor (`--as`, `KADAI_ACTOR`, later a form's field) is the administrator's
    /// alone, and is then recorded as done on that actor's behalf; naming oneself changes nothing.
    /// The account comes from outside the domain (the operating system, later the web sign-in);
    /// nil when the operating system gives it no name. The roles are checked afterwards, by
    /// `authorize`, against the actor this returns.
    public static func identify(_ account: Account?, naming named: String?, on day: CalendarDate, _ state: CouncilState) throws(DomainError) -> Identity {
        guard let account else { throw .accountWithoutName }
        guard let linked = state.accounts[account] else { throw .accountNotLinked(account) }
        guard let named, named != linked else { return Identity(actor: linked) }
        guard linked == state.admin else { throw .actingAsNeedsAdmin(account: account, linked: linked, named: named) }
        return Identity(actor: named, onBehalf: RecordedOnBehalf(actor: named, by: linked, account: account, on: day))
    }
}
