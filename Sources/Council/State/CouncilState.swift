import Calendar

/// The whole council as its events have made it: what `decide` checks commands against and what
/// reads show. Bodies and issues keep the order they were first recorded in.
public struct CouncilState: Equatable, Sendable {
    public var name: String?
    /// Roles are checked for every write (see `CouncilDecider.authorize`).
    public var enforcesRoles = false
    public var admin: String?
    /// The edition of the rules the council keeps (`CouncilRules`).
    public var rules = 1
    /// Which council actor each account reaches (`kadai actor link`); read only where roles are enforced.
    public var accounts: [Account: String] = [:]
    public var bodies: [String: BodyState] = [:]
    public var bodyOrder: [String] = []
    public var issues: [String: IssueState] = [:]
    public var issueOrder: [String] = []
    /// Events of the `council` stream, for its expected version.
    public var councilVersion: UInt64 = 0

    public init() {}

    public var bodiesInOrder: [BodyState] { bodyOrder.compactMap { bodies[$0] } }
    public var issuesInOrder: [IssueState] { issueOrder.compactMap { issues[$0] } }

    /// The accounts linked to an actor, by name.
    public func accounts(of actor: String) -> [Account] {
        accounts.filter { $0.value == actor }.keys.sorted()
    }
}
