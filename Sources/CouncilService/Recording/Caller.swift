import Calendar
import Council

/// Who is writing: the actor a front names (`--as`, `KADAI_ACTOR`), and the account the person
/// reached the council through (the operating-system account today, a web sign-in later). A store
/// without roles records the first (or 'secretariat'); a store with roles the actor the account
/// is linked to (`CouncilDecider.identify`).
public struct Caller: Sendable {
    public var named: String?
    public var account: Account?
    /// The actor a front has already proved the person to be: the web application's signed-in
    /// person, whose account the administrator tied to that actor (`kadai account add`). Nothing
    /// the person sends can name another; the role rules still decide what the actor may record.
    public var signedIn: String?

    public init(named: String?, account: Account?) {
        self.named = named
        self.account = account
    }

    /// The person signed in to the web application as `actor`.
    public static func signedIn(as actor: String) -> Caller {
        var caller = Caller(named: nil, account: nil)
        caller.signedIn = actor
        return caller
    }

    /// Who records in a store without roles when no one is named.
    public static let defaultActor = "secretariat"

    func identity(_ state: CouncilState, on day: CalendarDate) throws(DomainError) -> Identity {
        if let signedIn { return Identity(actor: signedIn) }
        guard state.enforcesRoles else { return Identity(actor: named ?? Self.defaultActor) }
        return try CouncilDecider.identify(account, naming: named, on: day, state)
    }
}
