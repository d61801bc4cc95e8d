import Calendar
import Council

/// Who is writing: the actor named on the command line or in the environment, and the account the
/// operating system runs kadai as. A store without roles records the first (or 'secretariat'); a
/// store with roles the actor the account is linked to (`CouncilDecider.identify`).
struct Caller {
    var named: String?
    var account: Account?

    /// Who records in a store without roles when no one is named.
    static let defaultActor = "secretariat"

    func identity(_ state: CouncilState, on day: CalendarDate) throws(DomainError) -> Identity {
        guard state.enforcesRoles else { return Identity(actor: named ?? Self.defaultActor) }
        return try CouncilDecider.identify(account, naming: named, on: day, state)
    }
}
