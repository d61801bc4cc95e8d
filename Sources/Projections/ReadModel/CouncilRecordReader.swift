import Calendar
import Council
import EventStore
import Hashing

/// Reads what a document is derived from: the council's read model from its snapshots plus the
/// events since (folded again from the first event only when the read travels in business time to
/// before the latest event), the sections the document counts from, and the full states
/// and events of the issues it is about, by stream, or the events of a span of recorded time, by
/// position. `asOf` keeps the events dated on or before a day; `knownAt` the log as it was at a
/// position (see `EventStore.head(knownAt:)`).
public struct CouncilRecordReader {
    public let store: EventStore
    public let snapshots: SnapshotStore
    public var asOf: CalendarDate?
    public var knownAt: UInt64?
    /// Reads a case note's text from the vault; nil for readers who may not see case material.
    public var caseNoteText: (@Sendable (VaultReference) -> String?)?
    /// A snapshot is saved again once this many events have been folded after it.
    public var saveAfter: UInt64 = 1_000

    public init(store: EventStore, snapshots: SnapshotStore, asOf: CalendarDate? = nil, knownAt: UInt64? = nil,
                caseNoteText: (@Sendable (VaultReference) -> String?)? = nil) {
        self.store = store
        self.snapshots = snapshots
        self.asOf = asOf
        self.knownAt = knownAt
        self.caseNoteText = caseNoteText
    }

    var loader: CouncilLoader { CouncilLoader(store: store, asOf: asOf, knownAt: knownAt) }

    /// The head the record is read at: the `knownAt` position, or the log's head.
    public var head: (position: UInt64, hash: SHA256Digest) {
        get throws {
            let position = min(knownAt ?? store.headPosition, store.headPosition)
            return (position, try store.hash(at: position))
        }
    }

    /// The read model with the sections `parts` names in memory.
    public func model(parts: CouncilReadModel.Parts) throws -> CouncilReadModel {
        var (model, _) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: parts, knownAt: knownAt, saveAfter: saveAfter)
        if let asOf, let latest = model.latestDate, latest > asOf {
            // Some event is dated after the day: the model of the events up to it is another fold,
            // of the council's and bodies' streams alone when no issue section is read.
            model = parts == .core ? try CouncilReadModelStore.foldCore(store: store, through: knownAt, asOf: asOf)
                : try CouncilReadModelStore.fold(store: store, through: knownAt, asOf: asOf)
        }
        if model.council.name == nil {
            // A council often records its past after it starts using kadai: its name holds for
            // the days before the day it was entered, too.
            model.council.name = try CouncilLoader(store: store, knownAt: knownAt).state().name
        }
        return model
    }

    /// The record for a document counting from the sections `parts` names, with the full state and
    /// the events of `issues`, and the events recorded within `recorded`.
    public func record(parts: CouncilReadModel.Parts = .core, issues: [String] = [], recorded: ClosedRange<Timestamp>? = nil) throws -> CouncilRecord {
        try record(model: try model(parts: parts), issues: issues, recorded: recorded)
    }

    /// The record for a document counting from `model` (read by `model(parts:)`, or kept up to date
    /// by a long-running process), with the full state and events of `issues` and the events
    /// recorded within `recorded`.
    public func record(model: CouncilReadModel, issues: [String] = [], recorded: ClosedRange<Timestamp>? = nil) throws -> CouncilRecord {
        let loader = loader
        var events: [LoggedEvent] = []
        var states: [IssueState] = []
        if !issues.isEmpty {
            let state = try loader.state(issues: issues)
            states = issues.compactMap { state.issues[$0] }
            for id in Set(issues).sorted() { events += try loader.ledger(ofStream: Streams.issue(id)) }
        }
        if let recorded {
            // Recorded times never decrease along the log: the span is a run of positions.
            let first = recorded.lowerBound == .earliest ? 1
                : try store.head(knownAt: Timestamp(millisecondsSinceEpoch: recorded.lowerBound.millisecondsSinceEpoch - 1)) + 1
            let last = try store.head(knownAt: recorded.upperBound)
            events += try loader.ledger(from: first, through: last).filter { recorded.contains($0.recordedAt) }
        }
        events.sort { $0.position < $1.position }
        return CouncilRecord(model: model, issues: states, events: events, head: try head, caseNoteText: caseNoteText)
    }

    /// The record of every event, with every issue's full state: for what prints the whole record
    /// (the published site) or every open issue in full (the steering agenda).
    public func wholeRecord() throws -> CouncilRecord {
        let events = try loader.ledger()
        var state = CouncilDecider.initialState
        for e in events { CouncilDecider.evolve(&state, e.event) }
        if state.name == nil { state.name = try CouncilLoader(store: store, knownAt: knownAt).state().name }
        return CouncilRecord(state: state, events: events, head: try head, caseNoteText: caseNoteText)
    }
}
