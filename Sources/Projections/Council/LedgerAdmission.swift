import Council
import EventStore

/// How `HistoryCheck` holds a record of a ledger other than the council's to that ledger's rules:
/// read back by its decoder, written as the ledger writes it, and decided again — as the command
/// that records it — against the state folded from the ledger's records before it, giving exactly
/// it. Without one, an import would refuse every record of that ledger as of no known type.
public final class LedgerAdmission: @unchecked Sendable {
    /// Handles `record` when it is this ledger's: nil when it is not, else the refusal or nothing.
    private let admit: (RecordedEvent) -> HistoryCheck.Reason??

    /// `recording` is the command that records an event again (`CouncilCommand(recording:)` for
    /// the council's own).
    public init<D: Decider>(_: D.Type, recording: @escaping @Sendable (D.Event) -> D.Command) {
        // One check walks the log in order on one thread; the state lives as long as the walk.
        var state = D.initialState
        admit = { record in
            let event: D.Event
            do throws(EventDataError) {
                guard let decoded = try D.Event.decode(type: record.type, data: record.data) else { return nil }
                event = decoded
            } catch {
                return .some(.unreadable(field: error.field))
            }
            let written = event.proposed
            for (field, recorded, kadai) in [("stream", record.stream, written.stream),
                                             ("schema", String(record.schemaVersion), String(written.schemaVersion)),
                                             ("occurredAt", record.occurredAt.description, written.occurredAt.description)] where recorded != kadai {
                return .some(.refused(.notAsWritten(field: field, recorded: recorded, written: kadai)))
            }
            if let d = DataDifference.between(record.data, written.data) {
                return .some(.refused(.notAsWritten(field: d.path, recorded: d.recorded, written: d.written)))
            }
            do throws(DomainError) {
                let again = try D.decide(recording(event), state)
                guard again.count == 1, again[0].data == event.data else { return .some(.refused(.changesNothing)) }
            } catch {
                return .some(.refused(error))
            }
            D.evolve(&state, event)
            return .some(nil)
        }
    }

    /// Nil when the record is not this ledger's; `.some(nil)` when it is admitted.
    func check(_ record: RecordedEvent) -> HistoryCheck.Reason?? { admit(record) }
}
