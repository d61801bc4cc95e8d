import Hashing
import JSON

/// One record of the log, decoded into typed values (and lifted to the current schema on read).
public struct RecordedEvent: Sendable {
    public var position: UInt64
    public var stream: String
    public var version: UInt64
    public var type: String
    public var schemaVersion: Int
    public var occurredAt: Timestamp
    public var recordedAt: Timestamp
    public var actor: String
    public var idempotencyKey: String?
    /// How many records of the same batch follow this one.
    public var batchRest: Int
    public var vault: [VaultReference]
    public var data: JSONObject
    public var previousHash: SHA256Digest
    public var hash: SHA256Digest
}
