import Arguments
import Calendar
import EventStore
import Hashing
import Projections

extension CouncilService {
    /// A page of the audit log: every record the filter admits, in log order.
    public func auditLog(_ filter: AuditLogFilter) throws -> AuditLogPage {
        try exclusively {
            if let stream = filter.stream, store.version(of: stream) == 0 {
                throw QueryRefusal.unknownStream(stream, suggestion: closestMatch(to: stream, among: store.streamNames))
            }
            var page: [RecordedEvent] = []
            var next: UInt64?
            try store.forEach(from: filter.from) { event in
                guard next == nil, filter.admits(event) else { return }
                if page.count == filter.limit { next = event.position; return }
                page.append(event)
            }
            return AuditLogPage(records: page, next: next)
        }
    }

    /// What an issue's (or a body's) events dated after `from` and up to `to` changed, and the
    /// events themselves. Refused when there is no such issue or body.
    public func auditDiff(_ id: String, from: CalendarDate, to: CalendarDate) throws -> AuditDiff {
        try exclusively {
            try store.refresh()
            guard let diff = try AuditDiff.of(id, from: from, to: to, store: store) else { throw QueryRefusal.noIssueOrBody(id) }
            return diff
        }
    }

    /// The head to write into the minutes, from a chain walked whole first: an anchor is trusted for
    /// years, so no cache may vouch for it.
    public func anchor() throws -> (position: UInt64, hash: SHA256Digest) {
        try exclusively {
            try store.verifyWholeChain()
            return (store.headPosition, store.headHash)
        }
    }

    /// Every record and every link of the chain of the store at `path`, checked without opening it
    /// for use (a damaged store is reported, not refused), and the anchor if one is given.
    public static func verify(storeAt path: String, anchor: (position: UInt64, hash: SHA256Digest)?) throws -> ChainVerification {
        try EventStore.verify(storeAt: path, anchor: anchor)
    }
}
