import Calendar
import Council
import EventStore
import Projections

/// What every read of the service stands on: the store caught up with other writers, the loader and
/// the record reader at a reading point, and the read model a long-running process keeps in memory.
extension CouncilService {
    /// The store caught up with what other processes appended, and the reading point's `knownAt`
    /// as a position of the log. Called inside `exclusively`.
    func position(of point: ReadingPoint) throws -> UInt64? {
        try store.refresh()
        return try point.knownAt.map { try store.head(knownAt: $0) }
    }

    func loader(at point: ReadingPoint) throws -> CouncilLoader {
        CouncilLoader(store: store, asOf: point.asOf, knownAt: try position(of: point))
    }

    var snapshots: SnapshotStore { SnapshotStore(directory: snapshotDirectory, for: store) }

    /// What reads the council for a document at the reading point. A document about a day (the
    /// steering agenda, the composition) sees the council as it stood that day unless `asOf` says
    /// otherwise. Without `caseNotes` the record cannot read the vault at all (the published site).
    func reader(at point: ReadingPoint, on day: CalendarDate? = nil, caseNotes: Bool = true) throws -> CouncilRecordReader {
        var reader = CouncilRecordReader(store: store, snapshots: snapshots, asOf: point.asOf ?? day, knownAt: try position(of: point))
        if caseNotes {
            let vault = vault
            reader.caseNoteText = { @Sendable in vault.text(of: $0) }
        }
        return reader
    }

    /// The record a document counts from. At the log's head the read model this service holds is
    /// caught up with the events since it last looked and the sections `parts` names are read into
    /// it: a long-running process folds each new event once instead of reading the log again. A
    /// read that travels in time reads from the snapshots, as a new process does.
    func record(_ reader: CouncilRecordReader, parts: CouncilReadModel.Parts = .core, issues: [String] = [],
                recorded: ClosedRange<Timestamp>? = nil) throws -> CouncilRecord {
        let model: CouncilReadModel
        if reader.knownAt == nil, var held = heldModel {
            try CouncilReadModelStore.catchUp(&held, store: store, snapshots: reader.snapshots, saveAfter: reader.saveAfter)
            try CouncilReadModelStore.read(parts, into: &held, store: store, snapshots: reader.snapshots)
            heldModel = held
            guard let day = reader.asOf, let latest = held.latestDate, latest > day else {
                return try reader.record(model: held, issues: issues, recorded: recorded)
            }
            // A day before the latest event is another fold; the model held stays at the head.
            model = try reader.model(parts: parts)
        } else {
            model = try reader.model(parts: parts)
            if reader.knownAt == nil && reader.asOf == nil { heldModel = model }
        }
        return try reader.record(model: model, issues: issues, recorded: recorded)
    }

    /// Saves the snapshots of the model held when they would spare the next process a long fold.
    /// Called once a read was answered: a refused read leaves no trace.
    func keepSnapshots() {
        guard var held = heldModel else { return }
        CouncilReadModelStore.saveIfWorthwhile(&held, store: store, snapshots: snapshots)
        heldModel = held
    }
}
