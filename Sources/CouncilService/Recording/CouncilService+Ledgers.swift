import Council
import EventStore
import Projections

extension CouncilService {
    /// The generic handler: one batch of any ledger's commands recorded by `actor` — the state
    /// folded from the streams they touch, each command decided in order, every event appended in
    /// one write expecting those streams unchanged, retried from a fresh read when another writer
    /// came first. A refusal (`Refusal`) names the command and writes nothing.
    public func record<D: Decider>(_ decider: D.Type, _ commands: [D.Command], actor: String) throws -> (events: [D.Event], positions: ClosedRange<UInt64>?) {
        try exclusively {
            try retryingConflicts {
                let streams = commands.flatMap(D.streams(of:))
                var (state, expecting) = try load(D.self, streams: streams)
                let events = try Self.decideAll(D.self, commands, state: &state)
                return (events, try append(events, expecting: expecting, actor: actor))
            }
        }
    }

    /// Runs `body` again (up to three more times) when the store says another writer changed a
    /// stream it read.
    func retryingConflicts<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch StoreError.versionConflict where attempt < 3 {
                attempt += 1
                try store.refresh()
            }
        }
    }

    /// The state a batch is decided against: the events of `streams` folded in log order, and the
    /// version of each stream the write must still find.
    func load<D: Decider>(_: D.Type, streams: [String]) throws -> (state: D.State, expecting: [String: ExpectedVersion]) {
        var records: [RecordedEvent] = []
        var expecting: [String: ExpectedVersion] = [:]
        for stream in Set(streams).sorted() {
            let read = try store.readStream(stream)
            records += read
            expecting[stream] = read.last.map { .exact($0.version) } ?? .noStream
        }
        records.sort { $0.position < $1.position }
        var state = D.initialState
        for record in records {
            // A record of its own streams the ledger cannot read would be decided without: refused.
            guard let event = try Self.event(D.Event.self, from: record) else {
                throw StoreError.damaged(path: record.stream, position: record.position, byteOffset: 0,
                                         reason: "its type '\(record.type)' is no event of the ledger that keeps this stream")
            }
            D.evolve(&state, event)
        }
        return (state, expecting)
    }

    /// Each command decided in order against the running state, after `authorize` allowed it.
    static func decideAll<D: Decider>(_: D.Type, _ commands: [D.Command], state: inout D.State,
                                      authorize: (D.Command, D.State) throws(DomainError) -> Void = { _, _ in }) throws(Refusal) -> [D.Event] {
        try decideAllNamingCommands(D.self, commands, state: &state, authorize: authorize).map(\.event)
    }

    /// The same, each event with the place of the command that decided it.
    static func decideAllNamingCommands<D: Decider>(_: D.Type, _ commands: [D.Command], state: inout D.State,
                                                    authorize: (D.Command, D.State) throws(DomainError) -> Void = { _, _ in })
        throws(Refusal) -> [(command: Int, event: D.Event)] {
        var events: [(command: Int, event: D.Event)] = []
        for (index, command) in commands.enumerated() {
            let decided: [D.Event]
            do {
                try authorize(command, state)
                decided = try D.decide(command, state)
            } catch {
                throw Refusal(index: index, error: error)
            }
            for event in decided {
                D.evolve(&state, event)
                events.append((index, event))
            }
        }
        return events
    }

    /// The events as one write (one flush); nil when there is nothing to write.
    func append<E: LedgerEvent>(_ events: [E], expecting: [String: ExpectedVersion], actor: String, idempotencyKey: String? = nil,
                                vault: (E) -> [VaultReference] = { _ in [] }) throws -> ClosedRange<UInt64>? {
        guard !events.isEmpty else { return nil }
        var proposed: [ProposedEvent] = []
        for event in events {
            // An event its ledger cannot read back would be written and then vanish on replay.
            guard (try? E.decode(type: event.typeName, data: event.data)) != nil else {
                throw StoreError.invalidEvent(field: "type", value: event.typeName, reason: "its ledger has no decoder for it, so it would vanish on replay")
            }
            var p = event.proposed
            p.vault = vault(event)
            proposed.append(p)
        }
        return try store.append(proposed, expecting: expecting, actor: actor, idempotencyKey: idempotencyKey).positions
    }

    /// A record of the log as a ledger's event; nil for another ledger's type.
    static func event<E: LedgerEvent>(_: E.Type, from record: RecordedEvent) throws -> E? {
        do {
            return try E.decode(type: record.type, data: record.data)
        } catch {
            throw StoreError.damaged(path: record.stream, position: record.position, byteOffset: 0,
                                     reason: "\(error); the record cannot be read as an event of its ledger")
        }
    }
}
