import Council
import EventStore
import Projections

extension CouncilService {
    /// One issue at the reading point, with its owner's name and case notes. Refused with
    /// `DomainError.unknownIssue` when the council has no such issue then. With `reader`, the
    /// notes' text is read from the vault only when the council's rules let that actor read them
    /// (`mayReadCaseNotes`); the command line, whose reader the vault's own permissions decide,
    /// passes none.
    public func issueView(_ id: String, at point: ReadingPoint = .now, reader: String? = nil) throws -> IssueView {
        try exclusively {
            let loader = try loader(at: point)
            guard let issue = try loader.state(issues: [id]).issues[id] else { throw DomainError.unknownIssue(id, known: []) }
            let ownerName = try loader.state(bodies: [issue.owner]).bodies[issue.owner]?.name ?? issue.owner
            let readable = try reader.map { try mayReadCaseNotes(of: id, as: $0) } ?? true
            return IssueView(issue: issue, ownerName: ownerName, caseNotes: try caseNotes(of: issue, readable: readable))
        }
    }

    /// An issue's case notes with their text from the vault (nil once erased, or when not `readable`).
    func caseNotes(of issue: IssueState, readable: Bool = true) throws -> [CaseNoteView] {
        guard !issue.caseNotes.isEmpty else { return [] }
        guard readable else { return issue.caseNotes.map { CaseNoteView(ref: $0.ref, on: $0.on, text: nil, erased: issue.forgottenNotes.contains($0.ref)) } }
        let cited = try store.readStream(Streams.issue(issue.id)).flatMap(\.vault)
        return issue.caseNotes.map { note in
            let erased = issue.forgottenNotes.contains(note.ref)
            let reference = cited.first { $0.ref == note.ref }
            return CaseNoteView(ref: note.ref, on: note.on, text: erased ? nil : reference.flatMap(vault.text(of:)), erased: erased)
        }
    }

    /// The issues `filter` keeps, in the order they were raised: all, or page `page` (from 1; past
    /// the last, the last) of `pageSize`. Refused with `DomainError.unknownBody` when the filter
    /// names a body the council never had, before anything is read or cached: a refused list
    /// leaves no trace.
    public func issues(_ filter: IssueFilter, at point: ReadingPoint = .now, page: Int = 1, pageSize: Int = .max) throws -> IssueListing {
        try exclusively {
            try store.refresh()
            if let body = filter.body, store.version(of: Streams.body(body)) == 0 { throw DomainError.unknownBody(body, known: []) }
            let summary = try summary(at: point)
            return IssueListing(summary, words: issueWords(of: summary, at: point), filter: filter, page: page, pageSize: pageSize)
        }
    }

    /// The words recorded on the issues of `summary`: at the head, worked out once per position
    /// of the summary held (every issue is looked at). Called inside `exclusively`.
    func issueWords(of summary: CouncilSummary, at point: ReadingPoint) -> IssueWords {
        guard !point.travels, let position = heldSummary?.position else { return IssueWords(summary) }
        if let held = heldIssueWords, held.position == position { return held.words }
        let words = IssueWords(summary)
        heldIssueWords = (position, words)
        return words
    }

    /// Every body in the order it was set up.
    public func bodies(at point: ReadingPoint = .now) throws -> [CouncilSummary.Body] {
        try exclusively { try summary(at: point).bodiesInOrder }
    }

    /// The summary for lists: from its snapshot plus the events since, unless travelling in time.
    /// A long-running process holds it and folds each new event into it before the next list.
    func summary(at point: ReadingPoint) throws -> CouncilSummary {
        if point.travels { return CouncilSummary(try loader(at: point).fullState()) }
        return try caughtUp(CouncilSummaryProjection.self, &heldSummary)
    }

    /// The events of an issue's stream, oldest first, with their records. Refused with
    /// `DomainError.unknownIssue` when there are none.
    public func issueHistory(_ id: String) throws -> [(record: RecordedEvent, event: CouncilEvent)] {
        try exclusively {
            let history = try loader(at: .now).history(of: Streams.issue(id))
            guard !history.isEmpty else { throw DomainError.unknownIssue(id, known: []) }
            return history
        }
    }

    /// One body at the reading point, with the issues it owns. Refused with
    /// `DomainError.unknownBody` when the council has no such body (then).
    public func bodyView(_ id: String, at point: ReadingPoint = .now) throws -> BodyView {
        try exclusively {
            try store.refresh()
            guard store.version(of: Streams.body(id)) > 0 else { throw DomainError.unknownBody(id, known: []) }
            let record = try record(try reader(at: point, caseNotes: false), parts: .init(issues: true))
            guard let body = record.model.council.bodies[id] else { throw DomainError.unknownBody(id, known: record.model.council.bodyOrder) }
            keepSnapshots()
            return BodyView(body: body, issues: record.model.issuesInOrder.filter { $0.owner == id })
        }
    }
}
