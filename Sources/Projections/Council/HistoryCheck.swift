import Council
import EventStore
import JSON

/// Every record of a store held to the council's rules in log order, each against the state folded
/// from the records before it: what `kadai import` runs on the store it has built, before putting
/// it in place. The store has checked its own part when it opened (the chain, the names it would
/// store); this is the council's part. Each record must be a council event whose data reads,
/// written as kadai writes it — its stream, its time, its data key by key, one actor a batch, a
/// record made on another's behalf at the head of the batch it speaks for — and admitted by
/// `CouncilDecider.admit`. Otherwise a history could be imported that no council ever decided, and
/// break the documents and the site built from it.
public enum HistoryCheck {
    public struct Refusal: Error, Equatable, Sendable {
        public var position: UInt64
        public var type: String
        public var reason: Reason
    }

    public enum Reason: Equatable, Sendable {
        /// No council event has this type (a newer kadai's, or no kadai's).
        case unknownType
        /// The data does not read as the event: `field` is missing or holds the wrong kind of value.
        case unreadable(field: String)
        /// A `RecordedOnBehalf` that does not head a batch of more records: the writer puts one
        /// before the records the administrator makes in `actor`'s name.
        case onBehalfOutsideItsBatch(actor: String)
        /// The council's rules refuse it, or kadai does not write it so.
        case refused(DomainError)
    }

    /// Throws the first record refused, or what the store throws. A record of no council type is
    /// held to the first of `ledgers` that reads it.
    public static func check(_ store: EventStore, ledgers: [LedgerAdmission] = []) throws {
        var state = CouncilDecider.initialState
        /// The actor of the batch a record continues; nil when a record begins a batch.
        var batchActor: String?
        try store.forEach(transform: { record in Read(record) }) { (read: Read) throws in
            func refuse(_ reason: Reason) -> Refusal { Refusal(position: read.position, type: read.type, reason: reason) }
            if let actor = batchActor, read.actor != actor {
                throw refuse(.refused(.notAsWritten(field: "actor", recorded: json(read.actor), written: json(actor))))
            }
            if case .failure(let refusal) = read.event, refusal.reason == .unknownType, let record = read.record {
                // Each ledger asked once, in turn: asking folds the record into its state.
                var outcome: Reason??
                for ledger in ledgers where outcome == nil { outcome = ledger.check(record) }
                guard let outcome else { throw refusal }
                if let reason = outcome { throw refuse(reason) }
                batchActor = read.batchRest > 0 ? read.actor : nil
                return
            }
            let event = try read.event.get()
            if case .recordedOnBehalf(let e) = event {
                guard batchActor == nil, read.batchRest > 0 else { throw refuse(.onBehalfOutsideItsBatch(actor: e.actor)) }
                guard read.actor == e.actor else { throw refuse(.refused(.notAsWritten(field: "actor", recorded: json(read.actor), written: json(e.actor)))) }
            }
            do throws(DomainError) { try CouncilDecider.admit(event, state) } catch { throw refuse(.refused(error)) }
            CouncilDecider.evolve(&state, event)
            batchActor = read.batchRest > 0 ? read.actor : nil
        }
    }

    static func json(_ text: String) -> String { JSONValue.string(text).serialized() }

    /// One record as the feed decodes it, on whichever core: what the fold needs of the record, and
    /// its event, or why it is not one kadai wrote.
    struct Read: Sendable {
        var position: UInt64
        var type: String
        var actor: String
        var batchRest: Int
        var event: Result<CouncilEvent, Refusal>
        /// The record itself when it is of no council type, for another ledger to read.
        var record: RecordedEvent?

        init(_ record: RecordedEvent) {
            position = record.position
            type = record.type
            actor = record.actor
            batchRest = record.batchRest
            event = Self.decoded(record)
            if case .failure(let refusal) = event, refusal.reason == .unknownType { self.record = record }
        }

        static func decoded(_ record: RecordedEvent) -> Result<CouncilEvent, Refusal> {
            func refuse(_ reason: Reason) -> Result<CouncilEvent, Refusal> {
                .failure(Refusal(position: record.position, type: record.type, reason: reason))
            }
            let decoded: CouncilEvent?
            do { decoded = try CouncilEvent.decode(type: record.type, data: record.data) } catch {
                return refuse(.unreadable(field: error.field))
            }
            guard let event = decoded else { return refuse(.unknownType) }
            let written = event.proposed
            let fields: [(String, String, String)] = [
                ("stream", json(record.stream), json(written.stream)),
                ("schema", String(record.schemaVersion), String(written.schemaVersion)),
                ("occurredAt", json(record.occurredAt.description), json(written.occurredAt.description)),
            ]
            for (field, recorded, kadai) in fields where recorded != kadai {
                return refuse(.refused(.notAsWritten(field: field, recorded: recorded, written: kadai)))
            }
            if let d = DataDifference.between(record.data, written.data) {
                return refuse(.refused(.notAsWritten(field: d.path, recorded: d.recorded, written: d.written)))
            }
            return .success(event)
        }
    }
}
