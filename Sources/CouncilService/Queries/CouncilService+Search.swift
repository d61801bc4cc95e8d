import Council
import EventStore
import Projections

extension CouncilService {
    /// The issues whose texts hold every word of `query` (split at spaces; full-width and
    /// half-width forms and ASCII case alike), best first: those whose title holds the words,
    /// then the most recently active; at most `limit`. With `reader`, also the issues one of whose
    /// case notes holds every word, among those whose notes the council's rules let that actor
    /// read (`mayReadCaseNotes`); without, case notes are not searched. Refused with
    /// `SearchRefusal` when the query is empty or longer than `SearchRefusal.limit`, before
    /// anything is read.
    public func search(_ query: String, limit: Int, reader: String? = nil) throws -> [SearchHit] {
        let terms = try SearchRefusal.check(query)
        return try exclusively {
            let index = try heldSearchIndex()
            let summary = try summary(at: .now)
            var hits: [SearchHit] = index.search(terms: terms, limit: limit).compactMap { match in
                guard let issue = summary.issues[match.issue] else { return nil }
                return SearchHit(issue: issue, ownerName: summary.bodies[issue.owner]?.name ?? issue.owner, part: match.part,
                                 excerpt: match.excerpt, inTitle: match.titleTerms == terms.count)
            }
            guard let reader else { return hits }
            forgetChangedCaseNotes()
            let found = Set(hits.map(\.issue.id))
            let noted = try caughtUp(CaseNoteIssuesProjection.self, &heldNotedIssues).filter { !found.contains($0) }
            for id in try readableCaseNotes(of: noted.sorted(), as: reader) {
                guard let issue = summary.issues[id],
                      let excerpt = try caseNotesKept(of: id).lazy.compactMap({ $0.text.flatMap { SearchIndex.excerpt(of: $0, terms: terms) } }).first
                else { continue }
                hits.append(SearchHit(issue: issue, ownerName: summary.bodies[issue.owner]?.name ?? issue.owner, part: .caseNote,
                                      excerpt: excerpt, inTitle: false))
            }
            // The index's order: title hits first, then the most recently active.
            return Array(hits.enumerated().sorted { a, b in
                if a.element.inTitle != b.element.inTitle { return a.element.inTitle }
                if a.element.issue.lastActivityOn != b.element.issue.lastActivityOn { return a.element.issue.lastActivityOn > b.element.issue.lastActivityOn }
                return a.offset < b.offset
            }.prefix(limit).map(\.element))
        }
    }

    /// Lets go of the notes kept for an issue whose stream has grown since they were read (a
    /// note forgotten among them), once per new head. Called inside `exclusively`, after a refresh.
    func forgetChangedCaseNotes() {
        guard !heldCaseNotes.isEmpty, heldCaseNotesCheckedAt != store.headPosition else { return }
        heldCaseNotes = heldCaseNotes.filter { store.version(of: Streams.issue($0.key)) == $0.value.version }
        heldCaseNotesCheckedAt = store.headPosition
    }

    /// An issue's case notes with their text, read from the vault again only when the issue's
    /// stream has grown since (a note attached or forgotten). Called inside `exclusively`.
    func caseNotesKept(of id: String) throws -> [CaseNoteView] {
        let version = store.version(of: Streams.issue(id))
        if let kept = heldCaseNotes[id], kept.version == version { return kept.notes }
        guard let issue = try CouncilLoader(store: store).state(issues: [id]).issues[id] else { return [] }
        let notes = try caseNotes(of: issue)
        heldCaseNotes[id] = (version, notes)
        return notes
    }

    /// The search index at the log's head, held like the list summary. Called inside `exclusively`.
    func heldSearchIndex() throws -> SearchIndex {
        try caughtUp(SearchIndexProjection.self, &heldSearch)
    }
}
