import Calendar

extension CouncilDecider {
    static func link(_ e: ActorLinked, _ state: CouncilState, ids: IdRule.Letters) throws(DomainError) -> [CouncilEvent] {
        guard state.enforcesRoles else { throw .rolesNotEnforced }
        try validAccount(e.account.name)
        try validId(e.actor, "actor id", ids)
        // A link to a mistyped id would let no one in and look as if it did.
        let known = knownActors(state)
        guard known.contains(e.actor) else { throw .unknownActorToLink(e.actor, known: known) }
        let current = state.accounts[e.account]
        if current == e.actor { return [] }
        if let current { try keepsAnAdministratorAccount(e.account, reaching: current, state) }
        return [.actorLinked(e)]
    }

    static func unlink(_ account: Account, on: CalendarDate, _ state: CouncilState) throws(DomainError) -> [CouncilEvent] {
        guard state.enforcesRoles else { throw .rolesNotEnforced }
        try validAccount(account.name)
        guard let actor = state.accounts[account] else {
            throw .noSuchLink(account, known: state.accounts.keys.filter { $0.kind == account.kind }.map(\.name).sorted())
        }
        try keepsAnAdministratorAccount(account, reaching: actor, state)
        return [.actorUnlinked(ActorUnlinked(actor: actor, account: account, on: on))]
    }

    /// Only the administrator links accounts, so taking away the last account that reaches the
    /// administrator would leave the store with no one able to link anyone again.
    private static func keepsAnAdministratorAccount(_ account: Account, reaching actor: String, _ state: CouncilState) throws(DomainError) {
        if actor == state.admin, state.accounts(of: actor) == [account] { throw .lastAdministratorAccount(account) }
    }

    /// The administrator and every id that has held a seat, in the order first recorded.
    public static func knownActors(_ state: CouncilState) -> [String] {
        var seen = Set<String>()
        return ((state.admin.map { [$0] } ?? []) + state.bodiesInOrder.flatMap { $0.members.map(\.member) }).filter { seen.insert($0).inserted }
    }

    /// Account names as operating systems write them (`tanaka`, `t.suzuki`, `svc_kadai`,
    /// `tanaka@example.lg.jp` for a directory account): ASCII letters, digits and `. _ - @ $`,
    /// not starting with `-`, which would read as an option.
    static func validAccount(_ name: String) throws(DomainError) {
        let allowed = name.utf8.allSatisfy { b in
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x5F || b == 0x2D || b == 0x40 || b == 0x24
        }
        guard allowed, (1...64).contains(name.utf8.count), !name.hasPrefix("-") else { throw .invalidAccount(name) }
    }
}
