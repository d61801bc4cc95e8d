import Testing
import Hashing
import JSON
@testable import EventStore

struct RecordCodecTests {
    static let envelope = RecordCodec.Envelope(
        position: 7, stream: "issue-精神", version: 3, type: "IssueRaised", schemaVersion: 2,
        occurredAt: Timestamp(year: 2020, month: 8, day: 6)!, recordedAt: Timestamp(year: 2026, month: 11, day: 21, hour: 10)!,
        actor: "secretariat", idempotencyKey: "req-1", batchRest: 0,
        vault: [VaultReference(ref: "case-1", commitment: SHA256.hash("x"))],
        data: ["title": .string("精神障害者が地域で暮らしにくい\n\"引用\""), "n": .int(3)])

    func encode(_ e: RecordCodec.Envelope = envelope, previous: SHA256Digest = .zero) -> ([UInt8], SHA256Digest) {
        var out: [UInt8] = []
        let hash = RecordCodec.encode(e, previous: previous, into: &out)
        return (out, hash)
    }

    @Test func writesTheDocumentedKeysInOrder() {
        let (line, hash) = encode()
        let text = String(decoding: line, as: UTF8.self)
        let keys = ["position", "stream", "version", "type", "schema", "occurredAt", "recordedAt", "actor", "key", "rest", "vault", "data", "prev", "hash"]
        var cursor = text.startIndex
        for key in keys {
            let found = text.range(of: "\"\(key)\":", range: cursor..<text.endIndex)
            #expect(found != nil, "key \(key) missing or out of order")
            if let found { cursor = found.upperBound }
        }
        #expect(text.hasPrefix("{\"position\":7,\"stream\":\"issue-精神\",\"version\":3,\"type\":\"IssueRaised\",\"schema\":2,\"occurredAt\":\"2020-08-06T00:00:00.000Z\",\"recordedAt\":\"2026-11-21T10:00:00.000Z\",\"actor\":\"secretariat\",\"key\":\"req-1\",\"rest\":0,\"vault\":[{\"ref\":\"case-1\",\"commitment\":\""))
        #expect(text.hasSuffix(",\"hash\":\"\(hash.hex)\"}\n"))
        #expect(line.filter { $0 == 0x0A }.count == 1, "one line, whatever the data holds")
    }

    @Test func hashIsSHA256OfTheBytesBeforeTheHashKey() {
        let (line, hash) = encode()
        let cut = line.count - 1 - RecordCodec.hashSuffixLength
        #expect(SHA256.hash(Array(line[..<cut])) == hash)
        #expect(line.withUnsafeBytes { RecordCodec.verifyHash(UnsafeRawBufferPointer(rebasing: $0[..<(line.count - 1)])) })
    }

    @Test func decodesWhatItEncodes() throws {
        let previous = SHA256.hash("previous")
        let (line, hash) = encode(previous: previous)
        let event = try line.withUnsafeBytes { try RecordCodec.decode(UnsafeRawBufferPointer(rebasing: $0[..<(line.count - 1)])) }
        let e = Self.envelope
        #expect(event.position == e.position && event.stream == e.stream && event.version == e.version)
        #expect(event.type == e.type && event.schemaVersion == e.schemaVersion && event.actor == e.actor)
        #expect(event.occurredAt == e.occurredAt && event.recordedAt == e.recordedAt)
        #expect(event.idempotencyKey == "req-1" && event.batchRest == 0 && event.vault == e.vault && event.data == e.data)
        #expect(event.previousHash == previous && event.hash == hash)
    }

    @Test(arguments: [
        ("", "empty line"),
        ("{}", "no keys"),
        ("{\"stream\":\"a\",\"position\":1}", "keys out of order"),
        ("{\"position\":\"1\"", "position as text"),
        ("{\"position\":1,\"stream\":\"a\",\"version\":1,\"type\":\"T\",\"schema\":1,\"occurredAt\":\"2026-02-30T00:00:00.000Z\"", "impossible date"),
    ])
    func refusesMalformedLines(text: String, why: String) {
        let bytes = Array(text.utf8)
        let result = bytes.withUnsafeBytes { b in Result { () throws(RecordFormatError) in try RecordCodec.decode(b) } }
        #expect(throws: RecordFormatError.self, "\(why)") { try result.get() }
    }

    @Test func refusesEveryTruncationOfAValidLine() {
        let (line, _) = encode()
        for length in 0..<(line.count - 1) {
            let result = line.withUnsafeBytes { b in
                Result { () throws(RecordFormatError) in try RecordCodec.decode(UnsafeRawBufferPointer(rebasing: b[..<length])) }
            }
            if case .success = result { Issue.record("a line cut to \(length) bytes decoded") }
        }
    }

    @Test func anyAlteredByteFailsTheHashOrTheShape() {
        let (line, _) = encode()
        let body = Array(line.dropLast())
        for offset in stride(from: 0, to: body.count, by: 3) {
            var altered = body
            altered[offset] = altered[offset] == 0x31 ? 0x32 : 0x31
            let hashHolds = altered.withUnsafeBytes { RecordCodec.verifyHash($0) }
            let decodes = altered.withUnsafeBytes { b in (try? RecordCodec.decode(b)) != nil }
            if hashHolds && decodes { Issue.record("altering byte \(offset) went unnoticed") }
        }
    }
}
