import Arguments
import Calendar
import EventStore
import Hashing
import Projections

extension CouncilService {
    /// A page of the audit log: every record the filter admits, in log order.
    public func auditLog(_ filter: AuditLogFilter) throws -> AuditLogPage {
        try exclusively {
            try store.refresh()
            if let stream = filter.stream, store.version(of: stream) == 0 {
                throw QueryRefusal.unknownStream(stream, suggestion: closestMatch(to: stream, among: store.streamNames))
            }
            var page: [RecordedEvent] = []
            var next: UInt64?
            if let stream = filter.stream {
                // One stream's records, through its index: the rest of the log is not read.
                for event in try store.readStream(stream) where event.position >= filter.from && filter.admits(event) {
                    if page.count == filter.limit { next = event.position; break }
                    page.append(event)
                }
                return AuditLogPage(records: page, next: next)
            }
            // The log a run at a time, stopping once the page is full: a page costs what it shows
            // (and what the filter skips), not the whole log.
            var from = max(filter.from, 1)
            let head = store.headPosition
            while next == nil && from <= head {
                let through = min(head, from + 4_095)
                try store.forEach(from: from, through: through) { event in
                    guard next == nil, filter.admits(event) else { return }
                    if page.count == filter.limit { next = event.position; return }
                    page.append(event)
                }
                from = through + 1
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
