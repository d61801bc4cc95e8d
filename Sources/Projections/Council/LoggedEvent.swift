import Council
import EventStore
import Hashing

/// A council event with where and when it was recorded, and by whom: what documents count from,
/// so every figure they print can name the positions behind it.
public struct LoggedEvent: Sendable {
    public var position: UInt64
    public var recordedAt: Timestamp
    public var actor: String
    public var event: CouncilEvent
    /// The record's chain hash, for audit trails an auditor can check against the log.
    public var hash: SHA256Digest
    /// The case notes the record cites (references into the vault, never their text).
    public var vault: [VaultReference] = []

    public init(position: UInt64, recordedAt: Timestamp, actor: String, event: CouncilEvent, hash: SHA256Digest = .zero) {
        self.position = position
        self.recordedAt = recordedAt
        self.actor = actor
        self.event = event
        self.hash = hash
    }
}

extension CouncilLoader {
    /// Every council event of the log in order, within `asOf` and `knownAt`, with its record's
    /// position, time and actor.
    public func ledger() throws -> [LoggedEvent] {
        var out: [LoggedEvent] = []
        let asOf = asOf
        try store.forEachPayload(through: knownAt, transform: { payload -> LoggedEvent? in
            guard let event = try Self.event(from: payload) else { return nil }
            if let asOf, event.on > asOf { return nil }
            return Self.logged(try payload.record(), event)
        }) { out.append($0) }
        return out
    }
}

extension CouncilLoader {
    /// The council events of one stream in log order, within `asOf` and `knownAt`, as `ledger`
    /// gives them: read through the stream index, not the feed.
    public func ledger(ofStream stream: String) throws -> [LoggedEvent] {
        try store.readStream(stream).compactMap(logged)
    }

    /// The council events at positions `from` through `through` (and `knownAt`), within `asOf`.
    public func ledger(from first: UInt64, through last: UInt64) throws -> [LoggedEvent] {
        guard first <= last else { return [] }
        var out: [LoggedEvent] = []
        let asOf = asOf
        try store.forEachPayload(from: first, through: min(last, knownAt ?? last), transform: { payload -> LoggedEvent? in
            guard let event = try Self.event(from: payload) else { return nil }
            if let asOf, event.on > asOf { return nil }
            return Self.logged(try payload.record(), event)
        }) { out.append($0) }
        return out
    }

    func logged(_ record: RecordedEvent) throws -> LoggedEvent? {
        guard included(record), let event = try Self.event(from: record) else { return nil }
        if let asOf, event.on > asOf { return nil }
        return Self.logged(record, event)
    }

    static func logged(_ record: RecordedEvent, _ event: CouncilEvent) -> LoggedEvent {
        var logged = LoggedEvent(position: record.position, recordedAt: record.recordedAt, actor: record.actor, event: event, hash: record.hash)
        logged.vault = record.vault
        return logged
    }
}
