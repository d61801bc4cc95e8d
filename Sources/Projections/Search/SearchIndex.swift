import Calendar
import Council

/// The council's issues as full-text search finds them (issue 13): each issue's texts — title,
/// summary, source, categories, target groups, area, analyses, the current action plan,
/// activities, evaluations and the closure note — folded (`SearchText`), and for every gram (one
/// character, or two in a row) the issues whose texts hold it, in raise order. Folded event by
/// event from the council's events, so a long-running process keeps it current by folding only
/// what was appended since it last looked.
///
/// Case notes are not here: they live in the vault, outside the log, and only those allowed to
/// read them may find them; nor are reasons, carry-over notes or meetings.
public struct SearchIndex: Equatable, Sendable {
    /// Which part of an issue a text is, in the order the issue's page shows them.
    public enum Part: UInt8, CaseIterable, Comparable, Sendable {
        case title, summary, source, category, group, area, analysis, plan, activity, evaluation, closure
        /// Never in the index: a case note found by `SearchIndex.excerpt(of:terms:)` for a reader allowed to read it.
        case caseNote

        public static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }
    }

    /// One text of an issue as recorded, and folded.
    struct Text: Equatable, Sendable {
        var part: Part
        var text: String
        var folded: [UInt32]

        init(_ part: Part, _ text: String) {
            self.part = part
            self.text = text
            folded = SearchText.folded(text)
        }

        static func == (a: Text, b: Text) -> Bool { a.part == b.part && a.text == b.text }
    }

    /// One issue: its texts in `Part` order, and the date of its latest activity, which ranks it.
    struct Entry: Equatable, Sendable {
        var id: String
        var texts: [Text]
        var lastActivityOn: CalendarDate

        var grams: Set<UInt64> {
            var set = Set<UInt64>()
            for t in texts { SearchText.grams(t.folded, into: &set) }
            return set
        }
    }

    /// The issues by number, in the order they were raised.
    var entries: [Entry] = []
    var numbers: [String: UInt32] = [:]
    /// For each gram the numbers of the issues whose texts hold it, ascending, each once.
    var postings: [UInt64: [UInt32]] = [:]

    public init() {}

    /// How many issues the index holds.
    public var count: Int { entries.count }

    // MARK: Folding

    mutating func apply(_ change: SearchChange) {
        if case .raise = change.kind {
            raise(change)
            return
        }
        guard let n = numbers[change.issue] else { return }
        let i = Int(n)
        entries[i].lastActivityOn = max(entries[i].lastActivityOn, change.on)
        switch change.kind {
        case .raise, .touch:
            return
        case .add:
            for text in change.texts { Self.insert(text, into: &entries[i]) }
            post(n, change.grams)
        case .replace(let part):
            let removed = entries[i].texts.filter { $0.part == part }
            entries[i].texts.removeAll { $0.part == part }
            for text in change.texts { Self.insert(text, into: &entries[i]) }
            post(n, change.grams)
            unpost(n, removed: removed, from: entries[i])
        }
    }

    /// A new issue, or one raised again under its id (which the rules never record): its texts
    /// are the raise's alone.
    private mutating func raise(_ change: SearchChange) {
        guard let n = numbers[change.issue] else {
            let n = UInt32(entries.count)
            numbers[change.issue] = n
            entries.append(Entry(id: change.issue, texts: change.texts, lastActivityOn: change.on))
            post(n, change.grams)
            return
        }
        let removed = entries[Int(n)].texts
        entries[Int(n)] = Entry(id: change.issue, texts: change.texts, lastActivityOn: change.on)
        post(n, change.grams)
        unpost(n, removed: removed, from: entries[Int(n)])
    }

    /// After the part's other texts, before the next part's. Static: a method of the index called
    /// with `&entries[i]` would borrow a copy of the whole index meanwhile, and the entries, no
    /// longer unique, would be copied whole at every text an issue gains.
    private static func insert(_ text: Text, into entry: inout Entry) {
        let at = entry.texts.firstIndex { $0.part > text.part } ?? entry.texts.endIndex
        entry.texts.insert(text, at: at)
    }

    private mutating func post(_ n: UInt32, _ grams: [UInt64]) {
        for gram in grams {
            postings[gram, default: []].insertOnce(n)
        }
    }

    /// Takes the issue off the grams only the removed texts held, so every posting list names
    /// exactly the issues whose texts hold its gram now.
    private mutating func unpost(_ n: UInt32, removed: [Text], from entry: Entry) {
        var stale = Set<UInt64>()
        for t in removed { SearchText.grams(t.folded, into: &stale) }
        guard !stale.isEmpty else { return }
        stale.subtract(entry.grams)
        for gram in stale {
            guard var list = postings.removeValue(forKey: gram) else { continue }
            list.removeOnce(n)
            if !list.isEmpty { postings[gram] = list }
        }
    }

    /// The posting lists the entries' texts make, from nothing: what `postings` must equal.
    func postingsFromTexts() -> [UInt64: [UInt32]] {
        var made: [UInt64: [UInt32]] = [:]
        for (n, entry) in entries.enumerated() {
            for gram in entry.grams { made[gram, default: []].append(UInt32(n)) }
        }
        return made
    }
}

