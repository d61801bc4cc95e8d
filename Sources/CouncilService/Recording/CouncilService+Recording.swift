import Calendar
import Council
import EventStore
import Projections

extension CouncilService {
    /// Records commands as one batch: loads the streams they touch, authorises and decides each
    /// in order against a running state, and appends every resulting event in one write (one
    /// flush) that expects each stream it read to be unchanged. A conflict with another writer is
    /// retried from a fresh read. Where roles are enforced, the actor is the one the caller's
    /// account is linked to, and only seats held on the day of recording count. A case note is put
    /// in the vault first and attached in the same batch; a refusal takes it back.
    ///
    /// With an `idempotencyKey` (a form's, say) already used, nothing is decided or written and the
    /// first write's positions are returned (`repeated`): a form sent twice records once.
    public func record(_ commands: [CouncilCommand], as caller: Caller, caseNote: CaseNoteRequest? = nil,
                       idempotencyKey: String? = nil) throws -> Recorded {
        try exclusively {
            if let key = idempotencyKey {
                try store.refresh()
                if let written = store.positions(forKey: key) {
                    // What the first write recorded, read back, so the caller can say it again (the id it raised).
                    var events: [CouncilEvent] = []
                    try store.forEach(from: written.lowerBound, through: written.upperBound) { record in
                        if let event = try CouncilLoader.event(from: record) { events.append(event) }
                    }
                    return Recorded(events: events, positions: written, repeated: true)
                }
            }
            var commands = commands
            var kept: KeptCaseNote?
            if let caseNote {
                let pending = try KeptCaseNote(try CaseNoteRequest.checked(caseNote.text), in: vault)
                kept = pending
                commands.append(.attachCaseNote(issue: caseNote.issue, ref: pending.reference.ref, on: caseNote.on))
            }
            do {
                return try recordRetrying(commands, as: caller, notes: kept.map { [$0.reference.ref: $0.reference] } ?? [:], idempotencyKey: idempotencyKey)
            } catch {
                kept?.withdraw()
                throw error
            }
        }
    }

    func recordRetrying(_ commands: [CouncilCommand], as caller: Caller, notes: [String: VaultReference],
                        idempotencyKey: String? = nil) throws -> Recorded {
        try retryingConflicts { try recordOnce(commands, as: caller, notes: notes, idempotencyKey: idempotencyKey) }
    }

    /// The council's batch through the generic steps, with what only the council has: new issue
    /// ids, the actor found from the caller's account and checked against the seats held today,
    /// a record of writing on another's behalf, and case notes cited from the vault.
    private func recordOnce(_ commands: [CouncilCommand], as caller: Caller, notes: [String: VaultReference],
                            idempotencyKey: String?) throws -> Recorded {
        let commands = withIssueIds(commands)
        var streams = commands.flatMap(CouncilDecider.streams(of:))
        var (state, expecting) = try load(CouncilDecider.self, streams: streams)
        if state.enforcesRoles {
            // Every seat decides who the actor is, so every body is read (and expected unchanged).
            streams += store.streamNames.filter { $0.hasPrefix("body-") }
            (state, expecting) = try load(CouncilDecider.self, streams: streams)
        }
        let today = CalendarDate.todayInJapan
        let identity = try caller.identity(state, on: today)
        let decided = try Self.decideAllNamingCommands(CouncilDecider.self, commands, state: &state) { command, state throws(DomainError) in
            try CouncilDecider.authorize(command, actor: identity.actor, on: today, state)
        }
        guard !decided.isEmpty else { return Recorded(events: [], positions: nil) }
        var events = decided.map(\.event)
        var commandOf: [Int?] = decided.map(\.command)
        if let onBehalf = identity.onBehalf {
            events.insert(.recordedOnBehalf(onBehalf), at: 0)
            commandOf.insert(nil, at: 0)
        }
        let positions = try append(events, expecting: expecting, actor: identity.actor, idempotencyKey: idempotencyKey) { event in
            if case .caseNoteAttached(let note) = event, let reference = notes[note.ref] { [reference] } else { [] }
        }
        return Recorded(events: events, positions: positions, commandOf: commandOf, notes: Recorded.notes(on: events, in: state))
    }

    /// An issue raised without an id gets the next free K-number, counting those of this batch.
    private func withIssueIds(_ commands: [CouncilCommand]) -> [CouncilCommand] {
        let prefix = Streams.issue("K-")
        var highest = store.streamNames.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.max() ?? 0
        var taken = Set<String>()
        var lastRaised = ""
        return commands.map { command in
            // A case note given with a raise belongs to the issue just raised.
            if case .attachCaseNote(let issue, let ref, let on) = command, issue.isEmpty { return .attachCaseNote(issue: lastRaised, ref: ref, on: on) }
            guard case .raiseIssue(var e) = command else { return command }
            defer { lastRaised = e.issue }
            if e.issue.isEmpty {
                repeat {
                    highest += 1
                    e.issue = CouncilDecider.issueId(number: highest)
                } while taken.contains(e.issue)
            }
            taken.insert(e.issue)
            return .raiseIssue(e)
        }
    }
}
