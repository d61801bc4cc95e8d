/// What the store accepts before it takes the lock: refusals write nothing. The readers apply the
/// same rules to every record they read (`nameProblem`), so a record no writer could have stored
/// — one crafted by hand, re-hashed, or imported — is refused however it got into a log.
extension EventStore {
    static func validate(_ e: ProposedEvent) throws(StoreError) {
        try validateText(e.stream, field: "stream")
        guard isValidTypeName(e.type) else {
            throw .invalidEvent(field: "type", value: e.type, reason: typeNameRule)
        }
        guard e.schemaVersion >= 1, e.schemaVersion <= Int(Int32.max) else {
            throw .invalidEvent(field: "schema version", value: "\(e.schemaVersion)", reason: "it must be 1 or more")
        }
        for v in e.vault { try validateText(v.ref, field: "vault reference") }
        guard e.occurredAt >= Timestamp.earliest, e.occurredAt <= Timestamp.latest else {
            throw .invalidEvent(field: "time", value: "\(e.occurredAt.millisecondsSinceEpoch)", reason: "it lies outside the years 1–9999")
        }
    }

    static let typeNameRule = "a type name starts with a letter and holds only letters, digits, '.', '_' and '-' (at most 100)"

    /// ASCII only, so a type name can name a file (an export's CSV per type) without escaping.
    static func isValidTypeName(_ type: String) -> Bool {
        let bytes = Array(type.utf8)
        return !bytes.isEmpty && bytes.count <= 100 && bytes[0].isASCIILetter
            && bytes.allSatisfy { $0.isASCIILetter || ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 95 || $0 == 45 }
    }

    static func validateText(_ text: String, field: String) throws(StoreError) {
        if let reason = textProblem(text) {
            throw .invalidEvent(field: field, value: reason == controlCharacter ? text.debugDescription : String(text.prefix(40)), reason: reason)
        }
    }

    static let controlCharacter = "it holds a control character"

    static func textProblem(_ text: String) -> String? {
        let count = text.utf8.count
        if count == 0 { return "it is empty" }
        if count > 200 { return "it is longer than 200 bytes" }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return controlCharacter }
        return nil
    }

    /// Why a record read from a log breaks the rules an append enforces, or nil.
    static func nameProblem(of e: RecordedEvent) -> String? {
        if !isValidTypeName(e.type) { return "its type \(e.type.debugDescription) breaks the rule: \(typeNameRule)" }
        let fields: [(String, String?)] = [("stream", e.stream), ("actor", e.actor), ("key", e.idempotencyKey)] + e.vault.map { ("vault reference", $0.ref) }
        for case let (field, value?) in fields {
            if let reason = textProblem(value) { return "its \(field) \(value.debugDescription) cannot be stored: \(reason)" }
        }
        return nil
    }
}
