import JSON

/// An event an append asks the store to write. Position, version, times of recording and the
/// chain are the store's to assign.
public struct ProposedEvent: Sendable {
    public var stream: String
    public var type: String
    public var schemaVersion: Int
    public var occurredAt: Timestamp
    public var data: JSONObject
    public var vault: [VaultReference]

    public init(stream: String, type: String, schemaVersion: Int = 1, occurredAt: Timestamp,
                data: JSONObject, vault: [VaultReference] = []) {
        self.stream = stream
        self.type = type
        self.schemaVersion = schemaVersion
        self.occurredAt = occurredAt
        self.data = data
        self.vault = vault
    }
}
