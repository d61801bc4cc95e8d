import EventStore

/// Shorthands the suites use on any backend's log.
extension EventLog {
    @discardableResult
    func record(_ events: [ProposedEvent], expecting: [String: ExpectedVersion] = [:], key: String? = nil) throws(StoreError) -> AppendResult {
        try append(events, expecting: expecting, actor: "tester", idempotencyKey: key)
    }

    func records(from position: UInt64 = 1, through last: UInt64? = nil) throws -> [RecordedEvent] {
        var records: [RecordedEvent] = []
        try forEach(from: position, through: last) { records.append($0) }
        return records
    }

    /// `count` records in batches of two, on streams issue-0 … issue-2.
    func recordNumbered(_ count: Int) throws(StoreError) {
        for first in stride(from: 0, to: count, by: 2) {
            try record((first..<min(first + 2, count)).map { numbered($0) })
        }
    }
}

/// The `n`th event of a suite, on one of three streams, with data that tells it apart.
func numbered(_ n: Int) -> ProposedEvent {
    event("issue-\(n % 3)", "IssueNoted", ["n": .int(Int64(n)), "text": .string("相談支援の記録 \(n)")])
}

/// The shape of the service to come: one actor owns the handle and serialises every call.
actor LogOwner {
    private let log: any EventLog

    init(_ log: sending any EventLog) { self.log = log }

    func record(_ events: [ProposedEvent], expecting: [String: ExpectedVersion], key: String?) throws(StoreError) -> AppendResult {
        try log.record(events, expecting: expecting, key: key)
    }

    func records() throws -> [RecordedEvent] { try log.records() }

    func verify() throws(StoreError) -> ChainVerification { try log.verify(anchor: nil) }
}
