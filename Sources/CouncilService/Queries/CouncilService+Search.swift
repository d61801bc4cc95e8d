import EventStore
import Projections

extension CouncilService {
    /// The issues whose texts hold every word of `query` (split at spaces; full-width and
    /// half-width forms and ASCII case alike), best first: those whose title holds the words,
    /// then the most recently active; at most `limit`. Case notes are not searched. Refused with
    /// `SearchRefusal` when the query is empty or longer than `SearchRefusal.limit`, before
    /// anything is read.
    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        let terms = try SearchRefusal.check(query)
        return try exclusively {
            let index = try heldSearchIndex()
            let summary = try summary(at: .now)
            return index.search(terms: terms, limit: limit).compactMap { match in
                guard let issue = summary.issues[match.issue] else { return nil }
                return SearchHit(issue: issue, ownerName: summary.bodies[issue.owner]?.name ?? issue.owner, part: match.part,
                                 excerpt: match.excerpt, inTitle: match.titleTerms == terms.count)
            }
        }
    }

    /// The search index at the log's head, held like the list summary. Called inside `exclusively`.
    func heldSearchIndex() throws -> SearchIndex {
        try caughtUp(SearchIndexProjection.self, &heldSearch)
    }
}
