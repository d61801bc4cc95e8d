import Hashing
import JSON

/// Writes and reads one line of the log (EventLog/README.md, "A line"). Keys come in a fixed order,
/// so reading is a scan of expected literals rather than a general JSON parse of the envelope.
enum RecordCodec {
    /// `,"hash":"` + 64 hex digits + `"}`: every line ends with exactly these bytes before its newline.
    static let hashSuffixLength = 75
    static let newline: UInt8 = 0x0A

    struct Envelope {
        var position: UInt64
        var stream: String
        var version: UInt64
        var type: String
        var schemaVersion: Int
        var occurredAt: Timestamp
        var recordedAt: Timestamp
        var actor: String
        var idempotencyKey: String?
        var batchRest: Int
        var vault: [VaultReference]
        var data: JSONObject
    }

    /// Appends the line (with its newline) to `out` and returns its hash.
    static func encode(_ e: Envelope, previous: SHA256Digest, into out: inout [UInt8]) -> SHA256Digest {
        var state = encodeHead(e, into: &out)
        return finish(&state, previous: previous, into: &out)
    }

    /// Writes everything before the value of `prev` — which does not depend on the chain — and
    /// returns the SHA-256 state over those bytes. Batches do this for many records at once, on
    /// both cores; only `finish` must run in log order.
    static func encodeHead(_ e: Envelope, into out: inout [UInt8]) -> SHA256 {
        let start = out.count
        append("{\"position\":", to: &out); JSONWriter.appendInt(Int64(e.position), to: &out)
        append(",\"stream\":", to: &out); JSONWriter.appendString(e.stream, to: &out)
        append(",\"version\":", to: &out); JSONWriter.appendInt(Int64(e.version), to: &out)
        append(",\"type\":", to: &out); JSONWriter.appendString(e.type, to: &out)
        append(",\"schema\":", to: &out); JSONWriter.appendInt(Int64(e.schemaVersion), to: &out)
        append(",\"occurredAt\":", to: &out); appendTimestamp(e.occurredAt, to: &out)
        append(",\"recordedAt\":", to: &out); appendTimestamp(e.recordedAt, to: &out)
        append(",\"actor\":", to: &out); JSONWriter.appendString(e.actor, to: &out)
        append(",\"key\":", to: &out)
        if let key = e.idempotencyKey { JSONWriter.appendString(key, to: &out) } else { append("null", to: &out) }
        append(",\"rest\":", to: &out); JSONWriter.appendInt(Int64(e.batchRest), to: &out)
        append(",\"vault\":[", to: &out)
        for (i, v) in e.vault.enumerated() {
            if i > 0 { out.append(0x2C) }
            append("{\"ref\":", to: &out); JSONWriter.appendString(v.ref, to: &out)
            append(",\"commitment\":", to: &out); appendDigest(v.commitment, to: &out)
            out.append(0x7D)
        }
        append("],\"data\":", to: &out); JSONValue.object(e.data).serialize(into: &out)
        append(",\"prev\":", to: &out)
        var state = SHA256()
        out.withUnsafeBytes { state.update(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        return state
    }

    /// Appends the `prev` value and the hash after a head just written to `out`, continuing the
    /// head's SHA-256 state; returns the record's hash.
    static func finish(_ state: inout SHA256, previous: SHA256Digest, into out: inout [UInt8]) -> SHA256Digest {
        let prevAt = out.count
        appendDigest(previous, to: &out)
        out.withUnsafeBytes { state.update(UnsafeRawBufferPointer(rebasing: $0[prevAt...])) }
        let hash = state.finalize()
        append(",\"hash\":", to: &out); appendDigest(hash, to: &out)
        append("}\n", to: &out)
        return hash
    }

    /// Decodes one line (without its newline). Checks the shape and the fields, not the hash: that
    /// costs a SHA-256 per record and is the business of `verifyHash` (audit verify, tail recovery).
    static func decode(_ line: UnsafeRawBufferPointer) throws(RecordFormatError) -> RecordedEvent {
        try scanning(line) { r in
            let head = try readHead(&r, line, whole: true)
            let dataOffset = r.offset
            guard case .object(let data) = try r.readValue() else {
                throw RecordFormatError(offset: dataOffset, reason: "data is not a JSON object")
            }
            try r.expect(",\"prev\":")
            let prev = try readDigest(&r, line)
            guard r.offset == line.count - hashSuffixLength else {
                throw RecordFormatError(offset: r.offset, reason: "expected the hash after prev")
            }
            try r.expect(",\"hash\":")
            let hash = try readDigest(&r, line)
            try r.expect("}")
            return RecordedEvent(position: head.position, stream: head.stream, version: head.version, type: head.type,
                                 schemaVersion: head.schema, occurredAt: head.occurredAt, recordedAt: head.recordedAt,
                                 actor: head.actor, idempotencyKey: head.key, batchRest: head.rest, vault: head.vault, data: data,
                                 previousHash: prev, hash: hash)
        }
    }

    /// `,"prev":"` + 64 hex digits + `"`: what lies between a line's data and its hash.
    static let prevFieldLength = 74

    /// What a projection needs of a line — position, type, schema and where the data lies —
    /// without decoding the rest: the other fields are checked for shape only, and the data is
    /// left to whoever reads it.
    static func decodePayload(_ line: UnsafeRawBufferPointer) throws(RecordFormatError) -> (position: UInt64, type: String, schema: Int, data: Range<Int>) {
        try scanning(line) { r in
            let head = try readHead(&r, line, whole: false)
            let dataEnd = line.count - hashSuffixLength - prevFieldLength
            guard dataEnd > r.offset else { throw RecordFormatError(offset: r.offset, reason: "the line ends before its data") }
            var prev = JSONReader(line, offset: dataEnd)
            try prev.expect(",\"prev\":")
            return (head.position, head.type, head.schema, r.offset..<dataEnd)
        }
    }

    /// The fields before the data. Read `whole`, every one is decoded; otherwise only position,
    /// version, type, schema and rest are, and the others are checked for shape (their values
    /// are left empty).
    struct Head {
        var position: UInt64
        var stream = ""
        var version: UInt64
        var type: String
        var schema: Int
        var occurredAt = Timestamp.earliest
        var recordedAt = Timestamp.earliest
        var actor = ""
        var key: String?
        var rest: Int
        var vault: [VaultReference] = []
    }

    @inline(__always)
    private static func readHead(_ r: inout JSONReader, _ line: UnsafeRawBufferPointer, whole: Bool) throws -> Head {
        try r.expect("{\"position\":")
        let position = try r.readInt()
        try r.expect(",\"stream\":")
        let stream = try string(&r, whole)
        try r.expect(",\"version\":")
        let version = try r.readInt()
        try r.expect(",\"type\":")
        let type = try r.readString()
        try r.expect(",\"schema\":")
        let schema = try r.readInt()
        try r.expect(",\"occurredAt\":")
        let occurredAt = whole ? try readTimestamp(&r, line) : try skipTimestamp(&r, line)
        try r.expect(",\"recordedAt\":")
        let recordedAt = whole ? try readTimestamp(&r, line) : try skipTimestamp(&r, line)
        try r.expect(",\"actor\":")
        let actor = try string(&r, whole)
        try r.expect(",\"key\":")
        let key = r.skipNull() ? nil : try string(&r, whole)
        try r.expect(",\"rest\":")
        let rest = try r.readInt()
        try r.expect(",\"vault\":[")
        let vault = try readVault(&r, line)
        try r.expect("],\"data\":")
        guard position >= 1, version >= 1, schema >= 1, rest >= 0, schema <= Int64(Int32.max) else {
            throw RecordFormatError(offset: 0, reason: "position, version and schema must be 1 or more, rest 0 or more")
        }
        return Head(position: UInt64(position), stream: stream, version: UInt64(version), type: type, schema: Int(schema),
                    occurredAt: occurredAt, recordedAt: recordedAt, actor: actor, key: key, rest: Int(rest), vault: vault)
    }

    /// A string field: read, or only checked (and left empty).
    @inline(__always)
    private static func string(_ r: inout JSONReader, _ whole: Bool) throws(JSONError) -> String {
        if whole { return try r.readString() }
        _ = try r.skipString()
        return ""
    }

    /// Runs `body` over a reader of `line`, turning any error into a `RecordFormatError` at its offset.
    @inline(__always)
    private static func scanning<T>(_ line: UnsafeRawBufferPointer, _ body: (inout JSONReader) throws -> T) throws(RecordFormatError) -> T {
        var r = JSONReader(line)
        do {
            return try body(&r)
        } catch let e as RecordFormatError {
            throw e
        } catch let e as JSONError {
            throw RecordFormatError(offset: e.offset, reason: e.description)
        } catch {
            throw RecordFormatError(offset: r.offset, reason: "\(error)")
        }
    }

    /// True when the line's hash field is the SHA-256 of the bytes before it.
    static func verifyHash(_ line: UnsafeRawBufferPointer) -> Bool {
        guard line.count > hashSuffixLength + 1 else { return false }
        let cut = line.count - hashSuffixLength
        let computed = SHA256.hash(UnsafeRawBufferPointer(rebasing: line[..<cut]))
        return computed.hexEquals(UnsafeRawBufferPointer(rebasing: line[(cut + 9)..<(cut + 73)]))
    }

    /// The references inside `"vault":[` … `]`, up to the closing bracket.
    private static func readVault(_ r: inout JSONReader, _ line: UnsafeRawBufferPointer) throws -> [VaultReference] {
        var vault: [VaultReference] = []
        guard r.offset < line.count && line[r.offset] != 0x5D else { return vault }
        while true {
            try r.expect("{\"ref\":")
            let ref = try r.readString()
            try r.expect(",\"commitment\":")
            let commitment = try readDigest(&r, line)
            try r.expect("}")
            vault.append(VaultReference(ref: ref, commitment: commitment))
            if r.offset < line.count && line[r.offset] == 0x2C { r.offset += 1 } else { return vault }
        }
    }

    private static func readTimestamp(_ r: inout JSONReader, _ line: UnsafeRawBufferPointer) throws(RecordFormatError) -> Timestamp {
        let start = r.offset
        guard start + 26 <= line.count, line[start] == 0x22, line[start + 25] == 0x22,
              let t = Timestamp(logForm: UnsafeRawBufferPointer(rebasing: line[(start + 1)..<(start + 25)])) else {
            throw RecordFormatError(offset: start, reason: "expected a time written YYYY-MM-DDTHH:MM:SS.sssZ")
        }
        r.offset = start + 26
        return t
    }

    /// A time's shape only (quotes, separators, digits), where its value is not needed.
    private static func skipTimestamp(_ r: inout JSONReader, _ line: UnsafeRawBufferPointer) throws(RecordFormatError) -> Timestamp {
        let start = r.offset
        guard start + 26 <= line.count, line[start] == 0x22, line[start + 25] == 0x22, line[start + 24] == 0x5A,
              line[start + 5] == 0x2D, line[start + 11] == 0x54, line[start + 20] == 0x2E else {
            throw RecordFormatError(offset: start, reason: "expected a time written YYYY-MM-DDTHH:MM:SS.sssZ")
        }
        r.offset = start + 26
        return .earliest
    }

    private static func readDigest(_ r: inout JSONReader, _ line: UnsafeRawBufferPointer) throws(RecordFormatError) -> SHA256Digest {
        let start = r.offset
        guard start + 66 <= line.count, line[start] == 0x22, line[start + 65] == 0x22,
              let d = SHA256Digest(hexUTF8: UnsafeRawBufferPointer(rebasing: line[(start + 1)..<(start + 65)])) else {
            throw RecordFormatError(offset: start, reason: "expected 64 hexadecimal digits in quotes")
        }
        r.offset = start + 66
        return d
    }

    private static func appendTimestamp(_ t: Timestamp, to out: inout [UInt8]) {
        out.append(0x22)
        let at = out.count
        out.append(contentsOf: repeatElement(0, count: 24))
        out.withUnsafeMutableBufferPointer { t.write(to: $0.baseAddress! + at) }
        out.append(0x22)
    }

    private static func appendDigest(_ d: SHA256Digest, to out: inout [UInt8]) {
        out.append(0x22)
        let at = out.count
        out.append(contentsOf: repeatElement(0, count: 64))
        out.withUnsafeMutableBufferPointer { d.writeHex(to: $0.baseAddress! + at) }
        out.append(0x22)
    }

    @inline(__always)
    private static func append(_ s: StaticString, to out: inout [UInt8]) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}

/// Why a line is not a well-formed record, and where in the line.
struct RecordFormatError: Error, Sendable {
    var offset: Int
    var reason: String
}
