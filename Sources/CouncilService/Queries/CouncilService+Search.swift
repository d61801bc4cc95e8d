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

    /// The search index at the log's head. A long-running process holds it and folds each new
    /// event into it before the next search, as it does the list summary; the first search loads
    /// the snapshot and folds the events after it. Called inside `exclusively`.
    func heldSearchIndex() throws -> SearchIndex {
        try store.refresh()
        if case (var index, let position)? = HeldSearchIndexes.shared.take(for: self) {
            // Taken out while folding: a fold that fails part-way is dropped, never held.
            let head = try ProjectionRunner.catchUp(SearchIndexProjection.self, &index, from: position, store: store)
            HeldSearchIndexes.shared.keep(index, at: head, for: self)
            return index
        }
        let (index, _) = try ProjectionRunner.run(SearchIndexProjection.self, store: store, snapshots: snapshots, saveAfter: 2048)
        HeldSearchIndexes.shared.keep(index, at: store.headPosition, for: self)
        return index
    }
}

/// The search index each service holds and the log position it is folded to, kept beside the
/// service rather than in it (its stored properties are declared with the class). An entry lives
/// as long as its service: one whose service is gone is dropped at the next keep.
final class HeldSearchIndexes: @unchecked Sendable {
    static let shared = HeldSearchIndexes()

    private struct Held {
        weak var service: CouncilService?
        var index: SearchIndex
        var position: UInt64
    }

    private let lock = ServiceLock()
    private var held: [ObjectIdentifier: Held] = [:]

    /// The service's index, taken out so that folding into it copies nothing.
    func take(for service: CouncilService) -> (SearchIndex, UInt64)? {
        lock.holding {
            guard let entry = held.removeValue(forKey: ObjectIdentifier(service)), entry.service === service else { return nil }
            return (entry.index, entry.position)
        }
    }

    func keep(_ index: SearchIndex, at position: UInt64, for service: CouncilService) {
        lock.holding {
            held = held.filter { $0.value.service != nil }
            held[ObjectIdentifier(service)] = Held(service: service, index: index, position: position)
        }
    }
}
