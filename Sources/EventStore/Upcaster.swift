import JSON

/// Lifts one event type's data from one schema version to the next. Old records stay as written;
/// upcasters run on every read, one step at a time (1 → 2 → 3 …).
public struct Upcaster: Sendable {
    public var type: String
    public var fromSchema: Int
    public var lift: @Sendable (JSONObject) throws -> JSONObject

    public init(type: String, fromSchema: Int, lift: @escaping @Sendable (JSONObject) throws -> JSONObject) {
        self.type = type
        self.fromSchema = fromSchema
        self.lift = lift
    }
}

/// All upcasters of an application, keyed by type and starting schema.
public struct UpcasterChain: Sendable {
    private var steps: [String: [Int: Upcaster]] = [:]

    public init(_ upcasters: [Upcaster] = []) {
        for u in upcasters { steps[u.type, default: [:]][u.fromSchema] = u }
    }

    public var isEmpty: Bool { steps.isEmpty }

    /// Whether a record of this type and schema would be changed on read.
    func lifts(type: String, schema: Int) -> Bool {
        steps[type]?[schema] != nil
    }

    func upcast(_ event: inout RecordedEvent) throws(StoreError) {
        guard let chain = steps[event.type] else { return }
        while let step = chain[event.schemaVersion] {
            do { event.data = try step.lift(event.data) } catch {
                throw .damaged(path: event.stream, position: event.position, byteOffset: 0,
                               reason: "the event of type \(event.type) (schema \(event.schemaVersion)) could not be read in the current shape: \(error)")
            }
            event.schemaVersion += 1
        }
    }
}
