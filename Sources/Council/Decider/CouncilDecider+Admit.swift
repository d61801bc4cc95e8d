extension CouncilDecider {
    /// Checks an event read back from a history (an export being imported) against the rules, with
    /// `state` folded from the events before it: the command that records the event is decided
    /// again, and must record exactly that event. So the rules are the ones `decide` applies, with
    /// two differences, both because the event is already recorded:
    /// - an id may be made of letters of any script, as the store format allowed before issue 11
    ///   narrowed new ids to ASCII (`IdRule.Letters`); the text rule applies as it is, and text must
    ///   already be as `decide` leaves it (trimmed, LF line breaks), or kadai did not write it;
    /// - roles are not checked (`authorize`): they decide who may write, from the account that wrote
    ///   and the seats held on the day, and an import writes in no one's name. What the log itself
    ///   says about who wrote — a record made on another actor's behalf — is checked.
    public static func admit(_ event: CouncilEvent, _ state: CouncilState) throws(DomainError) {
        guard let command = CouncilCommand(recording: event) else {
            if case .recordedOnBehalf(let e) = event { try admitOnBehalf(e, state) }
            return
        }
        let decided = try decide(command, state, ids: .anyScript)
        guard let written = decided.first else { throw .changesNothing }
        guard decided != [event] else { return }
        if let d = DataDifference.between(event.data, written.data) {
            throw .notAsWritten(field: d.path, recorded: d.recorded, written: d.written)
        }
        // The event alone is what its command writes, but the command writes more with it.
        throw .notAsWritten(field: "type", recorded: event.typeName, written: decided.map(\.typeName).joined(separator: ", "))
    }

    /// The writer records this where the administrator's account names another actor, as
    /// `identify` says; only where roles are enforced.
    private static func admitOnBehalf(_ e: RecordedOnBehalf, _ state: CouncilState) throws(DomainError) {
        guard state.name != nil else { throw .notInitialised }
        guard state.enforcesRoles else { throw .rolesNotEnforced }
        let identity = try identify(e.account, naming: e.actor, on: e.on, state)
        guard let written = identity.onBehalf else { throw .changesNothing }
        if let d = DataDifference.between(e.data, written.data) {
            throw .notAsWritten(field: d.path, recorded: d.recorded, written: d.written)
        }
    }
}
