import EventStore

/// Which records an audit log page shows: recorded within a span, by an actor, of a stream, from a
/// position, at most `limit` of them.
public struct AuditLogFilter: Sendable {
    public var since: Timestamp?
    public var until: Timestamp?
    public var actor: String?
    public var stream: String?
    public var from: UInt64
    public var limit: Int

    public init(since: Timestamp? = nil, until: Timestamp? = nil, actor: String? = nil, stream: String? = nil, from: UInt64 = 1, limit: Int = 50) {
        self.since = since
        self.until = until
        self.actor = actor
        self.stream = stream
        self.from = from
        self.limit = limit
    }

    func admits(_ e: RecordedEvent) -> Bool {
        if let since, e.recordedAt < since { return false }
        if let until, e.recordedAt > until { return false }
        if let actor, e.actor != actor { return false }
        if let stream, e.stream != stream { return false }
        return true
    }
}

/// One page of who recorded what, and where the next page starts (nil at the end).
public struct AuditLogPage: Sendable {
    public var records: [RecordedEvent]
    public var next: UInt64?
}