/// What one council event changes in the index, made from the event alone on the decoding
/// threads (`SearchIndexProjection.prepare`): its texts folded and their grams gathered, so the
/// fold in log order only merges posting lists. Public only as the projection's input.
public struct SearchChange: Sendable {
    enum Kind: Equatable, Sendable {
        /// A new issue with its first texts.
        case raise
        /// Texts added to the issue's (an analysis, an activity, an evaluation).
        case add
        /// The issue's texts of a part replaced (a plan's revision, a closure and its reopening).
        case replace(SearchIndex.Part)
        /// Only the date of the latest activity.
        case touch
    }

    var issue: String
    var on: CalendarDate
    var kind: Kind
    var texts: [SearchIndex.Text] = []
    var grams: [UInt64] = []

    init(issue: String, on: CalendarDate, kind: Kind, texts: [SearchIndex.Text] = []) {
        self.issue = issue
        self.on = on
        self.kind = kind
        self.texts = texts
        var set = Set<UInt64>()
        for t in texts { SearchText.grams(t.folded, into: &set) }
        grams = Array(set)
    }

    /// The change an event makes; nil for an event that is no issue's or does not touch one.
    init?(_ event: CouncilEvent) {
        typealias T = SearchIndex.Text
        switch event {
        case .issueRaised(let e):
            var texts = [T(.title, e.title)]
            if let s = e.summary { texts.append(T(.summary, s)) }
            if let s = e.source { texts.append(T(.source, s)) }
            texts += e.categories.map { T(.category, $0) } + e.groups.map { T(.group, $0) }
            if let a = e.area { texts.append(T(.area, a)) }
            self.init(issue: e.issue, on: e.on, kind: .raise, texts: texts)
        case .issueAnalysed(let e):
            let values = e.factors + e.focusCandidates + e.chosen + (e.evidence.map { [$0] } ?? [])
            self.init(issue: e.issue, on: e.on, kind: .add, texts: values.map { T(.analysis, $0) })
        case .actionPlanAdopted(let e):
            let values = [e.goal] + e.actions.flatMap { [$0.what, $0.who, $0.toward] }
            self.init(issue: e.issue, on: e.on, kind: .replace(.plan), texts: values.map { T(.plan, $0) })
        case .activityLogged(let e):
            self.init(issue: e.issue, on: CouncilEvent.activityLogged(e).activityDay, kind: .add, texts: [T(.activity, e.summary)])
        case .issueEvaluated(let e):
            self.init(issue: e.issue, on: e.on, kind: .add, texts: [T(.evaluation, e.outcome)] + (e.next.map { [T(.evaluation, $0)] } ?? []))
        case .issueClosed(let e):
            self.init(issue: e.issue, on: e.on, kind: .replace(.closure), texts: e.note.map { [T(.closure, $0)] } ?? [])
        case .issueReopened(let e):
            self.init(issue: e.issue, on: e.on, kind: .replace(.closure))
        // The dates lists rank by, as `CouncilSummary` has them.
        case .issueAssigned(let e): self.init(issue: e.issue, on: e.on, kind: .touch)
        case .issueTransferred(let e): self.init(issue: e.issue, on: e.on, kind: .touch)
        case .issueCarriedOver(let e): self.init(issue: e.issue, on: e.on, kind: .touch)
        case .councilInitialised, .bodyEstablished, .bodyRenamed, .bodyPaused, .bodyResumed, .bodyDissolved, .bodyPolicySet,
             .memberAppointed, .memberRetired, .meetingRecorded, .bodyYearReviewed, .caseNoteAttached, .caseNoteForgotten,
             .actorLinked, .actorUnlinked, .recordedOnBehalf, .councilRulesAdopted, .bodyActivityRecorded, .meetingPlanned, .meetingPlanChanged,
             .statusReportUpdated, .meetingsCounted, .workItemSet, .workEntryRecorded, .workTableDated, .materialAttached, .materialPublicationChanged:
            return nil
        }
    }
}

extension Array where Element == UInt32 {
    /// The first index whose element is not below `value` (where it is, or would go).
    func lowerBound(of value: UInt32) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Inserted in order unless already there; issues are mostly worked on in the order they were
    /// raised, so this is mostly an append.
    mutating func insertOnce(_ value: UInt32) {
        if let last, last < value {
            append(value)
            return
        }
        let at = lowerBound(of: value)
        if at == count || self[at] != value { insert(value, at: at) }
    }

    mutating func removeOnce(_ value: UInt32) {
        let at = lowerBound(of: value)
        if at < count && self[at] == value { remove(at: at) }
    }
}
