import Council

/// Who records as whom: whether the council checks roles, its administrator, and every account
/// linked to an actor, in the order of the accounts.
public struct AccountLinks: Sendable {
    public var enforcesRoles: Bool
    public var admin: String?
    public var links: [(account: Account, actor: String)]

    /// The actor an account records as, if it is linked.
    public func actor(of account: Account?) -> String? {
        account.flatMap { a in links.first { $0.account == a }?.actor }
    }
}

extension CouncilService {
    public func accountLinks() throws -> AccountLinks {
        let state = try council()
        return AccountLinks(enforcesRoles: state.enforcesRoles, admin: state.admin,
                            links: state.accounts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
}
