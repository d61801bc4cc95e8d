
/// What the store accepts before it takes the lock: refusals write nothing.
extension EventStore {
    static func validate(_ e: ProposedEvent) throws(StoreError) {
        try validateText(e.stream, field: "stream")
        let typeBytes = Array(e.type.utf8)
        guard !typeBytes.isEmpty, typeBytes.count <= 100, typeBytes[0].isASCIILetter,
              typeBytes.allSatisfy({ $0.isASCIILetter || ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 95 || $0 == 45 }) else {
            throw .invalidEvent(field: "type", value: e.type, reason: "a type name starts with a letter and holds only letters, digits, '.', '_' and '-' (at most 100)")
        }
        guard e.schemaVersion >= 1, e.schemaVersion <= Int(Int32.max) else {
            throw .invalidEvent(field: "schema version", value: "\(e.schemaVersion)", reason: "it must be 1 or more")
        }
        for v in e.vault { try validateText(v.ref, field: "vault reference") }
        guard e.occurredAt >= Timestamp.earliest, e.occurredAt <= Timestamp.latest else {
            throw .invalidEvent(field: "time", value: "\(e.occurredAt.millisecondsSinceEpoch)", reason: "it lies outside the years 1–9999")
        }
    }

    static func validateText(_ text: String, field: String) throws(StoreError) {
        let count = text.utf8.count
        guard count >= 1, count <= 200 else {
            throw .invalidEvent(field: field, value: String(text.prefix(40)), reason: count == 0 ? "it is empty" : "it is longer than 200 bytes")
        }
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .invalidEvent(field: field, value: text.debugDescription, reason: "it holds a control character")
        }
    }
}
