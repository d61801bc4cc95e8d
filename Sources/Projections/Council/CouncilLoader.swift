import Calendar
import Council
import EventStore

extension LedgerEvent {
    /// The event as the store writes it. Its business date becomes `occurredAt` at midnight UTC of
    /// that civil date; the date itself is also in the data.
    public var proposed: ProposedEvent {
        ProposedEvent(stream: stream, type: typeName, occurredAt: Timestamp(year: on.year, month: on.month, day: on.day)!, data: data)
    }
}

/// Builds council state from the log. A command or a `show` reads only the streams it needs,
/// through the stream index (no log scan); a list folds the whole feed. Both can travel in time:
/// `asOf` keeps events that happened on or before a business date, `knownAt` keeps the log as it
/// was at a position (see `EventStore.head(knownAt:)`).
public struct CouncilLoader {
    public var store: EventStore
    public var asOf: CalendarDate?
    public var knownAt: UInt64?

    public init(store: EventStore, asOf: CalendarDate? = nil, knownAt: UInt64? = nil) {
        self.store = store
        self.asOf = asOf
        self.knownAt = knownAt
    }

    /// The council stream plus the given body and issue streams, folded in log order.
    public func state(bodies: [String] = [], issues: [String] = []) throws -> CouncilState {
        var records: [RecordedEvent] = []
        let streams = [Streams.council] + Set(bodies).sorted().map(Streams.body) + Set(issues).sorted().map(Streams.issue)
        for stream in streams { records += try store.readStream(stream) }
        records.sort { $0.position < $1.position }
        var state = CouncilDecider.initialState
        for record in records { try fold(record, into: &state) }
        return state
    }

    /// The whole council, from every event of the log.
    public func fullState() throws -> CouncilState {
        var state = CouncilDecider.initialState
        let asOf = asOf
        // Decoding into domain events happens on both cores; only `evolve` runs here, in order.
        try store.forEachPayload(through: knownAt, transform: { payload -> CouncilEvent? in
            guard let event = try Self.event(from: payload) else { return nil }
            if let asOf, event.on > asOf { return nil }
            return event
        }) { event in CouncilDecider.evolve(&state, event) }
        return state
    }

    /// The events of one stream as domain events, with their records (for histories and diffs).
    public func history(of stream: String) throws -> [(record: RecordedEvent, event: CouncilEvent)] {
        var out: [(RecordedEvent, CouncilEvent)] = []
        for record in try store.readStream(stream) where included(record) {
            if let event = try Self.event(from: record) { out.append((record, event)) }
        }
        return out
    }

    func included(_ record: RecordedEvent) -> Bool {
        if let knownAt, record.position > knownAt { return false }
        return true
    }

    func fold(_ record: RecordedEvent, into state: inout CouncilState) throws {
        guard included(record), let event = try Self.event(from: record) else { return }
        if let asOf, event.on > asOf { return }
        CouncilDecider.evolve(&state, event)
    }

    /// A record of the log as a domain event; nil for records that are not the council's.
    public static func event(from record: RecordedEvent) throws -> CouncilEvent? {
        do {
            return try CouncilEvent.decode(type: record.type, data: record.data)
        } catch {
            throw StoreError.damaged(path: record.stream, position: record.position, byteOffset: 0,
                                     reason: "\(error); the record cannot be read as a council event")
        }
    }

    /// The same from the feed's payload, decoded straight from the data's bytes.
    public static func event(from payload: RecordPayload) throws -> CouncilEvent? {
        do {
            return try CouncilEvent.decode(type: payload.type, data: payload.data)
        } catch {
            throw payload.damaged("\(error); the record cannot be read as a council event")
        }
    }
}
