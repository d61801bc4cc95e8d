import Calendar
import Council
import EventStore

/// Reads the council's read model from its snapshots plus the events after them, folds new events
/// into a model in memory, and saves its snapshots: the core in one (`council-read-model`), each
/// section in its own (`council-read-model-issues`, `council-read-model-fy2024-uses`,
/// `council-read-model-fy2024-work` …). A section saved at position Q is the section at a later
/// position P when no event in between changed it — when the core at P says it last changed at or
/// before Q — whoever saved it; any other is not used. So a document reads the core and the
/// sections it counts from, and the work after a snapshot is proportional to the events since.
/// Snapshots are a cache: when one cannot be used, the model is folded again from the first event.
public enum CouncilReadModelStore {
    public static let name = "council-read-model"
    /// Goes up whenever `apply` or a snapshot's encoding changes, so older snapshots are ignored.
    public static let version = 5

    static func snapshotName(_ section: CouncilReadModel.Section) -> String {
        switch section {
        case .issues: "\(name)-issues"
        case .uses(let year): "\(name)-fy\(year)-uses"
        case .work(let year): "\(name)-fy\(year)-work"
        }
    }

    /// A snapshot that cannot be used for the model being read, and why.
    struct Unusable: Error {
        var reason: String
        static let section = Unusable(reason: "stale (a section does not fit the core)")
    }

    /// The model as of the log's head, or as known at `knownAt` (a position), with the sections
    /// `parts` names in memory. From the snapshots plus the events after them when they can be
    /// used, otherwise from the first event. Nothing is saved here — a read that is then refused
    /// leaves no trace — but the model says when its snapshots are worth saving
    /// (`saveIfWorthwhile`): when they would spare the next reader a fold of `saveAfter` events or
    /// more, at the log's head. A small council is folded whole each time in a few milliseconds.
    public static func load(store: EventStore, snapshots: SnapshotStore, parts: CouncilReadModel.Parts, knownAt: UInt64? = nil,
                            saveAfter: UInt64 = 1) throws -> (model: CouncilReadModel, use: SnapshotUse) {
        let target = min(knownAt ?? store.headPosition, store.headPosition)
        var reason = ""
        // Twice: another process may have replaced the snapshots between our reads of them.
        for _ in 0..<2 {
            do {
                return try fromSnapshots(store: store, snapshots: snapshots, parts: parts, target: target, saveAfter: saveAfter)
            } catch let unusable as Unusable {
                reason = unusable.reason
                if unusable.reason != Unusable.section.reason { break }
            }
        }
        var model = try fold(store: store, through: target)
        model.isWorthSaving = target == store.headPosition && model.eventsFolded >= saveAfter
        return (model, .rebuilt(reason: reason, folded: model.eventsFolded))
    }

    static func fromSnapshots(store: EventStore, snapshots: SnapshotStore, parts: CouncilReadModel.Parts, target: UInt64,
                              saveAfter: UInt64) throws -> (model: CouncilReadModel, use: SnapshotUse) {
        let core: SnapshotStore.Snapshot
        switch snapshots.load(projection: name, version: version, in: store) {
        case .success(let s): core = s
        case .failure(let ignored): throw Unusable(reason: ignored.description)
        }
        guard core.position <= target else { throw Unusable(reason: "built after the position asked for") }
        guard var model = CouncilReadModel.decodeCore(core.payload), model.position == core.position else {
            throw Unusable(reason: "corrupt (the payload does not decode)")
        }
        for (section, changed) in model.lastChanged.sorted(by: { $0.key < $1.key }) where parts.contains(section) {
            model.hold(try read(section, changed: changed, position: model.position, store: store, snapshots: snapshots), as: section)
        }
        let folded = try fold(&model, through: target, store: store, snapshots: snapshots)
        model.isWorthSaving = target == store.headPosition && folded >= saveAfter
        return (model, .used(position: core.position, folded: folded))
    }

    /// The model folded from the first event through `through` (the head when nil), keeping only
    /// events dated on or before `asOf`: every section in memory, nothing read from or saved to
    /// snapshots. What a read that travels in business time folds.
    public static func fold(store: EventStore, through: UInt64? = nil, asOf: CalendarDate? = nil) throws -> CouncilReadModel {
        var model = CouncilReadModel()
        let last = min(through ?? store.headPosition, store.headPosition)
        try store.forEachPayload(through: last, transform: { payload -> (UInt64, CouncilEvent)? in
            guard let event = try CouncilLoader.event(from: payload) else { return nil }
            if let asOf, event.on > asOf { return nil }
            return (payload.position, event)
        }) { position, event in
            model.apply(event, at: position)
        }
        model.position = last
        return model
    }

    /// The core alone — the council's name and bodies — folded from the council's and the bodies'
    /// streams through `through`, keeping events dated on or before `asOf`: what a document that
    /// reads no issue section needs, without reading any issue's events. Its issue order, dates and
    /// years are left empty.
    public static func foldCore(store: EventStore, through: UInt64? = nil, asOf: CalendarDate? = nil) throws -> CouncilReadModel {
        let last = min(through ?? store.headPosition, store.headPosition)
        let loader = CouncilLoader(store: store, asOf: asOf, knownAt: last)
        var records: [LoggedEvent] = []
        for stream in [Streams.council] + store.streamNames.filter({ $0.hasPrefix(Streams.body("")) }) {
            records += try loader.ledger(ofStream: stream)
        }
        records.sort { $0.position < $1.position }
        var model = CouncilReadModel()
        for e in records where e.event.issueId == nil { model.foldCouncil(e.event, at: e.position) }
        model.position = last
        return model
    }

    /// Folds the events after the model's position into it — what a long-running process calls
    /// before each read instead of reading the log again. Sections it changes that are not in
    /// memory are read from their snapshots; when one cannot be, the model is folded again from
    /// the first event. Saves snapshots when `saveAfter` events or more were folded. Returns how
    /// many were.
    @discardableResult
    public static func catchUp(_ model: inout CouncilReadModel, store: EventStore, snapshots: SnapshotStore,
                               saveAfter: UInt64 = .max) throws -> UInt64 {
        try store.refresh()
        let folded: UInt64
        do {
            folded = try fold(&model, through: store.headPosition, store: store, snapshots: snapshots)
        } catch is Unusable {
            model = try fold(store: store)
            save(&model, store: store, snapshots: snapshots)
            return model.eventsFolded
        }
        if folded >= saveAfter { save(&model, store: store, snapshots: snapshots) }
        return folded
    }

    /// Reads into memory the sections of `parts` the model does not hold yet (folding the model
    /// again from the first event when one cannot be read).
    public static func read(_ parts: CouncilReadModel.Parts, into model: inout CouncilReadModel, store: EventStore, snapshots: SnapshotStore) throws {
        for (section, changed) in model.lastChanged.sorted(by: { $0.key < $1.key }) where parts.contains(section) && !model.holds(section) {
            do {
                model.hold(try read(section, changed: changed, position: model.position, store: store, snapshots: snapshots), as: section)
            } catch is Unusable {
                model = try fold(store: store, through: model.position)
                return
            }
        }
    }

    // MARK: Parts

    /// A section from its snapshot, when it is the section of a model at `position` whose section
    /// last changed at `changed`.
    static func read(_ section: CouncilReadModel.Section, changed: UInt64, position: UInt64, store: EventStore,
                     snapshots: SnapshotStore) throws -> CouncilReadModel.SectionValue {
        guard case .success(let s) = snapshots.load(projection: snapshotName(section), version: version, in: store),
              s.position >= changed, s.position <= position, let value = CouncilReadModel.decode(s.payload, as: section) else {
            throw Unusable.section
        }
        return value
    }

    /// Folds the events after the model's position through `last`, reading sections as they are
    /// needed. A run of events is decoded first and folded after, so no snapshot is read while the
    /// feed holds the log's maps.
    static func fold(_ model: inout CouncilReadModel, through last: UInt64, store: EventStore, snapshots: SnapshotStore) throws -> UInt64 {
        var folded: UInt64 = 0
        var next = model.position + 1
        while next <= last {
            let end = min(last, next + 65_535)
            var run: [(UInt64, CouncilEvent)] = []
            try store.forEachPayload(from: next, through: end, transform: { payload -> (UInt64, CouncilEvent)? in
                guard let event = try CouncilLoader.event(from: payload) else { return nil }
                return (payload.position, event)
            }) { run.append($0) }
            for (position, event) in run {
                try model.apply(event, at: position) { section, changed, before in
                    try read(section, changed: changed, position: before, store: store, snapshots: snapshots)
                }
                folded += 1
            }
            model.position = end
            next = end + 1
        }
        return folded
    }

    /// Saves the model's snapshots if `load` found them worth it.
    public static func saveIfWorthwhile(_ model: inout CouncilReadModel, store: EventStore, snapshots: SnapshotStore) {
        if model.isWorthSaving { save(&model, store: store, snapshots: snapshots) }
    }

    /// Saves the sections changed since the model was read, then the core: a reader that finds the
    /// new core finds sections that fit it. A snapshot is only a cache: failing to save one fails nothing.
    public static func save(_ model: inout CouncilReadModel, store: EventStore, snapshots: SnapshotStore) {
        guard model.position == store.headPosition, model.position > 0 else { return }
        let hash = store.headHash
        for section in model.changedSections.sorted() {
            guard let payload = model.encode(section) else { continue }
            try? snapshots.save(projection: snapshotName(section), version: version, position: model.position, hash: hash, payload: payload)
        }
        try? snapshots.save(projection: name, version: version, position: model.position, hash: hash, payload: model.encodeCore())
        model.changedSections = []
        model.isWorthSaving = false
    }
}

extension CouncilReadModel {
    /// The sections a reader needs in memory besides the core: every issue in brief, and which
    /// years' uses of the council's functions and issue work.
    public struct Parts: Sendable, Equatable {
        public var issues: Bool
        public var uses: Set<FiscalYear>
        public var work: Set<FiscalYear>

        public init(issues: Bool = false, uses: Set<FiscalYear> = [], work: Set<FiscalYear> = []) {
            self.issues = issues
            self.uses = uses
            self.work = work
        }

        /// Every section.
        public static let all = Parts(issues: true, uses: [], work: [], every: true)
        /// The core alone.
        public static let core = Parts()

        var every = false
        init(issues: Bool, uses: Set<FiscalYear>, work: Set<FiscalYear>, every: Bool) {
            self.init(issues: issues, uses: uses, work: work)
            self.every = every
        }

        func contains(_ section: Section) -> Bool {
            if every { return true }
            switch section {
            case .issues: return issues
            case .uses(let year): return uses.contains(FiscalYear(startYear: year))
            case .work(let year): return work.contains(FiscalYear(startYear: year))
            }
        }
    }
}
